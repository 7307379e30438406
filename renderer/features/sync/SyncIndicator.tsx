import { cx } from '../../ui';
import { useSyncStatus, useSyncStore } from './syncStore';
import { syncSummary } from './syncSummary';
import './sync.css';

/**
 * The header's sync status: a dot and a few words, named in full for screen readers
 * ("Sync: 3 problems"). It opens Settings → Sync. Mounted once per window, it keeps the
 * status fresh for both (live updates and a 30 s poll).
 */
export function SyncIndicator({ onOpen }: { onOpen: () => void }) {
  const status = useSyncStatus({ watch: true });
  const setReveal = useSyncStore((s) => s.setReveal);
  const summary = syncSummary(status);
  return (
    <button
      type="button"
      className={cx('sync-indicator', `sync-indicator--${summary.tone}`)}
      aria-label={summary.label}
      title={`${summary.label}. Open Settings → Sync.`}
      onClick={() => {
        setReveal(true);
        onOpen();
      }}
    >
      <span className="sync-indicator__dot" aria-hidden="true" />
      <span className="sync-indicator__text" aria-hidden="true">
        {summary.short}
      </span>
    </button>
  );
}
