import { useEffect, useId, useRef, useState } from 'react';
import type { SyncConflictView } from '../../../shared/model';
import { Badge, Button } from '../../ui';
import { formatMoment, formatRelativeTime } from '../campaigns/timeFormat';
import { ConflictDialog } from './ConflictDialog';
import { useConflicts, useConflictStore } from './conflictStore';
import { conflictSummary } from './conflictWords';
import './conflicts.css';

const KIND_BADGE: Record<SyncConflictView['kind'], string> = {
  text: 'Text',
  'changed-after-deletion': 'Deleted and edited',
  'stage-move': 'Moved twice',
};

/**
 * Settings → Sync → Conflicts to resolve: what merges left for a person, oldest first; each
 * opens side by side. Shown while syncing, and after leaving while any is still open.
 */
export function SyncConflicts({ syncing }: { syncing: boolean }) {
  const conflicts = useConflicts();
  const loadError = useConflictStore((s) => s.loadError);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  // After a resolve the row that opened the dialog is gone: focus goes to the row now in its
  // place, or to the heading when none is left.
  const [focusAfter, setFocusAfter] = useState<number | null>(null);
  const openedIndex = useRef(0);
  const open = conflicts?.find((c) => c.id === openId) ?? null;

  useEffect(() => {
    if (focusAfter === null || conflicts === null) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const target = buttons[Math.min(focusAfter, buttons.length - 1)] ?? headingRef.current;
    target?.focus();
    setFocusAfter(null);
  }, [focusAfter, conflicts]);

  if (!syncing && (conflicts === null || conflicts.length === 0)) return null;
  const count = conflicts?.length ?? 0;

  return (
    <section className="sync-part sync-conflicts" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Conflicts to resolve{count > 0 ? ` (${count.toLocaleString('en')})` : ''}
      </h3>
      {conflicts === null ? (
        <p className="settings-section__hint" role={loadError ? 'alert' : undefined}>
          {loadError ? `Conflicts are not available: ${loadError}` : 'Loading…'}
        </p>
      ) : count === 0 ? (
        <p className="settings-section__hint">
          None. When two computers change the same thing at once and Baton cannot keep both, it is
          listed here for you to decide.
        </p>
      ) : (
        <ul ref={listRef} className="sync-conflict-list">
          {conflicts.map((c, index) => (
            <li key={c.id} className="sync-conflict">
              <div className="sync-conflict__text">
                <span className="sync-conflict__title">
                  {c.title}
                  <Badge tone="warning">{KIND_BADGE[c.kind]}</Badge>
                </span>
                {c.where && <span className="sync-conflict__where">{c.where}</span>}
                <span className="sync-conflict__summary">{conflictSummary(c)}</span>
                <span className="sync-conflict__when">
                  Noticed{' '}
                  <time dateTime={c.detectedAt} title={formatMoment(c.detectedAt)}>
                    {formatRelativeTime(c.detectedAt)}
                  </time>
                </span>
              </div>
              <Button
                size="sm"
                aria-label={`Resolve: ${c.title}, ${conflictSummary(c)}`}
                onClick={() => {
                  setOpenId(c.id);
                  setFocusAfter(null);
                  openedIndex.current = index;
                }}
              >
                Resolve…
              </Button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <ConflictDialog
          key={open.id}
          conflict={open}
          onClose={() => setOpenId(null)}
          onResolved={() => {
            setOpenId(null);
            setFocusAfter(openedIndex.current);
          }}
        />
      )}
    </section>
  );
}
