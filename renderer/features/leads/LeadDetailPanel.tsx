import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Badge, Button, CloseIcon, Spinner, toast, TrashIcon } from '../../ui';
import { LeadEditForm } from './LeadEditForm';
import { formOfLead } from './leadForm';
import { LeadHandoffSection } from './LeadHandoffSection';
import { LeadScoreWhy } from './LeadScoreWhy';
import { useLeadsStore } from './leadsStore';
import { LeadStatusMove } from './LeadStatusMove';
import { LeadTouches } from './LeadTouches';
import { LEAD_STATUS_LABELS, LEAD_STATUS_TONES, whenWords } from './leadWords';
import { useLeadDetail } from './useLeadDetail';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The open lead: touches, score and why, status moves, the intelligence package, accept/reject. */
export function LeadDetailPanel({ leadId }: { leadId: string }) {
  const api = useApi();
  const { detail, error, reload, show } = useLeadDetail(leadId);
  const closeLead = useLeadsStore((s) => s.closeLead);
  const openLead = useLeadsStore((s) => s.openLead);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const asideRef = useRef<HTMLElement>(null);
  const [deleting, setDeleting] = useState(false);
  const loaded = detail !== null;

  // Closing gives the focus back to the lead's row when the view shows it, so the keyboard
  // carries on from where it was.
  const close = useCallback(() => {
    closeLead();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-lead-open="${CSS.escape(leadId)}"]`)?.focus(),
    );
  }, [closeLead, leadId]);

  // Opening a lead moves the focus here, so Escape and Tab work from the panel at once.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  // Escape closes the panel from anywhere on the page, unless a dialog is open (it closes that)
  // or a field has the focus: in the panel the first Escape leaves the field, keeping what was
  // typed, and the next one closes; a field elsewhere (the search box) keeps its Escape.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && TYPING.has(target.tagName)) {
        if (asideRef.current?.contains(target)) {
          e.preventDefault();
          headingRef.current?.focus();
        }
        return;
      }
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  const remove = async () => {
    if (!detail) return;
    const { id, personName } = detail.lead;
    setDeleting(true);
    try {
      await api.leads.remove({ id });
      closeLead();
      toast.show({
        kind: 'success',
        title: `Deleted ${personName}`,
        action: {
          label: 'Undo',
          onAction: () => {
            api.leads
              .restore({ id })
              .then(() => openLead(id))
              .catch((err: unknown) =>
                toast.show({
                  kind: 'error',
                  title: `${personName} could not be restored`,
                  body: toBatonError(err).message,
                }),
              );
          },
        },
        durationMs: 8_000,
      });
    } catch (err) {
      setDeleting(false);
      toast.show({ kind: 'error', title: 'Not deleted', body: toBatonError(err).message });
    }
  };

  return (
    <aside ref={asideRef} className="lead-panel" aria-label="Lead" data-lead-id={leadId}>
      <div className="lead-panel__top">
        <div className="lead-panel__title">
          <h2 ref={headingRef} tabIndex={-1}>
            {detail?.lead.personName ?? 'Lead'}
          </h2>
          {detail && (
            <p className="lead-muted">
              {[detail.lead.jobTitle, detail.lead.company].filter(Boolean).join(' at ') ||
                'No company yet'}
            </p>
          )}
        </div>
        <Button
          variant="ghost"
          size="sm"
          icon={<CloseIcon />}
          aria-label="Close lead"
          title="Close (Esc)"
          onClick={close}
        />
      </div>
      {error && (
        <p className="lead-error" role="alert">
          This lead could not be read: {error.message}
        </p>
      )}
      {!detail && !error && <Spinner label="Reading the lead" />}
      {detail && (
        <div className="lead-panel__body">
          <div className="lead-panel__facts">
            <Badge tone={LEAD_STATUS_TONES[detail.lead.status]}>
              {LEAD_STATUS_LABELS[detail.lead.status]}
            </Badge>
            <span className="lead-panel__score">Score {detail.score.score}</span>
            <span className="lead-panel__email">{detail.lead.email}</span>
            {detail.lead.deletedAt && <Badge tone="danger">Deleted</Badge>}
          </div>
          <p className="lead-muted lead-panel__source">
            Source: {detail.lead.campaignName ?? 'no campaign'}
            {detail.lead.sourceChannel && ` · ${detail.lead.sourceChannel}`}
          </p>
          {detail.lead.nextTouchAt && (
            <p className="lead-muted lead-panel__source">
              Next touch {whenWords(detail.lead.nextTouchAt)}
              {detail.lead.nurtureTrack && ` · nurture track: ${detail.lead.nurtureTrack}`}
            </p>
          )}
          <LeadHandoffSection detail={detail} reload={reload} />
          <LeadScoreWhy score={detail.score} />
          <LeadTouches detail={detail} onAdded={show} />
          <section className="lead-panel__section" aria-labelledby="lead-status-title">
            <h3 id="lead-status-title">Status</h3>
            <LeadStatusMove key={detail.lead.status} detail={detail} reload={reload} />
          </section>
          <section className="lead-panel__section" aria-labelledby="lead-details-title">
            <h3 id="lead-details-title">Details</h3>
            <LeadEditForm
              key={JSON.stringify(formOfLead(detail.lead))}
              lead={detail.lead}
              onSaved={reload}
            />
          </section>
          <div className="lead-panel__danger">
            <Button
              variant="danger"
              icon={<TrashIcon />}
              busy={deleting}
              onClick={() => void remove()}
            >
              Delete lead
            </Button>
          </div>
        </div>
      )}
    </aside>
  );
}
