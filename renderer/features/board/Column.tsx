import { useDroppable } from '@dnd-kit/core';
import { memo, useId } from 'react';
import type { CampaignSummary, Person, Stage } from '../../../shared/model';
import { cx } from '../../ui';
import { Card } from './Card';
import { VirtualCardList } from './VirtualCardList';

/** Columns longer than this draw only the cards in view. */
export const VIRTUALIZE_AFTER = 50;

/** How the column would take the card held over it; shown while dragging. */
export type DropHint = { tone: 'ok' | 'blocked' | 'back'; text: string } | null;

/** Memoized: a change elsewhere on the board leaves this column's props, and it, alone. */
export const Column = memo(function Column({
  stage,
  cards,
  total,
  people,
  activeId,
  dropHint,
}: {
  stage: Stage;
  cards: readonly CampaignSummary[];
  /** Cards in this stage before filtering, for "3 of 12". */
  total: number;
  people: ReadonlyMap<string, Person>;
  /** The card being dragged, when it comes from this column. */
  activeId: string | null;
  dropHint: DropHint;
}) {
  const headingId = useId();
  const { setNodeRef } = useDroppable({ id: stage.id });
  const filtered = cards.length !== total;
  return (
    <section
      ref={setNodeRef}
      className={cx('board-column', dropHint && `board-column--drop-${dropHint.tone}`)}
      aria-labelledby={headingId}
    >
      <header className="board-column__header">
        <h2 id={headingId}>{stage.name}</h2>
        <span
          className="board-column__count"
          title={filtered ? `${cards.length} of ${total} campaigns shown` : undefined}
        >
          {filtered ? `${cards.length} / ${total}` : cards.length}
          <span className="visually-hidden"> campaigns</span>
        </span>
      </header>
      {dropHint && (
        // The live region of the drag already says this; here it is for the eyes.
        <p className="board-column__hint" aria-hidden="true">
          {dropHint.text}
        </p>
      )}
      {cards.length > VIRTUALIZE_AFTER ? (
        <VirtualCardList cards={cards} people={people} activeId={activeId} />
      ) : (
        <div className="board-column__cards">
          {cards.map((c) => (
            <Card key={c.id} card={c} people={people} />
          ))}
        </div>
      )}
    </section>
  );
});
