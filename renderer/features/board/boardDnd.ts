import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { columnIndexAt, nextKeyboardPosition, type ColumnBox } from './keyboardCoordinates';

// How the board plugs into @dnd-kit: which input starts a drag, how the keyboard moves a card,
// and which column a card is over. Columns are the only drop targets (order inside a column
// follows due dates), so "over" is decided by x alone: a card held above or below a column's
// cards still lands in it.

function columnBoxes(
  order: readonly string[],
  rects: Map<string | number, { left: number; top: number; width: number; height: number }>,
): ColumnBox[] {
  return order.flatMap((id) => {
    const rect = rects.get(id);
    return rect ? [{ id, rect }] : [];
  });
}

/** The column under the pointer (mouse, touch), or under the middle of the card (keyboard). */
export function boardCollision(getOrder: () => readonly string[]): CollisionDetection {
  return ({ droppableRects, collisionRect, pointerCoordinates }) => {
    const columns = columnBoxes(getOrder(), droppableRects);
    const probe = pointerCoordinates
      ? { left: pointerCoordinates.x, top: pointerCoordinates.y, width: 0, height: 0 }
      : collisionRect;
    const i = columnIndexAt(probe, columns);
    const hit = columns[i];
    return hit ? [{ id: hit.id, data: { value: 1 } }] : [];
  };
}

function keyboardGetter(getOrder: () => readonly string[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const { collisionRect, droppableRects, over } = context;
    if (!collisionRect) return undefined;
    const columns = columnBoxes(getOrder(), droppableRects);
    return nextKeyboardPosition(event.code, collisionRect, columns, over ? String(over.id) : null);
  };
}

/**
 * Mouse after 5 px (a click still opens the handoff), touch after a short press (a swipe still
 * scrolls the column), keyboard with Space to pick up and Space or Enter to drop. Enter on a
 * resting card opens its handoff instead, the way a click does.
 */
export function useBoardSensors(getOrder: () => readonly string[]) {
  const reduceMotion =
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      coordinateGetter: keyboardGetter(getOrder),
      scrollBehavior: reduceMotion ? 'auto' : 'smooth',
    }),
  );
}
