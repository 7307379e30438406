import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model';
import { decodeBatch, encodeBatch, sealText } from '../../../electron/sync/batchFormat';
import { BodyLines } from '../../../electron/sync/bodyLines';
import { chunkByTransaction } from '../../../electron/sync/exportBatches';
import { batchFileName, seqOfBatchFile } from '../../../electron/sync/folderLayout';
import { change, DEVICE } from './campaignRenames';

const encode = (changes: Change[]) =>
  encodeBatch({ deviceId: DEVICE, seq: 7, createdAt: '2026-03-02T09:00:01.000Z', changes });

describe('batch files', () => {
  it('carry what the writer had applied (`knows`), and read as knowing nothing without it', () => {
    const knows = { fedcba9876543210: 4 };
    const withKnows = encodeBatch({
      deviceId: DEVICE,
      seq: 7,
      createdAt: '2026-03-02T09:00:01.000Z',
      changes: [change(1, 'Spring')],
      knows,
    });
    const decoded = decodeBatch(withKnows.bytes);
    expect(decoded.ok && decoded.batch.header.knows).toEqual(knows);
    const without = decodeBatch(encode([change(1, 'Spring')]).bytes);
    expect(without.ok && 'knows' in without.batch.header).toBe(false);
  });

  it('decode to exactly what was encoded, with the header describing the body', () => {
    const changes = [change(1, 'Spring'), change(2, { nested: ['a\nb', 1] }), change(3, null)];
    const { bytes, header, sha256 } = encode(changes);
    const decoded = decodeBatch(bytes);
    expect(decoded).toEqual({ ok: true, batch: { header, changes, sha256 } });
    expect(header).toMatchObject({
      formatVersion: 1,
      deviceId: DEVICE,
      seq: 7,
      count: 3,
      schemaVersion: 3,
      firstHlc: changes[0]!.hlc,
      lastHlc: changes[2]!.hlc,
    });
    // One line per change between the header and the seal, whatever the values hold.
    expect(bytes.toString('utf8').split('\n')).toHaveLength(3 + 2 + 1);
  });

  it('decode text in any script, in values and on lines of their own', () => {
    const names = ['Café → Zürich', 'ローンチ 🚀', 'Ünïcödé\r\n\u2028', ''];
    const changes = names.map((name, i) => change(i + 1, name));
    const decoded = decodeBatch(encode(changes).bytes);
    expect(decoded.ok && decoded.batch.changes.map((c) => c.value)).toEqual(names);
  });

  it('refuse a body with a line fewer than its header counts, even when resealed', () => {
    const { bytes } = encode([change(1, 'Spring'), change(2, 'Summer')]);
    const lines = bytes.toString('utf8').split('\n').slice(0, -2); // without the seal and ''
    lines.splice(2, 1);
    const resealed = sealText(lines.map((l) => `${l}\n`).join('')).bytes;
    expect(decodeBatch(resealed)).toMatchObject({
      ok: false,
      kind: 'corrupt',
      message: 'holds 1 changes but its header says 2',
    });
  });

  it('are the same bytes for the same changes', () => {
    expect(encode([change(1, 'x')]).bytes).toEqual(encode([change(1, 'x')]).bytes);
  });

  it.each<[string, (b: Buffer) => Buffer, string]>([
    ['cut at any byte', (b) => b.subarray(0, b.length - 5), 'incomplete'],
    ['empty', () => Buffer.alloc(0), 'incomplete'],
    [
      'with a byte changed',
      (b) => Buffer.from(b.toString().replace('Spring', 'Sprung')),
      'corrupt',
    ],
  ])('refuse a file %s', (_, damage, kind) => {
    const decoded = decodeBatch(damage(encode([change(1, 'Spring')]).bytes));
    expect(decoded).toMatchObject({ ok: false, kind });
  });

  it('refuse a change of another device', () => {
    const other = { ...change(1, 'x'), deviceId: 'fedcba9876543210' };
    expect(decodeBatch(encode([other]).bytes)).toMatchObject({
      ok: false,
      kind: 'corrupt',
      message: expect.stringContaining('device fedcba9876543210 on line 2') as unknown,
    });
  });
});

describe('batch file names', () => {
  it('hold the sequence alone, zero-padded so they sort, and nothing else is one', () => {
    expect(batchFileName(42)).toBe('0000000042.batch');
    expect(seqOfBatchFile('0000000042.batch')).toBe(42);
    for (const name of [
      '0000000042 (conflicted copy).batch',
      '.0000000042.batch.ab12cd34.tmp',
      '42.batch',
      '0000000042.batch.part',
    ]) {
      expect(seqOfBatchFile(name)).toBeNull();
    }
  });
});

describe('chunkByTransaction', () => {
  it('splits only between transactions, so a transaction travels in one file', () => {
    const rows = ['t1', 't1', 't1', 't2', 't3', 't3'].map((txId) => ({ txId }));
    expect(chunkByTransaction(rows, 2).map((c) => c.map((r) => r.txId))).toEqual([
      ['t1', 't1', 't1'],
      ['t2', 't3', 't3'],
    ]);
    expect(chunkByTransaction(rows, 100)).toHaveLength(1);
  });
});

describe('body lines', () => {
  it('count the lines that end with a newline and hand them out decoded, one at a time', () => {
    const lines = new BodyLines(Buffer.from('{"a":"é→"}\n\n{"b":1}\npartial', 'utf8'));
    expect(lines.count).toBe(3);
    expect([lines.next(), lines.next(), lines.next()]).toEqual(['{"a":"é→"}', '', '{"b":1}']);
    expect(() => lines.next()).toThrow(RangeError);
    expect(new BodyLines(Buffer.alloc(0)).count).toBe(0);
  });

  it('take a count already known instead of counting again', () => {
    const lines = new BodyLines(Buffer.from('{"a":1}\n{"b":2}\n', 'utf8'), 2);
    expect(lines.count).toBe(2);
    expect([lines.next(), lines.next()]).toEqual(['{"a":1}', '{"b":2}']);
  });
});
