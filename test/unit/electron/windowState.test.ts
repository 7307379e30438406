import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  fitToDisplays,
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  readWindowStateFile,
  serializeWindowState,
  WINDOW_STATE_FILE,
  writeWindowStateFile,
  type Rect,
} from '../../../electron/main/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const external: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('falls back to 1280x800 for a missing, corrupt or wrong-shaped file', () => {
    for (const text of [
      null,
      '',
      '{"width": 1200, "height"',
      'null',
      '[1, 2]',
      '"1280x800"',
      '{"width": "wide", "height": 700}',
      '{"width": -5, "height": 700}',
      '{"width": 1e9, "height": 700}',
      '{"width": 1000}',
    ]) {
      expect(parseWindowState(text), String(text)).toEqual({
        width: DEFAULT_WIDTH,
        height: DEFAULT_HEIGHT,
        isMaximized: false,
      });
    }
    expect(DEFAULT_WIDTH).toBe(1280);
    expect(DEFAULT_HEIGHT).toBe(800);
  });

  it('reads a saved state, including maximized', () => {
    expect(
      parseWindowState('{"x": 40, "y": 30, "width": 1000.4, "height": 700, "isMaximized": true}'),
    ).toEqual({ x: 40, y: 30, width: 1000, height: 700, isMaximized: true });
  });

  it('raises a tiny size to the minimum and ignores a bad position', () => {
    expect(parseWindowState('{"x": "left", "y": 3, "width": 10, "height": 10}')).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      isMaximized: false,
    });
  });

  it('round-trips through serializeWindowState', () => {
    const state = { x: -1200, y: 10, width: 1100, height: 720, isMaximized: false };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on a display', () => {
    const state = { x: 100, y: 50, width: 1200, height: 760, isMaximized: false };
    expect(fitToDisplays(state, [laptop, external], laptop)).toEqual(state);
  });

  it('moves a window left on an unplugged monitor back to the primary display', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 760, isMaximized: false };
    const fitted = fitToDisplays(state, [laptop], laptop);
    expect(fitted).toEqual({ x: 120, y: 58, width: 1200, height: 760, isMaximized: false });
  });

  it('moves a window that only peeks onto a display by a few pixels', () => {
    const state = { x: -1250, y: 40, width: 1280, height: 800, isMaximized: false };
    const fitted = fitToDisplays(state, [laptop], laptop);
    expect(fitted.x).toBeGreaterThanOrEqual(laptop.x);
    expect(fitted.x! + fitted.width).toBeLessThanOrEqual(laptop.x + laptop.width);
  });

  it('pulls a partly off-screen window fully onto its display', () => {
    const state = { x: 1000, y: -100, width: 1200, height: 700, isMaximized: false };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual({
      x: 1440 - 1200,
      y: 0,
      width: 1200,
      height: 700,
      isMaximized: false,
    });
  });

  it('shrinks a window larger than its display', () => {
    const state = { x: 0, y: 0, width: 2400, height: 1300, isMaximized: false };
    expect(fitToDisplays(state, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: laptop.width,
      height: laptop.height,
      isMaximized: false,
    });
  });

  it('keeps a window on a secondary display with negative coordinates', () => {
    const state = { x: 1600, y: -150, width: 1800, height: 1000, isMaximized: false };
    expect(fitToDisplays(state, [laptop, external], laptop)).toEqual(state);
  });

  it('centres a first-run window on the primary display', () => {
    const fitted = fitToDisplays(parseWindowState(null), [external, laptop], laptop);
    expect(fitted).toEqual({ x: 80, y: 38, width: 1280, height: 800, isMaximized: false });
  });

  it('restores maximized, even when the saved place had to move', () => {
    const state = { x: 5000, y: 5000, width: 1280, height: 800, isMaximized: true };
    expect(fitToDisplays(state, [laptop], laptop).isMaximized).toBe(true);
    expect(fitToDisplays({ ...state, x: 10, y: 10 }, [laptop], laptop).isMaximized).toBe(true);
  });

  it('leaves the state alone when no display is known', () => {
    const state = { x: 5000, y: 5000, width: 1280, height: 800, isMaximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });
});

describe('window state file', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-window-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes and reads back the state, leaving no temp file', () => {
    const dir = tempDir();
    const state = { x: 10, y: 20, width: 1000, height: 700, isMaximized: true };
    writeWindowStateFile(dir, state);
    expect(readWindowStateFile(dir)).toEqual(state);
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('returns defaults when the file is missing or garbage', () => {
    const dir = tempDir();
    expect(readWindowStateFile(dir).width).toBe(DEFAULT_WIDTH);
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), '\u0000\u0001not json');
    expect(readWindowStateFile(dir)).toEqual({
      width: DEFAULT_WIDTH,
      height: DEFAULT_HEIGHT,
      isMaximized: false,
    });
  });
});
