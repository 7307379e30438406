import { describe, expect, it } from 'vitest';
import {
  formatHlc,
  MAX_DRIFT_MS,
  parseHlc,
  receive,
  tick,
  type Hlc,
} from '../../../shared/domain/hlc';

const T0 = Date.UTC(2026, 2, 14, 9, 30, 0, 0);
const h = (millis: number, counter = 0, node = 'aaaa'): Hlc => ({ millis, counter, node });

describe('tick', () => {
  it.each([
    {
      name: 'wall moves forward: take wall time, reset counter',
      prev: h(T0, 7),
      wall: T0 + 5,
      want: h(T0 + 5, 0),
    },
    { name: 'same millisecond: bump counter', prev: h(T0, 7), wall: T0, want: h(T0, 8) },
    {
      name: 'wall went backwards: keep millis, bump counter',
      prev: h(T0, 7),
      wall: T0 - 60_000,
      want: h(T0, 8),
    },
    {
      name: 'counter exhausted: borrow the next millisecond',
      prev: h(T0, 0xffff),
      wall: T0,
      want: h(T0 + 1, 0),
    },
    {
      name: 'counter exhausted, wall behind: still moves forward',
      prev: h(T0, 0xffff),
      wall: T0 - 5,
      want: h(T0 + 1, 0),
    },
  ])('$name', ({ prev, wall, want }) => {
    expect(tick(prev, wall)).toEqual(want);
  });

  it('is strictly monotonic whatever the wall clock does, also in its string form', () => {
    // A wall clock that stalls, jumps back an hour, repeats and moves on.
    const walls = [T0, T0, T0, T0 - 3_600_000, T0 - 1, T0, T0 + 1, T0 + 1, T0 - 10, T0 + 2];
    let clock = h(0, 0, 'dev1');
    const stamps: string[] = [];
    for (const wall of walls) {
      const next = tick(clock, wall);
      expect(
        next.millis > clock.millis ||
          (next.millis === clock.millis && next.counter > clock.counter),
      ).toBe(true);
      clock = next;
      stamps.push(formatHlc(clock));
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('stays monotonic through many events in one millisecond (counter overflow)', () => {
    let clock = h(T0, 0xfff0);
    let prev = formatHlc(clock);
    for (let i = 0; i < 40; i++) {
      clock = tick(clock, T0);
      const s = formatHlc(clock);
      expect(s > prev).toBe(true);
      expect(clock.counter).toBeLessThanOrEqual(0xffff);
      prev = s;
    }
    expect(clock.millis).toBe(T0 + 1);
  });
});

describe('receive', () => {
  it.each([
    {
      name: 'remote behind, wall ahead: wall wins',
      local: h(T0, 3),
      remote: h(T0 - 10, 9),
      wall: T0 + 100,
      want: h(T0 + 100, 0),
    },
    {
      name: 'remote ahead within drift: follow remote, counter + 1',
      local: h(T0, 3),
      remote: h(T0 + 1000, 9),
      wall: T0,
      want: h(T0 + 1000, 10),
    },
    {
      name: 'local ahead of remote and wall: local counter + 1',
      local: h(T0 + 500, 3),
      remote: h(T0, 9),
      wall: T0,
      want: h(T0 + 500, 4),
    },
    {
      name: 'same millis locally and remotely: max counter + 1',
      local: h(T0, 3),
      remote: h(T0, 9),
      wall: T0 - 1,
      want: h(T0, 10),
    },
    {
      name: 'remote an hour ahead: capped at wall + 5 min',
      local: h(T0, 3),
      remote: h(T0 + 3_600_000, 9),
      wall: T0,
      want: h(T0 + MAX_DRIFT_MS, 1),
    },
    {
      name: 'remote a year ahead: capped at wall + 5 min',
      local: h(T0),
      remote: h(T0 + 365 * 86_400_000, 0),
      wall: T0,
      want: h(T0 + MAX_DRIFT_MS, 1),
    },
  ])('$name', ({ local, remote, wall, want }) => {
    expect(receive(local, remote, wall)).toEqual({ ...want, node: local.node });
  });

  it('keeps the local node id', () => {
    expect(receive(h(T0, 0, 'mine'), h(T0, 0, 'theirs'), T0).node).toBe('mine');
  });

  it.each([
    { remoteMillis: T0 + MAX_DRIFT_MS + 1, counter: 0 },
    { remoteMillis: T0 + MAX_DRIFT_MS + 1, counter: 0xffff },
    { remoteMillis: T0 + 10 * 365 * 86_400_000, counter: 0xffff },
    { remoteMillis: T0 + 10 * 365 * 86_400_000, counter: 12 },
  ])(
    'never moves the clock past wall + 5 min (remote $remoteMillis, counter $counter)',
    ({ remoteMillis, counter }) => {
      let clock = h(T0 - 1000, 0, 'local');
      // Hearing the same far-future clock again and again must not walk the clock forward.
      for (let i = 0; i < 5; i++) {
        clock = receive(clock, h(remoteMillis, counter, 'bad'), T0);
        expect(clock.millis).toBeLessThanOrEqual(T0 + MAX_DRIFT_MS);
      }
    },
  );

  it('is monotonic for the local clock even when the remote is capped repeatedly', () => {
    let clock = h(T0, 0, 'local');
    for (let i = 0; i < 10; i++) {
      const next = receive(clock, h(T0 + 86_400_000, 5, 'bad'), T0);
      expect(formatHlc(next) > formatHlc(clock)).toBe(true);
      clock = next;
    }
  });
});

describe('format and parse', () => {
  it.each([
    h(T0, 0, 'a1b2c3d4e5f60718'),
    h(T0 + 1, 0xffff, 'dev'),
    h(0, 1, 'x'),
    h(Date.UTC(2099, 11, 31, 23, 59, 59, 999), 0x00ab, 'Z9'),
  ])('round-trips %o', (value) => {
    const text = formatHlc(value);
    expect(parseHlc(text)).toEqual(value);
    expect(formatHlc(parseHlc(text)!)).toBe(text);
  });

  it('formats as ISO time, 4 hex digits of counter, node', () => {
    expect(formatHlc(h(T0, 26, 'dev1'))).toBe('2026-03-14T09:30:00.000Z-001a-dev1');
  });

  it.each([
    '',
    'garbage',
    '2026-03-14T09:30:00.000Z-1a-dev',
    '2026-03-14T09:30:00Z-0001-dev',
    '2026-03-14T09:30:00.000Z-0001-',
    '2026-03-14T09:30:00.000Z-0001-dev-x',
    '2026-13-45T09:30:00.000Z-0001-dev',
  ])('refuses %j', (text) => {
    expect(parseHlc(text)).toBeNull();
  });

  it('sorts as text in (time, counter, node) order', () => {
    const values = [
      h(T0 + 1, 0, 'aaaa'),
      h(T0, 0xffff, 'aaaa'),
      h(T0, 2, 'bbbb'),
      h(T0, 2, 'aaaa'),
      h(T0, 0x10, 'aaaa'),
      h(T0 - 1, 0, 'zzzz'),
      h(T0 + 86_400_000, 0, 'aaaa'),
      h(T0, 0x0f, 'aaaa'),
    ];
    const byText = values.map(formatHlc).sort();
    const byValue = [...values]
      .sort((a, b) => a.millis - b.millis || a.counter - b.counter || a.node.localeCompare(b.node))
      .map(formatHlc);
    expect(byText).toEqual(byValue);
  });
});
