import { z } from 'zod';
import { parseHlc } from '../../shared/domain';
import type { Change } from '../../shared/model';
import { changeFault, changeOf } from './changeLine';
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

// Tests and older callers take these from here; they live with the layout both formats share.
export { decryptedBody, encryptedBodyLine, NEEDS_PASSPHRASE, sealText } from './sealedText';

/**
 * The batch file (docs/sync-format.md): UTF-8 JSON Lines.
 *   line 1      header (format, version, device, schema, seq, HLC range, count, body hash)
 *   lines 2..n  one change per line
 *   last line   {"seal":"<SHA-256 hex of every byte before this line>"}
 * Format v2 is the same file of an encrypted workspace: the header names the cipher and the
 * nonce instead of a body hash, and the body is one line, the base64 of the v1 body lines
 * encrypted with the header line as associated data (batchCrypto.ts).
 * Pure: encoding and decoding never touch the disk.
 */
export const BATCH_FORMAT = 'baton-batch';
export const BATCH_FORMAT_VERSION = 1;
export const ENCRYPTED_BATCH_FORMAT_VERSION = 2;

const HlcText = z.string().refine((t) => parseHlc(t) !== null, 'is not an HLC timestamp');

const Base64Nonce = z
  .string()
  .regex(/^[A-Za-z0-9+/]+=*$/, { message: 'is not base64' })
  .refine((s) => Buffer.from(s, 'base64').length === NONCE_BYTES, {
    message: `is not ${NONCE_BYTES} bytes`,
  });

const HeaderFields = z.object({
  format: z.literal(BATCH_FORMAT),
  deviceId: z.string().regex(/^[0-9a-f]{16}$/),
  /** The highest schema version among the changes: a reader that knows less parks the batch. */
  schemaVersion: z.number().int().positive(),
  seq: z.number().int().positive(),
  firstHlc: HlcText,
  lastHlc: HlcText,
  count: z.number().int().positive(),
  createdAt: z.string(),
  /**
   * What the writer had applied when it exported: per other device, the sequence up to which
   * it had applied every batch (its cursors). Merge uses it to tell an edit made after seeing
   * another from one made without seeing it. Optional: older batches lack it (= knew nothing).
   */
  knows: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

const PlainBatchHeader = HeaderFields.extend({
  formatVersion: z.literal(BATCH_FORMAT_VERSION),
  /** SHA-256 of the body lines (each with its newline), so the header vouches for its content. */
  bodySha256: Sha256Hex,
});

/** No body hash: the cipher's tag vouches for the body, and a hash of it would leak guesses. */
const EncryptedBatchHeader = HeaderFields.extend({
  formatVersion: z.literal(ENCRYPTED_BATCH_FORMAT_VERSION),
  cipher: z.literal(CIPHER),
  nonce: Base64Nonce,
});

export const BatchHeader = z.discriminatedUnion('formatVersion', [
  PlainBatchHeader,
  EncryptedBatchHeader,
]);
export type BatchHeader = z.infer<typeof BatchHeader>;

export interface DecodedBatch {
  header: BatchHeader;
  changes: Change[];
  /** The seal: identifies this exact file. */
  sha256: string;
}

export type DecodeResult = { ok: true; batch: DecodedBatch } | Fault;

/**
 * A batch whose seal, header, line count and body (v1: its hash; v2: decrypted with the file
 * key) were checked; its change lines are parsed and checked when it is applied
 * (`changesOf`). A catch-up holds several verified batches for one transaction: as bytes
 * (outside the JavaScript heap) instead of ~20,000 parsed changes, which each garbage
 * collection copied while they waited.
 */
export interface VerifiedBatch {
  header: BatchHeader;
  /** The body's UTF-8 bytes (v2: decrypted): one change per line. */
  body: Buffer;
  /** The seal: identifies this exact file. */
  sha256: string;
}

export type VerifyResult = { ok: true; batch: VerifiedBatch } | Fault;

/**
 * The file's bytes for these changes, which must be one device's, in HLC order. With a file
 * key (an encrypted workspace) the body is encrypted and the file is format v2.
 */
export function encodeBatch(input: {
  deviceId: string;
  seq: number;
  createdAt: string;
  changes: readonly Change[];
  knows?: Readonly<Record<string, number>>;
  key?: Uint8Array | null;
}): { bytes: Buffer; header: BatchHeader; sha256: string } {
  const { changes } = input;
  if (changes.length === 0) throw new Error('A batch holds at least one change');
  // Fixed key order, so the same changes always make the same bytes. `base` only where set
  // (edits of package fields), so other lines read as they did in format 1.0.
  const body = changes
    .map(
      (c) =>
        JSON.stringify({
          id: c.id,
          entity: c.entity,
          entityId: c.entityId,
          field: c.field,
          value: c.value,
          hlc: c.hlc,
          deviceId: c.deviceId,
          actorId: c.actorId,
          schemaVersion: c.schemaVersion,
          txId: c.txId,
          ...(c.base === null || c.base === undefined ? {} : { base: c.base }),
        }) + '\n',
    )
    .join('');
  const fields = {
    format: BATCH_FORMAT,
    deviceId: input.deviceId,
    schemaVersion: Math.max(...changes.map((c) => c.schemaVersion)),
    seq: input.seq,
    firstHlc: changes[0]!.hlc,
    lastHlc: changes[changes.length - 1]!.hlc,
    count: changes.length,
    createdAt: input.createdAt,
    ...(input.knows ? { knows: { ...input.knows } } : {}),
  } as const;
  return sealHeaderAndBody(fields, body, input.key, {
    plain: BATCH_FORMAT_VERSION,
    encrypted: ENCRYPTED_BATCH_FORMAT_VERSION,
  });
}

/**
 * Checks the seal, then the header, then (v2) decrypts the body with the file key, then every
 * change; the first fault found is the answer. With a key, only encrypted files are accepted:
 * in an encrypted workspace a plaintext batch is someone else's, not a teammate's.
 */
export function decodeBatch(bytes: Buffer, key: Uint8Array | null = null): DecodeResult {
  const verified = verifyBatch(bytes, key);
  if (!verified.ok) return verified;
  const { header, sha256: seal } = verified.batch;
  const changes = changesOf(verified.batch);
  return changes.ok
    ? { ok: true, batch: { header, changes: changes.changes, sha256: seal } }
    : changes;
}

/** `decodeBatch` up to the change lines: the seal, the header, the body and its line count. */
export function verifyBatch(bytes: Buffer, key: Uint8Array | null = null): VerifyResult {
  const sealCheck = checkSeal(bytes);
  if (!sealCheck.ok) return sealCheck;
  const { seal, sealStart } = sealCheck;
  const headerEnd = bytes.indexOf(0x0a);
  const headerLine = bytes.toString('utf8', 0, headerEnd);
  const headerJson = parseJson(headerLine);
  const notBatch = formatFault(headerJson, {
    format: BATCH_FORMAT,
    noun: 'batch',
    notThisFormat: `is not a Baton batch (its header names no "${BATCH_FORMAT}" format)`,
    plain: BATCH_FORMAT_VERSION,
    encrypted: ENCRYPTED_BATCH_FORMAT_VERSION,
  });
  if (notBatch) return notBatch;
  const version = (headerJson as { formatVersion: number }).formatVersion;
  const wrongKey = keyFault(version === ENCRYPTED_BATCH_FORMAT_VERSION, key, 'applied');
  if (wrongKey) return wrongKey;
  const header = BatchHeader.safeParse(headerJson);
  if (!header.success) {
    return fail('corrupt', `has an invalid header (${describeIssues(header.error)})`);
  }
  const h = header.data;
  // The body's bytes as they lie in the file, between the header line and the seal.
  let body = bytes.subarray(headerEnd + 1, sealStart);
  if (h.formatVersion === ENCRYPTED_BATCH_FORMAT_VERSION) {
    const sealedBody = new BodyLines(body);
    const opened =
      sealedBody.count === 1 ? decryptedBody(sealedBody.next(), headerLine, h.nonce, key!) : null;
    if (opened === null) return undecryptable('applied');
    body = opened;
  }
  const count = new BodyLines(body).count;
  if (count !== h.count) {
    return fail('corrupt', `holds ${count} changes but its header says ${h.count}`);
  }
  if (h.formatVersion === BATCH_FORMAT_VERSION && sha256(body) !== h.bodySha256) {
    return fail('corrupt', 'has a body that does not match the hash in its header');
  }
  return { ok: true, batch: { header: h, body, sha256: seal } };
}

/**
 * The verified batch's changes, each line checked: a change, of the header's device, of no
 * newer schema than the header's and within its HLC range; the first fault is the answer.
 */
export function changesOf(batch: VerifiedBatch): { ok: true; changes: Change[] } | Fault {
  const { header: h } = batch;
  // verifyBatch counted the body's lines and found the header's count.
  const lines = new BodyLines(batch.body, h.count);
  const changes: Change[] = [];
  for (let i = 0; i < lines.count; i++) {
    const parsed = parseJson(lines.next());
    const where = `line ${i + 2}`;
    const fault = changeFault(parsed);
    if (fault) return fail('corrupt', `has an invalid change on ${where} (${fault})`);
    const c = changeOf(parsed);
    if (c.deviceId !== h.deviceId) {
      return fail('corrupt', `has a change of device ${c.deviceId} on ${where}, not ${h.deviceId}`);
    }
    if (c.schemaVersion > h.schemaVersion) {
      return fail(
        'corrupt',
        `has a change of schema ${c.schemaVersion} on ${where}, above its header`,
      );
    }
    if (c.hlc < h.firstHlc || c.hlc > h.lastHlc) {
      return fail('corrupt', `has a change outside its header's HLC range on ${where}`);
    }
    changes.push(c);
  }
  return { ok: true, changes };
}
