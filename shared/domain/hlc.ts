/**
 * Hybrid logical clock. Each device stamps every change with one; ordering by the string form
 * orders by (wall time, counter, device), which is what per-field last-writer-wins needs.
 * Pure: the wall clock is always passed in.
 */
export interface Hlc {
  millis: number;
  counter: number;
  node: string;
}

/** A device never moves its clock further than this past its own wall time, whatever it hears. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;

export function formatHlc(h: Hlc): string {
  return `${new Date(h.millis).toISOString()}-${h.counter.toString(16).padStart(4, '0')}-${h.node}`;
}

export function parseHlc(text: string): Hlc | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-zA-Z]+)$/.exec(
    text,
  );
  if (!m) return null;
  const millis = Date.parse(m[1]!);
  if (Number.isNaN(millis)) return null;
  return { millis, counter: parseInt(m[2]!, 16), node: m[3]! };
}

/** The next timestamp for a local event. */
export function tick(prev: Hlc, wallMillis: number): Hlc {
  if (wallMillis > prev.millis) return { millis: wallMillis, counter: 0, node: prev.node };
  if (prev.counter >= MAX_COUNTER) {
    // Counter exhausted within one millisecond: borrow the next millisecond rather than wrap.
    return { millis: prev.millis + 1, counter: 0, node: prev.node };
  }
  return { millis: prev.millis, counter: prev.counter + 1, node: prev.node };
}

/**
 * Advance the local clock after seeing a remote timestamp. A remote clock far in the future is
 * not followed past `wall + MAX_DRIFT_MS`, so one bad laptop clock cannot poison the team.
 */
export function receive(local: Hlc, remote: Hlc, wallMillis: number): Hlc {
  const cap = wallMillis + MAX_DRIFT_MS;
  const remoteMillis = Math.min(remote.millis, cap);
  // A capped remote is no longer the remote's time, so its counter means nothing here; carrying
  // it could overflow the counter and push the clock past the cap.
  const remoteCounter = remote.millis > cap ? 0 : remote.counter;
  const millis = Math.max(local.millis, remoteMillis, wallMillis);
  let counter = 0;
  if (millis === local.millis && millis === remoteMillis) {
    counter = Math.max(local.counter, remoteCounter) + 1;
  } else if (millis === local.millis) {
    counter = local.counter + 1;
  } else if (millis === remoteMillis) {
    counter = remoteCounter + 1;
  }
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: local.node };
  return { millis, counter, node: local.node };
}
