import { describe, expect, it } from 'vitest';
import { MIN_TOAST_ROOM, toastClearance } from '../../../renderer/ui/toastClearance';

describe('toastClearance: where toasts go while a side panel is open', () => {
  const cases: [string, number, number, number, { right: number; bottom: number }][] = [
    ['no panel (nothing measured)', 1280, 0, 0, { right: 0, bottom: 0 }],
    ['wide window: beside the panel', 1280, 720, 64, { right: 720, bottom: 0 }],
    ['just enough room beside it', 720 + MIN_TOAST_ROOM, 720, 64, { right: 720, bottom: 0 }],
    ['one pixel short: above the footer', 719 + MIN_TOAST_ROOM, 720, 64, { right: 0, bottom: 64 }],
    ['smallest window (800 px)', 800, 720, 88, { right: 0, bottom: 88 }],
  ];
  it.each(cases)('%s', (_, viewportWidth, panelWidth, footerHeight, expected) => {
    expect(toastClearance({ viewportWidth, panelWidth, footerHeight })).toEqual(expected);
  });
});
