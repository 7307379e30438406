import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { Button, EmptyState, Spinner, useToastClearance } from '../../ui';
import { AssetRegisterSection } from './assets/AssetRegisterSection';
import { LearningsSection } from '../retrospectives/LearningsSection';
import { Checklist } from './Checklist';
import { ChangedSinceApprovalBanner } from './ChangedSinceApprovalBanner';
import { FlowActions } from './flow/FlowActions';
import { HandoffContext, type HandoffContextValue } from './handoffContext';
import { MissingList } from './missing/MissingList';
import { PackageEditor } from './package/PackageEditor';
import { PanelHeader } from './PanelHeader';
import { PreflightSection } from './preflight/PreflightSection';
import { usePanelStore } from './panelStore';
import { RaciEditor } from './raci/RaciEditor';
import { Comments } from './trail/Comments';
import { Trail } from './trail/Trail';
import { useHandoffData } from './useHandoffData';
import './handoffPanel.css';
import './package/package.css';
import './people.css';
import './trail/trail.css';
import './flow/flow.css';

/**
 * The handoff side panel. Non-modal on purpose: people keep the board in view and can drag
 * another card while it is open. Focus moves into it on open (to the missing list after a
 * refused move) and back to whatever opened it on close; Escape closes it.
 */
export function HandoffPanel() {
  const handoffId = usePanelStore((s) => s.handoffId);
  return handoffId ? <PanelFrame handoffId={handoffId} /> : null;
}

function PanelFrame({ handoffId }: { handoffId: string }) {
  const reason = usePanelStore((s) => s.reason);
  const openCount = usePanelStore((s) => s.openCount);
  const close = usePanelStore((s) => s.close);
  const api = useApi();
  const { data, error, reload, applyDetail } = useHandoffData(handoffId);
  const asideRef = useRef<HTMLElement>(null);
  const [footer, setFooter] = useState<HTMLElement | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const missingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const missingId = useId();

  // Toasts would otherwise sit over the footer's buttons (Approve, "I have what I need").
  useToastClearance(asideRef, footer);

  // Focus in on open, back to the opener (a card, a button) on close.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    asideRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Once the handoff is on screen, focus its title, or the missing list after a refused move —
  // unless the person already moved on inside the panel.
  const loaded = data !== null;
  useEffect(() => {
    if (!loaded) return;
    const active = document.activeElement;
    const aside = asideRef.current;
    if (aside && active !== aside && aside.contains(active)) return;
    (reason === 'blocked' && missingRef.current ? missingRef.current : titleRef.current)?.focus();
  }, [loaded, reason, openCount, handoffId]);

  // Escape closes the panel when focus is in it, or nowhere in particular (after a toast or a
  // card went away); Escape meant for the board (cancelling a drag) or for a dialog — which
  // prevents default — is left alone.
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target instanceof Node ? e.target : null;
      const inPanel = target !== null && asideRef.current?.contains(target);
      if (!inPanel && target !== document.body) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [close]);

  const context = useMemo<HandoffContextValue | null>(
    () => (data ? { ...data, api, applyDetail, reload } : null),
    [data, api, applyDetail, reload],
  );
  const label = data
    ? `${data.detail.fromStageName} → ${data.detail.toStageName} handoff`
    : 'Handoff';

  return (
    <aside ref={asideRef} className="handoff-panel" aria-label={label} tabIndex={-1}>
      {context ? (
        <HandoffContext.Provider value={context}>
          <PanelHeader headingId={titleId} headingRef={titleRef} onClose={close} />
          {/* Keyed by handoff: every field editor starts from that handoff's values and drafts. */}
          <div className="handoff-panel__body" key={handoffId}>
            <ChangedSinceApprovalBanner />
            {/* Waiting on a person is said by the footer; the box is for what is missing, and for
                a refused move, which deserves the whole answer up front. */}
            {reason === 'blocked' || context.detail.gate.missing.length > 0 ? (
              <MissingList
                blocked={reason === 'blocked'}
                headingId={missingId}
                headingRef={missingRef}
              />
            ) : null}
            <LearningsSection />
            <PackageEditor />
            <AssetRegisterSection />
            <Checklist />
            <PreflightSection />
            <RaciEditor />
            <Trail />
            <Comments />
          </div>
          <footer className="handoff-panel__footer" ref={setFooter}>
            <FlowActions />
          </footer>
        </HandoffContext.Provider>
      ) : error ? (
        <div className="handoff-panel__state">
          <EmptyState
            title="This handoff could not be opened"
            body={error.message}
            action={
              <span className="handoff-panel__state-actions">
                <Button onClick={close}>Close</Button>
                <Button variant="primary" onClick={() => void reload()}>
                  Try again
                </Button>
              </span>
            }
          />
        </div>
      ) : (
        <div className="handoff-panel__state" role="status">
          <Spinner /> Opening the handoff…
        </div>
      )}
    </aside>
  );
}
