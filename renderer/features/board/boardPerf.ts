/**
 * User Timing marks the benchmark (bench/boardRender.ts) and DevTools read. One entry per name
 * is kept, so a long session does not grow the timeline buffer.
 */
export const BOARD_MARKS = {
  /** The board's cards arrived from the backend (a full load). */
  data: 'board:data',
  /** The board's columns first painted with data. */
  rendered: 'board:rendered',
  /** A card was dropped (mouse, touch or keyboard). */
  drop: 'board:drop',
  /**
   * A live update was applied to the board: cards refetched for it, or the notice of this
   * window's own write, whose answer had already shown the card.
   */
  live: 'board:live',
} as const;

export function mark(name: (typeof BOARD_MARKS)[keyof typeof BOARD_MARKS]): void {
  if (typeof performance === 'undefined' || !performance.mark) return;
  performance.clearMarks(name);
  performance.mark(name);
}

let renderedMarked = false;

/** Marks the first paint of the board with data, once per page load. */
export function markFirstRender(): void {
  if (renderedMarked) return;
  renderedMarked = true;
  // After the frame that shows the columns, not merely after React committed them.
  requestAnimationFrame(() => setTimeout(() => mark(BOARD_MARKS.rendered), 0));
}
