import { describe, expect, it } from 'vitest';
import { writerKnew } from '../../../electron/sync/mergeConcurrency';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const seqs: Record<string, number> = { h1: 1, h2: 2, h3: 3 };
const seqOf = (c: { hlc: string }) => seqs[c.hlc];

describe('writerKnew', () => {
  it.each([
    ['its own change', { deviceId: B }, { deviceId: B, hlc: 'h9' }, true],
    [
      'a change in a batch it had applied',
      { deviceId: B, knows: { [A]: 2 } },
      { deviceId: A, hlc: 'h2' },
      true,
    ],
    [
      'a change in a later batch',
      { deviceId: B, knows: { [A]: 2 } },
      { deviceId: A, hlc: 'h3' },
      false,
    ],
    [
      'a change not exported yet',
      { deviceId: B, knows: { [A]: 9 } },
      { deviceId: A, hlc: 'h7' },
      false,
    ],
    [
      'anything, from an older batch without `knows`',
      { deviceId: B },
      { deviceId: A, hlc: 'h1' },
      false,
    ],
  ])('%s: %s', (_, writer, change, expected) => {
    expect(writerKnew(writer, change, seqOf)).toBe(expected);
  });
});
