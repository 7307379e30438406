import { z } from 'zod';
import type { Change } from '../../shared/model';
import { changeFault, HLC } from './changeLine';
import { CIPHER, NONCE_BYTES } from './batchCrypto';
import { BodyLines } from './bodyLines';
import {
  checkSeal,
  decryptedBody,
  describeIssues,
  fail,
  formatFault,
  keyFault,
  parseJson,
  sealHeaderAndBody,
  sha256,
  Sha256Hex,
  undecryptable,
  type Fault,
} from './sealedText';

/**
 * The snapshot file, format v1 (docs/sync-format.md, "Snapshots"): UTF-8 JSON Lines sealed like
 * a batch, holding everything a device needs to start where its writer stood.
 *   line 1          header (format, version, writer, schema, what it covers, counts, body hash)
 *   next `batches`  the batch index: one line per batch the writer had applied or written
 *   next `changes`  every change the writer held, in the batch files' key order
 *   last line       {"seal":"<SHA-256 hex of every byte before this line>"}
 * Format v2 is the same file of an encrypted workspace, encrypted like a batch v2: the header
 * names the cipher and nonce instead of a body hash, and the body is one line, the base64 of
 * the v1 body lines encrypted with the header line as associated data (sealedText.ts).
 * Pure: encoding and decoding never touch the disk.
 */
export const SNAPSHOT_FORMAT = 'baton-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;
export const ENCRYPTED_SNAPSHOT_FORMAT_VERSION = 2;

const DeviceId = z.string().regex(/^[0-9a-f]{16}$/);

const HeaderFields = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  deviceId: DeviceId,
  /** The highest schema version among the changes: a reader that knows less cannot use it. */
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  /**
   * Per device, the sequence up to which the writer had every batch (its own: the last it
   * exported). Every change of those batches is in the snapshot.
   */
  covers: z.record(DeviceId, z.number().int().nonnegative()),
  batches: z.number().int().nonnegative(),
  changes: z.number().int().nonnegative(),
  /** The newest HLC among the changes ('' when there are none). */
  lastHlc: z.string(),
});

export const SnapshotHeader = z.discriminatedUnion('formatVersion', [
  HeaderFields.extend({
    formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
    /** SHA-256 of the body lines (each with its newline): the header vouches for its content. */
    bodySha256: Sha256Hex,
  }),
  HeaderFields.extend({
    formatVersion: z.literal(ENCRYPTED_SNAPSHOT_FORMAT_VERSION),
    cipher: z.literal(CIPHER),
    nonce: z
      .string()
      .refine((t) => Buffer.from(t, 'base64').length === NONCE_BYTES, 'is not a nonce'),
  }),
]);
export type SnapshotHeader = z.infer<typeof SnapshotHeader>;

/** One batch the writer had applied or written, as its `sync_batches` row recorded it. */
export const IndexedBatch = z.object({
  deviceId: DeviceId,
  seq: z.number().int().positive(),
  firstHlc: z.string().regex(HLC),
  lastHlc: z.string().regex(HLC),
  count: z.number().int().nonnegative(),
  sha256: Sha256Hex,
});
export type IndexedBatch = z.infer<typeof IndexedBatch>;

export interface DecodedSnapshot {
  header: SnapshotHeader;
  batches: IndexedBatch[];
  changes: Change[];
  /** The seal: identifies this exact file. */
  sha256: string;
}

export type SnapshotDecodeResult = { ok: true; snapshot: DecodedSnapshot } | Fault;

export type HeaderResult = { ok: true; header: SnapshotHeader } | Fault;

/**
 * A change as the `changes` table holds it: `value` is its JSON text, written into the line as
 * is (it was made by JSON.stringify), so writing a big snapshot does not parse every value.
 */
export interface StoredChange extends Omit<Change, 'value'> {
  value: string;
}

/** Same key order as a batch line, so the same change always makes the same bytes. */
function changeLine(c: StoredChange): string {
  return (
    `{"id":${JSON.stringify(c.id)},"entity":${JSON.stringify(c.entity)},` +
    `"entityId":${JSON.stringify(c.entityId)},"field":${JSON.stringify(c.field)},` +
    `"value":${c.value},"hlc":${JSON.stringify(c.hlc)},"deviceId":${JSON.stringify(c.deviceId)},` +
    `"actorId":${JSON.stringify(c.actorId)},"schemaVersion":${c.schemaVersion},` +
    `"txId":${JSON.stringify(c.txId)}` +
    (c.base === null || c.base === undefined ? '' : `,"base":${JSON.stringify(c.base)}`) +
    '}\n'
  );
}

export function encodeSnapshot(input: {
  deviceId: string;
  createdAt: string;
  covers: Readonly<Record<string, number>>;
  batches: readonly IndexedBatch[];
  changes: readonly StoredChange[];
  /** The workspace's file key: the body is encrypted and the file is format v2. */
  key?: Uint8Array | null;
}): { bytes: Buffer; header: SnapshotHeader; sha256: string } {
  const indexLines = input.batches.map((b) =>
    JSON.stringify({
      deviceId: b.deviceId,
      seq: b.seq,
      firstHlc: b.firstHlc,
      lastHlc: b.lastHlc,
      count: b.count,
      sha256: b.sha256,
    }),
  );
  const body =
    indexLines.join('\n') +
    (indexLines.length ? '\n' : '') +
    input.changes.map(changeLine).join('');
  let schemaVersion = 1;
  let lastHlc = '';
  for (const c of input.changes) {
    if (c.schemaVersion > schemaVersion) schemaVersion = c.schemaVersion;
    if (c.hlc > lastHlc) lastHlc = c.hlc;
  }
  const fields = {
    format: SNAPSHOT_FORMAT,
    deviceId: input.deviceId,
    schemaVersion,
    createdAt: input.createdAt,
    covers: Object.fromEntries(Object.entries(input.covers).sort(([a], [b]) => a.localeCompare(b))),
    batches: input.batches.length,
    changes: input.changes.length,
    lastHlc,
  } as const;
  return sealHeaderAndBody(fields, body, input.key, {
    plain: SNAPSHOT_FORMAT_VERSION,
    encrypted: ENCRYPTED_SNAPSHOT_FORMAT_VERSION,
  });
}

/**
 * The header alone, from the first bytes of a file (readers choose a snapshot by what it
 * covers before reading all of it). The seal is not checked here: decodeSnapshot does.
 */
export function decodeSnapshotHeader(firstLine: string): HeaderResult {
  const json = parseJson(firstLine);
  const notSnapshot = formatFault(json, {
    format: SNAPSHOT_FORMAT,
    noun: 'snapshot',
    notThisFormat: `is not a Baton snapshot (its header names no "${SNAPSHOT_FORMAT}")`,
    plain: SNAPSHOT_FORMAT_VERSION,
    encrypted: ENCRYPTED_SNAPSHOT_FORMAT_VERSION,
  });
  if (notSnapshot) return notSnapshot;
  const header = SnapshotHeader.safeParse(json);
  if (!header.success) {
    return fail('corrupt', `has an invalid header (${describeIssues(header.error)})`);
  }
  return { ok: true, header: header.data };
}

/**
 * Checks the seal, the header, the body (v1: its hash; v2: decrypted with the file key), the
 * index and every change. With a key only encrypted snapshots are accepted, as for batches.
 */
export function decodeSnapshot(bytes: Buffer, key: Uint8Array | null = null): SnapshotDecodeResult {
  const sealCheck = checkSeal(bytes);
  if (!sealCheck.ok) return sealCheck;
  const { seal, sealStart } = sealCheck;
  const headerEnd = bytes.indexOf(0x0a);
  const head = decodeSnapshotHeader(bytes.subarray(0, headerEnd).toString('utf8'));
  if (!head.ok) return head;
  const h = head.header;
  const body = bytes.subarray(headerEnd + 1, sealStart);
  const wrongKey = keyFault(h.formatVersion === ENCRYPTED_SNAPSHOT_FORMAT_VERSION, key, 'used');
  if (wrongKey) return wrongKey;
  let text = body;
  if (h.formatVersion === ENCRYPTED_SNAPSHOT_FORMAT_VERSION) {
    const headerLine = bytes.subarray(0, headerEnd).toString('utf8');
    const opened = decryptedBody(body.toString('utf8').trimEnd(), headerLine, h.nonce, key!);
    if (opened === null) return undecryptable('used');
    text = opened;
  } else if (sha256(body) !== h.bodySha256) {
    return fail('corrupt', 'has a body that does not match the hash in its header');
  }
  const lines = new BodyLines(text);
  if (lines.count !== h.batches + h.changes) {
    return fail(
      'corrupt',
      `holds ${lines.count} lines but its header says ${h.batches} batches and ${h.changes} changes`,
    );
  }
  const batches: IndexedBatch[] = [];
  for (let i = 0; i < h.batches; i++) {
    const parsed = IndexedBatch.safeParse(parseJson(lines.next()));
    if (!parsed.success) {
      return fail(
        'corrupt',
        `has an invalid batch on line ${i + 2} (${describeIssues(parsed.error)})`,
      );
    }
    batches.push(parsed.data);
  }
  const changes: Change[] = new Array<Change>(h.changes);
  for (let i = 0; i < h.changes; i++) {
    const c = parseJson(lines.next());
    const fault = changeFault(c);
    if (fault)
      return fail('corrupt', `has an invalid change on line ${h.batches + i + 2} (${fault})`);
    const change = c as Change;
    if (change.schemaVersion > h.schemaVersion) {
      return fail('corrupt', `has a change of schema ${change.schemaVersion} above its header`);
    }
    changes[i] = change;
  }
  return { ok: true, snapshot: { header: h, batches, changes, sha256: seal } };
}
