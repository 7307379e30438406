import { useEffect, useId, useRef } from 'react';
import { useSyncStatus, useSyncStore } from './syncStore';
import { SyncConflicts } from './SyncConflicts';
import { SyncDetails } from './SyncDetails';
import { SyncSetupForm } from './SyncSetupForm';
import './sync.css';

/** Settings → Sync: set up a shared folder, or see how syncing through it goes. */
export function SyncSection() {
  const headingId = useId();
  const status = useSyncStatus();
  const loadError = useSyncStore((s) => s.loadError);
  const reveal = useSyncStore((s) => s.reveal);
  const setReveal = useSyncStore((s) => s.setReveal);
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opened from the header's indicator: show this section, and start the keyboard here.
  useEffect(() => {
    if (!reveal) return;
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
    setReveal(false);
  }, [reveal, setReveal]);

  return (
    <section
      ref={sectionRef}
      id="sync"
      className="settings-section sync-section"
      aria-labelledby={headingId}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Sync
      </h2>
      {status === null ? (
        <p className="settings-section__hint" role={loadError ? 'alert' : undefined}>
          {loadError ? `Sync status is not available: ${loadError}` : 'Loading…'}
        </p>
      ) : status.folder === null ? (
        <SyncSetupForm status={status} />
      ) : (
        <SyncDetails status={status} folder={status.folder} />
      )}
      {status !== null && <SyncConflicts syncing={status.folder !== null} />}
    </section>
  );
}
