/** A rectangle as @dnd-kit measures it (client coordinates at drag start, scroll-adjusted). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ColumnBox {
  id: string;
  rect: Box;
}

/** Room left above a card in a column for the column's header. */
const HEADER = 44;
/** Space between cards, as in board.css. */
const GAP = 8;

function clamp(v: number, min: number, max: number): number {
  return Math.min(Math.max(v, min), Math.max(min, max));
}

/** The column under the middle of `card`, else the one whose middle is nearest. */
export function columnIndexAt(card: Box, columns: readonly ColumnBox[]): number {
  if (columns.length === 0) return -1;
  const x = card.left + card.width / 2;
  const inside = columns.findIndex((c) => x >= c.rect.left && x < c.rect.left + c.rect.width);
  if (inside >= 0) return inside;
  let best = 0;
  columns.forEach((c, i) => {
    const d = Math.abs(c.rect.left + c.rect.width / 2 - x);
    const bestColumn = columns[best]!;
    if (d < Math.abs(bestColumn.rect.left + bestColumn.rect.width / 2 - x)) best = i;
  });
  return best;
}

/**
 * Where a card being moved with the keyboard goes next: ← / → jump to the middle of the
 * previous / next column in one press (the default sensor would crawl 25 px at a time),
 * ↑ / ↓ step one card height within the column. Undefined for other keys and at the edges,
 * so the card stays put. `columns` are in board order; `overId` is the column it is over.
 */
export function nextKeyboardPosition(
  code: string,
  card: Box,
  columns: readonly ColumnBox[],
  overId: string | null,
): { x: number; y: number } | undefined {
  const byId = overId === null ? -1 : columns.findIndex((c) => c.id === overId);
  const from = byId >= 0 ? byId : columnIndexAt(card, columns);
  const column = columns[from];
  if (!column) return undefined;
  const top = column.rect.top + HEADER;
  const bottom = column.rect.top + column.rect.height - card.height;
  switch (code) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const target = columns[code === 'ArrowRight' ? from + 1 : from - 1];
      if (!target) return undefined;
      return {
        x: target.rect.left + (target.rect.width - card.width) / 2,
        y: clamp(
          card.top,
          target.rect.top + HEADER,
          target.rect.top + target.rect.height - card.height,
        ),
      };
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = (card.height + GAP) * (code === 'ArrowDown' ? 1 : -1);
      const y = clamp(card.top + step, top, bottom);
      return y === card.top ? undefined : { x: card.left, y };
    }
    default:
      return undefined;
  }
}
