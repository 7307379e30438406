import { describe, expect, it } from 'vitest';
import {
  columnIndexAt,
  nextKeyboardPosition,
  type ColumnBox,
} from '../../../renderer/features/board/keyboardCoordinates';

// Three 272 px columns 12 px apart, 600 px tall, starting at x = 24, y = 100.
const columns: ColumnBox[] = ['strategy', 'creative', 'production'].map((id, i) => ({
  id,
  rect: { left: 24 + i * 284, top: 100, width: 272, height: 600 },
}));
// A 256 px card in the first column, 130 px tall, 60 px below the column's top.
const card = { left: 32, top: 160, width: 256, height: 130 };

describe('keyboard coordinates', () => {
  it('finds the column under the middle of the card, or the nearest one', () => {
    expect(columnIndexAt(card, columns)).toBe(0);
    expect(columnIndexAt({ ...card, left: 24 + 284 + 8 }, columns)).toBe(1);
    // In the gap between columns 1 and 2, nearer the second.
    expect(
      columnIndexAt({ left: 24 + 284 * 2 - 6 - 128 + 20, top: 0, width: 256, height: 10 }, columns),
    ).toBe(2);
    expect(columnIndexAt({ left: 5000, top: 0, width: 10, height: 10 }, columns)).toBe(2);
    expect(columnIndexAt(card, [])).toBe(-1);
  });

  it('→ jumps to the middle of the next column in one press, keeping the height', () => {
    expect(nextKeyboardPosition('ArrowRight', card, columns, 'strategy')).toEqual({
      x: 24 + 284 + (272 - 256) / 2,
      y: 160,
    });
  });

  it('← jumps to the previous column', () => {
    const inCreative = { ...card, left: 316 };
    expect(nextKeyboardPosition('ArrowLeft', inCreative, columns, 'creative')).toEqual({
      x: 24 + 8,
      y: 160,
    });
  });

  it('stays put at the first and last columns', () => {
    expect(nextKeyboardPosition('ArrowLeft', card, columns, 'strategy')).toBeUndefined();
    const inLast = { ...card, left: 24 + 284 * 2 + 8 };
    expect(nextKeyboardPosition('ArrowRight', inLast, columns, 'production')).toBeUndefined();
  });

  it('uses the column the card is over when known, its position otherwise', () => {
    // Over "creative" by collision although drawn over strategy: → goes to production.
    expect(nextKeyboardPosition('ArrowRight', card, columns, 'creative')?.x).toBe(24 + 568 + 8);
    expect(nextKeyboardPosition('ArrowRight', card, columns, null)?.x).toBe(24 + 284 + 8);
  });

  it('↓ / ↑ step one card (plus the gap) within the column, clamped to it', () => {
    expect(nextKeyboardPosition('ArrowDown', card, columns, 'strategy')).toEqual({
      x: 32,
      y: 160 + 130 + 8,
    });
    // Already at the top (below the header): ↑ does nothing.
    expect(
      nextKeyboardPosition('ArrowUp', { ...card, top: 144 }, columns, 'strategy'),
    ).toBeUndefined();
    const nearBottom = { ...card, top: 100 + 600 - 130 - 20 };
    expect(nextKeyboardPosition('ArrowDown', nearBottom, columns, 'strategy')).toEqual({
      x: 32,
      y: 100 + 600 - 130,
    });
  });

  it('keeps a moved card inside the target column vertically', () => {
    const low = { ...card, top: 690 };
    expect(nextKeyboardPosition('ArrowRight', low, columns, 'strategy')?.y).toBe(100 + 600 - 130);
  });

  it('ignores other keys', () => {
    for (const code of ['Space', 'Enter', 'KeyA', 'Tab']) {
      expect(nextKeyboardPosition(code, card, columns, 'strategy')).toBeUndefined();
    }
  });
});
