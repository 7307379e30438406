import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeSnapshot,
  decodeSnapshotHeader,
  encodeSnapshot,
  type StoredChange,
} from '../../../electron/sync/snapshotFormat';
import { numberOfSnapshotFile, snapshotFileName } from '../../../electron/sync/folderLayout';
import { cryptoReady } from '../../../electron/sync/sodium';

beforeAll(() => cryptoReady());

const A = '0123456789abcdef';
const B = 'fedcba9876543210';
const hlc = (n: number, device: string) =>
  `2026-03-02T09:00:00.000Z-${n.toString(16).padStart(4, '0')}-${device}`;
const change = (n: number, device: string, value: unknown): StoredChange => ({
  id: `id-${device}-${n}`,
  entity: 'campaign',
  entityId: 'c1',
  field: 'name',
  value: JSON.stringify(value),
  hlc: hlc(n, device),
  deviceId: device,
  actorId: n % 2 ? null : 'person-1',
  schemaVersion: 4,
  txId: `tx-${n}`,
});

const input = {
  deviceId: A,
  createdAt: '2026-03-02T10:00:00.000Z',
  covers: { [B]: 1, [A]: 2 },
  batches: [
    {
      deviceId: A,
      seq: 1,
      firstHlc: hlc(1, A),
      lastHlc: hlc(1, A),
      count: 1,
      sha256: 'a'.repeat(64),
    },
    {
      deviceId: A,
      seq: 2,
      firstHlc: hlc(3, A),
      lastHlc: hlc(3, A),
      count: 1,
      sha256: 'b'.repeat(64),
    },
    {
      deviceId: B,
      seq: 1,
      firstHlc: hlc(2, B),
      lastHlc: hlc(2, B),
      count: 1,
      sha256: 'c'.repeat(64),
    },
  ],
  changes: [change(1, A, 'Spring'), change(3, A, { nested: ['ü', 1] }), change(2, B, null)],
};

/** Re-seals edited text, so a test reaches the check after the seal. */
function resealed(text: string): Buffer {
  const body = text.slice(0, text.lastIndexOf('{"seal"'));
  const seal = crypto.createHash('sha256').update(body).digest('hex');
  return Buffer.from(body + JSON.stringify({ seal }) + '\n');
}

describe('snapshot files', () => {
  it('decode to exactly what was encoded: header, batch index and changes with parsed values', () => {
    const { bytes, header, sha256 } = encodeSnapshot(input);
    expect(header).toMatchObject({
      format: 'baton-snapshot',
      formatVersion: 1,
      deviceId: A,
      schemaVersion: 4,
      covers: { [A]: 2, [B]: 1 },
      batches: 3,
      changes: 3,
      lastHlc: hlc(3, A),
    });
    const decoded = decodeSnapshot(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.snapshot.header).toEqual(header);
    expect(decoded.snapshot.sha256).toBe(sha256);
    expect(decoded.snapshot.batches).toEqual(input.batches);
    expect(decoded.snapshot.changes).toEqual(
      input.changes.map((c) => ({ ...c, value: JSON.parse(c.value) as unknown })),
    );
    // The header is readable alone (readers choose a snapshot before reading it whole).
    const head = decodeSnapshotHeader(bytes.toString('utf8').split('\n')[0]!);
    expect(head).toEqual({ ok: true, header });
  });

  it('the same content makes the same bytes (keys in a fixed order)', () => {
    expect(encodeSnapshot(input).bytes.equals(encodeSnapshot({ ...input }).bytes)).toBe(true);
  });

  it.each([
    ['empty', () => Buffer.alloc(0), 'incomplete', /is empty/],
    ['cut short', () => encodeSnapshot(input).bytes.subarray(0, 200), 'incomplete', /no seal line/],
    [
      'a flipped byte',
      () => {
        const b = Buffer.from(encodeSnapshot(input).bytes);
        b[300] = b[300]! ^ 0x01;
        return b;
      },
      'corrupt',
      /does not match its seal/,
    ],
    [
      'a newer format, sealed',
      () =>
        resealed(
          encodeSnapshot(input)
            .bytes.toString('utf8')
            .replace('"formatVersion":1', '"formatVersion":3'),
        ),
      'unsupported-format',
      /snapshot format 3, newer than this Baton reads \(2\): update Baton/,
    ],
    [
      'a batch file instead',
      () =>
        resealed(
          encodeSnapshot(input).bytes.toString('utf8').replace('baton-snapshot', 'baton-batch'),
        ),
      'corrupt',
      /is not a Baton snapshot/,
    ],
    [
      'a change edited and resealed (body hash)',
      () => resealed(encodeSnapshot(input).bytes.toString('utf8').replace('Spring', 'Autumn')),
      'corrupt',
      /body that does not match the hash in its header/,
    ],
  ])('%s is refused', (_name, bytes, kind, message) => {
    const decoded = decodeSnapshot(bytes());
    expect(decoded).toEqual({ ok: false, kind, message: expect.stringMatching(message) });
  });

  it('a change without an HLC is named by its line, even with a consistent header', () => {
    const bad = { ...input, changes: [{ ...change(1, A, 'x'), hlc: 'yesterday' }] };
    const decoded = decodeSnapshot(encodeSnapshot(bad).bytes);
    expect(decoded).toEqual({
      ok: false,
      kind: 'corrupt',
      message: 'has an invalid change on line 5 (hlc is not an HLC timestamp)',
    });
  });

  it('are named by the number of batches they cover', () => {
    expect(snapshotFileName(42)).toBe('0000000042.snapshot');
    expect(numberOfSnapshotFile('0000000042.snapshot')).toBe(42);
    expect(numberOfSnapshotFile('0000000042 (conflicted copy).snapshot')).toBeNull();
  });
});

describe('snapshot files of an encrypted workspace (format 2)', () => {
  const key = new Uint8Array(crypto.randomBytes(32));

  it('open with the team key to what was encoded; their bytes hold no value', () => {
    const { bytes, header } = encodeSnapshot({ ...input, key });
    expect(header).toMatchObject({ formatVersion: 2, cipher: 'xchacha20poly1305-ietf' });
    expect(bytes.includes('Spring')).toBe(false);
    const decoded = decodeSnapshot(bytes, key);
    expect(decoded.ok && decoded.snapshot.changes.map((c) => c.value)).toEqual([
      'Spring',
      { nested: ['ü', 1] },
      null,
    ]);
  });

  it('without the key, with another key, or plaintext where the workspace is encrypted: refused', () => {
    const encrypted = encodeSnapshot({ ...input, key }).bytes;
    expect(decodeSnapshot(encrypted)).toMatchObject({ ok: false, kind: 'encrypted' });
    expect(decodeSnapshot(encrypted, new Uint8Array(32))).toMatchObject({
      ok: false,
      kind: 'corrupt',
      message: expect.stringContaining('does not decrypt with the team key'),
    });
    expect(decodeSnapshot(encodeSnapshot(input).bytes, key)).toMatchObject({
      ok: false,
      kind: 'corrupt',
      message: expect.stringContaining('is not encrypted, but this workspace is'),
    });
  });
});
