import fs from 'node:fs';
import path from 'node:path';

/**
 * The main window's remembered size and place. Parsing, validation and fitting onto the current
 * displays are pure; the two file helpers are plain Node (no Electron) so all of it is unit-tested.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent on first run: Electron then centres the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
/** Far beyond any real display: a larger number is a corrupt file, not a wish. */
const MAX_DIMENSION = 100_000;
/** How much of the window must stay on a display for its saved place to be kept. */
const MIN_VISIBLE = 100;

export const DEFAULT_WINDOW_STATE: Readonly<WindowState> = Object.freeze({
  width: DEFAULT_WIDTH,
  height: DEFAULT_HEIGHT,
  isMaximized: false,
});

function defaults(): WindowState {
  return { ...DEFAULT_WINDOW_STATE };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Accepts anything (the file may be hand-edited or truncated); returns a usable state. */
export function parseWindowState(text: string | null | undefined): WindowState {
  if (!text) return defaults();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return defaults();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaults();
  const record = raw as Record<string, unknown>;
  const { width, height, x, y, isMaximized } = record;
  if (!isFiniteNumber(width) || !isFiniteNumber(height)) return defaults();
  if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
    return defaults();
  }
  const state: WindowState = {
    width: Math.max(MIN_WIDTH, Math.round(width)),
    height: Math.max(MIN_HEIGHT, Math.round(height)),
    isMaximized: isMaximized === true,
  };
  if (
    isFiniteNumber(x) &&
    isFiniteNumber(y) &&
    Math.abs(x) <= MAX_DIMENSION &&
    Math.abs(y) <= MAX_DIMENSION
  ) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

export function serializeWindowState(state: WindowState): string {
  const { x, y, width, height, isMaximized } = state;
  return `${JSON.stringify({ x, y, width, height, isMaximized }, null, 2)}\n`;
}

function visibleArea(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centreIn(area: Rect, width: number, height: number): Rect {
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Fits a saved state onto the displays present now (work areas, i.e. without task bars). A
 * window left on an unplugged monitor, or mostly off-screen, is moved to the primary display;
 * one larger than its display shrinks to fit; one that is mostly visible keeps its place.
 */
export function fitToDisplays(
  state: WindowState,
  workAreas: readonly Rect[],
  primary: Rect | undefined = workAreas[0],
): WindowState {
  if (!primary) return { ...state };
  const result: WindowState = { ...state };

  if (state.x === undefined || state.y === undefined) {
    const width = Math.min(state.width, primary.width);
    const height = Math.min(state.height, primary.height);
    return { ...centreIn(primary, width, height), isMaximized: state.isMaximized };
  }

  const bounds: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const visible = visibleArea(bounds, area);
    const size = visible.width * visible.height;
    if (visible.width >= MIN_VISIBLE && visible.height >= MIN_VISIBLE && size > bestArea) {
      best = area;
      bestArea = size;
    }
  }

  if (!best) {
    const width = Math.min(state.width, primary.width);
    const height = Math.min(state.height, primary.height);
    return { ...centreIn(primary, width, height), isMaximized: state.isMaximized };
  }

  // Keep the place, but pull the window fully inside the display it mostly sits on, so the
  // title bar (the only handle to move it) is never out of reach.
  result.width = Math.min(state.width, best.width);
  result.height = Math.min(state.height, best.height);
  result.x = Math.min(Math.max(state.x, best.x), best.x + best.width - result.width);
  result.y = Math.min(Math.max(state.y, best.y), best.y + best.height - result.height);
  return result;
}

export function readWindowStateFile(dataDir: string): WindowState {
  try {
    return parseWindowState(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return defaults();
  }
}

/** Temp file + rename, so a crash mid-write leaves the previous state rather than half a file. */
export function writeWindowStateFile(dataDir: string, state: WindowState): void {
  const target = path.join(dataDir, WINDOW_STATE_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, serializeWindowState(state));
  fs.renameSync(temp, target);
}
