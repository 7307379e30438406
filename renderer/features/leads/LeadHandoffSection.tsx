import { useEffect, useState } from 'react';
import { checkStatusMove } from '../../../shared/domain/leads/leadStatus';
import type { LeadDetail, LeadHandoff, MissingLeadPart } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { AlertCircleIcon, Badge, Button, CheckCircleIcon, toast } from '../../ui';
import { focusLeadField, leadFieldDomId, leadFixFor } from './leadFixTargets';
import { LeadPackageView } from './LeadPackageView';
import { useLeadOptions } from './leadOptions';
import { REJECTION_REASON_LABELS, whenWords } from './leadWords';
import { RejectLeadDialog } from './RejectLeadDialog';
import { clockPromise, timeLeft } from './slaWords';

interface LeadHandoffSectionProps {
  detail: LeadDetail;
  reload: () => void;
}

/**
 * Marketing's "Hand off to sales" (refused with the package's missing parts named), then the
 * receiver's answer: "Accept — I have what I need" or Reject with a reason.
 */
export function LeadHandoffSection({ detail, reload }: LeadHandoffSectionProps) {
  const api = useApi();
  const { people } = useLeadOptions();
  const { lead, sla } = detail;
  const [missing, setMissing] = useState<MissingLeadPart[] | null>(null);
  const [busy, setBusy] = useState<'hand-off' | 'accept' | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // A refusal answers the lead as it was: once the lead or its touches change it may be stale.
  const asked = JSON.stringify([lead, detail.touches.length]);
  useEffect(() => setMissing(null), [asked]);

  const pending = [...detail.handoffs].reverse().find((h) => h.outcome === 'pending');
  const decided = detail.handoffs.filter((h) => h.outcome !== 'pending').reverse();
  const canHandOff = checkStatusMove(lead.status, 'handed-off', 'hand-off').allowed;
  const nameOf = (id: string | null) =>
    id === null ? 'someone' : (people.find((p) => p.id === id)?.name ?? 'a teammate');

  const handOff = async () => {
    setBusy('hand-off');
    setProblem(null);
    try {
      const result = await api.leads.handOff({ id: lead.id });
      if (result.handedOff) {
        setMissing(null);
        toast.show({
          kind: 'success',
          title: `Handed ${lead.personName} to ${result.handoff.package.receiver?.name ?? 'sales'}`,
          body: 'The accept clock has started.',
        });
        reload();
      } else {
        setMissing(result.missing);
      }
    } catch (err) {
      setProblem(toBatonError(err).message);
    } finally {
      setBusy(null);
    }
  };

  const accept = async () => {
    setBusy('accept');
    setProblem(null);
    try {
      await api.leads.accept({ id: lead.id });
      toast.show({ kind: 'success', title: `Accepted ${lead.personName}` });
      reload();
    } catch (err) {
      setProblem(toBatonError(err).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="lead-panel__section" aria-labelledby="lead-handoff-title">
      <h3 id="lead-handoff-title">Hand-off to sales</h3>
      {sla && (
        <p className="lead-clock">
          <Badge tone={timeLeft(sla).tone} dot={sla.overdue}>
            {timeLeft(sla).text}
          </Badge>
          <span className="lead-muted">
            {clockPromise(sla)} · due {whenWords(sla.dueAt)}
          </span>
        </p>
      )}
      {problem && (
        <p className="lead-error" role="alert">
          {problem}
        </p>
      )}
      {canHandOff && (
        <div className="lead-actions">
          <p className="lead-muted">
            {lead.assigneeName
              ? `${lead.assigneeName} receives the lead intelligence package.`
              : 'Choose an assignee (sales) below to receive the package.'}
          </p>
          <Button variant="primary" busy={busy === 'hand-off'} onClick={() => void handOff()}>
            Hand off to sales
          </Button>
        </div>
      )}
      {missing && missing.length > 0 && canHandOff && (
        <div className="lead-missing" role="alert">
          <p className="lead-missing__title">
            <AlertCircleIcon /> Not handed off: the package is missing {missing.length}{' '}
            {missing.length === 1 ? 'part' : 'parts'}
          </p>
          <ul aria-label="Missing parts" className="lead-missing__parts">
            {missing.map((m) => (
              <MissingPart key={m.part} leadId={lead.id} part={m} />
            ))}
          </ul>
        </div>
      )}
      {!canHandOff && !pending && decided.length === 0 && (
        <p className="lead-muted">
          A lead is handed off once it is sales-ready (score at or above the threshold).
        </p>
      )}
      {pending && (
        <div className="lead-pending">
          <p>
            Handed off {whenWords(pending.at)} by {nameOf(pending.handedById)} to{' '}
            <strong>{pending.package.receiver?.name ?? 'sales'}</strong>, waiting for their answer.
          </p>
          <div className="lead-actions">
            <Button
              variant="primary"
              icon={<CheckCircleIcon />}
              busy={busy === 'accept'}
              onClick={() => void accept()}
            >
              Accept — I have what I need
            </Button>
            <Button variant="danger" onClick={() => setRejecting(true)}>
              Reject
            </Button>
          </div>
          <details className="lead-package-box" open>
            <summary>Lead intelligence package</summary>
            <LeadPackageView pkg={pending.package} />
          </details>
          <RejectLeadDialog
            open={rejecting}
            lead={lead}
            onClose={() => setRejecting(false)}
            onRejected={() => {
              setRejecting(false);
              reload();
            }}
          />
        </div>
      )}
      {decided.length > 0 && (
        <ul className="lead-answers" aria-label="Sales' answers">
          {decided.map((h) => (
            <Answer key={h.id} handoff={h} decidedBy={nameOf(h.decidedById)} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A missing part: a button to the control that fixes it where the panel has one, else its name. */
function MissingPart({ leadId, part }: { leadId: string; part: MissingLeadPart }) {
  const fix = leadFixFor(part.part);
  return (
    <li>
      {fix ? (
        <button
          type="button"
          className="lead-missing__part"
          aria-label={`${part.part}: go to ${fix.label}`}
          onClick={() => focusLeadField(leadFieldDomId(leadId, fix.field))}
        >
          {part.part}
        </button>
      ) : (
        <strong>{part.part}</strong>
      )}{' '}
      {part.problem}
    </li>
  );
}

function Answer({ handoff: h, decidedBy }: { handoff: LeadHandoff; decidedBy: string }) {
  return (
    <li className="lead-answer">
      {h.outcome === 'accepted' ? (
        <p>
          <Badge tone="success">Accepted</Badge> by {decidedBy}
          {h.decidedAt && ` ${whenWords(h.decidedAt)}`}
        </p>
      ) : (
        <p>
          <Badge tone="danger">
            Rejected: {h.reasonCode ? REJECTION_REASON_LABELS[h.reasonCode] : 'no reason'}
          </Badge>{' '}
          by {decidedBy}
          {h.decidedAt && ` ${whenWords(h.decidedAt)}`}
          {h.reasonText && <span className="lead-answer__text">“{h.reasonText}”</span>}
        </p>
      )}
      <details className="lead-package-box">
        <summary>Package handed off {whenWords(h.at)}</summary>
        <LeadPackageView pkg={h.package} />
      </details>
    </li>
  );
}
