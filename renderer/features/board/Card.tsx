import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { CampaignSummary, Person } from '../../../shared/model';
import { cx } from '../../ui';
import { usePanelStore } from '../handoff/panelStore';
import { useBoardStore } from './boardStore';
import { CardFace, cardLabel } from './CardFace';

function openHandoff(card: CampaignSummary) {
  if (card.currentHandoff) usePanelStore.getState().open(card.currentHandoff.id);
}

/**
 * One campaign on the board: focusable, draggable (mouse, touch, keyboard) and opening its
 * current handoff on click or Enter. It renders and dispatches; moves are decided elsewhere.
 */
export const Card = memo(function Card({
  card,
  people,
}: {
  card: CampaignSummary;
  people: ReadonlyMap<string, Person>;
}) {
  // Shown where it was dropped while the backend has not answered yet.
  const pending = useBoardStore((s) => s.pending[card.id] !== undefined);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id });
  const ref = useRef<HTMLElement | null>(null);
  const wantsFocus = useBoardStore((s) => s.focusId === card.id);
  const label = useMemo(() => cardLabel(card), [card]);

  useEffect(() => {
    if (!wantsFocus || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    useBoardStore.getState().requestFocus(null);
  }, [wantsFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Enter on a resting card opens it; while it is held, Enter drops it (the sensor's job).
    if (e.key === 'Enter' && !isDragging && e.target === e.currentTarget) {
      e.preventDefault();
      openHandoff(card);
      return;
    }
    listeners?.onKeyDown?.(e);
  };

  return (
    <article
      ref={(node) => {
        ref.current = node;
        setNodeRef(node);
      }}
      className={cx(
        'board-card',
        isDragging && 'board-card--placeholder',
        pending && 'board-card--pending',
      )}
      tabIndex={0}
      aria-label={label}
      aria-roledescription="campaign card"
      aria-describedby={attributes['aria-describedby']}
      aria-busy={pending || undefined}
      data-campaign-id={card.id}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => openHandoff(card)}
    >
      <CardFace card={card} people={people} />
    </article>
  );
});
