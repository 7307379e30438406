import {
  defaultRangeExtractor,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CampaignSummary, Person } from '../../../shared/model';
import { useBoardStore } from './boardStore';
import { Card } from './Card';

/** First guess of a card's height; each card is measured once drawn. */
const ESTIMATED_CARD_PX = 136;
const estimateSize = () => ESTIMATED_CARD_PX;
const GAP_PX = 8;

/**
 * Card heights by campaign id, shared by every column: a card moved to another column is as
 * tall there (columns are as wide), so its new slot is placed right without measuring it.
 */
const cardHeights = new Map<string, number>();

/**
 * A slot's height, read from the DOM only for a card never measured, and then for every such
 * card in the column at once. The virtualizer measures each new slot as React attaches it,
 * and each height it learns moves the slots after it by a style write, so reading offsetHeight
 * slot by slot laid the board out again for each card that scrolled into view. A card whose
 * height is known (moved here from another column, or scrolled back into view) takes that
 * height, and the ResizeObserver the virtualizer puts on every slot reports any change after
 * the browser's own layout, before the frame is painted.
 */
function measureSlot(
  el: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const keyOf = (slot: Element) => {
    const key = instance.options.getItemKey(instance.indexFromElement(slot));
    return typeof key === 'string' ? key : null;
  };
  const key = keyOf(el);
  const box = entry?.borderBoxSize?.[0];
  if (box) {
    const height = Math.round(box.blockSize);
    // A hidden board measures 0: keep the last real height for when it shows again.
    if (height > 0 && key !== null) cardHeights.set(key, height);
    return height;
  }
  const known = key === null ? undefined : cardHeights.get(key);
  if (known !== undefined) return known;
  // All reads before any write: one layout for the whole column.
  for (const slot of el.parentElement?.children ?? [el]) {
    const slotKey = slot instanceof HTMLElement ? keyOf(slot) : null;
    if (slotKey === null || cardHeights.has(slotKey)) continue;
    const height = (slot as HTMLElement).offsetHeight;
    if (height > 0) cardHeights.set(slotKey, height);
  }
  return (key === null ? undefined : cardHeights.get(key)) ?? (el as HTMLElement).offsetHeight;
}

/**
 * A long column: only the cards in view (and a few around) are in the DOM, so 2,000 cards stay
 * smooth. The card being dragged and the card about to take focus are always kept rendered.
 */
export function VirtualCardList({
  cards,
  people,
  activeId,
}: {
  cards: readonly CampaignSummary[];
  people: ReadonlyMap<string, Person>;
  activeId: string | null;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const focusId = useBoardStore((s) => s.focusId);
  // The card holding keyboard focus stays in the DOM even when scrolled out of view: removing
  // it would drop focus to the page and lose the person's place.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const keepKey = [activeId, focusId, focusedId]
    .map((id) => (id === null ? -1 : cards.findIndex((c) => c.id === id)))
    .filter((i) => i >= 0)
    .join(',');

  // A new function whenever the kept cards' places change: the virtualizer reuses its last
  // list of cards in view until the range, the count or this function changes. Read from a
  // ref, a card that a move's answer re-sorted within its column dropped out of the DOM (and
  // focus with it) until a forced layout, a scroll and two more renders brought it back.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = new Set(defaultRangeExtractor(range));
      if (keepKey) for (const i of keepKey.split(',')) shown.add(Number(i));
      return [...shown].sort((a, b) => a - b);
    },
    [keepKey],
  );

  // Stable unless the column's cards change: the virtualizer recomputes every card's position
  // whenever getItemKey is a new function, and the board re-renders on every drag step.
  const getItemKey = useCallback((i: number) => cards[i]?.id ?? i, [cards]);
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 4,
    gap: GAP_PX,
    rangeExtractor,
    measureElement: measureSlot,
    // Cards measured or scrolled past move by a style write, not a React render of the column;
    // it renders only when the range of cards in view changes. And never synchronously: with
    // eight columns measuring their cards, flushSync re-rendered the board once per card.
    directDomUpdates: true,
    useFlushSync: false,
  });

  // A card asked to take focus (after a keyboard move) may be far down, or re-sorted there by
  // its move's answer: scroll it fully into view. Only when the virtualizer's own figures (no
  // DOM read) say it is not: scrollToIndex reads the scroll height, a forced layout of the
  // whole board. The card's own scrollIntoView alone may leave it cut off, since it runs before
  // the card is measured and the cards after it moved.
  const focusIndex = focusId === null ? -1 : cards.findIndex((c) => c.id === focusId);
  useEffect(() => {
    if (focusIndex < 0) return;
    const item = virtualizer.getVirtualItems().find((v) => v.index === focusIndex);
    const top = virtualizer.scrollOffset ?? 0;
    const bottom = top + (virtualizer.scrollRect?.height ?? 0);
    if (!item || item.start < top || item.end > bottom) {
      virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    }
  }, [focusIndex, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className="board-column__cards board-column__cards--virtual"
      onFocus={(e) => {
        const id = (e.target as HTMLElement).dataset.campaignId;
        if (id) setFocusedId(id);
      }}
      onBlur={(e) => {
        // Focus going nowhere (relatedTarget null) is most often the card's element being
        // moved by a re-sort; KeepCardFocus puts it back, so the card must stay rendered.
        const to = e.relatedTarget as Node | null;
        if (to && !e.currentTarget.contains(to)) setFocusedId(null);
      }}
    >
      <div
        ref={virtualizer.containerRef}
        className="board-column__sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const card = cards[item.index]!;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="board-column__slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <Card card={card} people={people} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
