import crypto from 'node:crypto';
import { z } from 'zod';
import { parseHlc } from '../../shared/domain';
import { Change } from '../../shared/model';
import type { SyncProblemKind } from './syncProblem';

/**
 * The batch file, format v1 (docs/sync-format.md): UTF-8 JSON Lines.
 *   line 1      header (format, version, device, schema, seq, HLC range, count, body hash)
 *   lines 2..n  one change per line
 *   last line   {"seal":"<SHA-256 hex of every byte before this line>"}
 * Pure: encoding and decoding never touch the disk.
 */
export const BATCH_FORMAT = 'baton-batch';
export const BATCH_FORMAT_VERSION = 1;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const HlcText = z.string().refine((t) => parseHlc(t) !== null, 'is not an HLC timestamp');

export const BatchHeader = z.object({
  format: z.literal(BATCH_FORMAT),
  formatVersion: z.literal(BATCH_FORMAT_VERSION),
  deviceId: z.string().regex(/^[0-9a-f]{16}$/),
  /** The highest schema version among the changes: a reader that knows less parks the batch. */
  schemaVersion: z.number().int().positive(),
  seq: z.number().int().positive(),
  firstHlc: HlcText,
  lastHlc: HlcText,
  count: z.number().int().positive(),
  /** SHA-256 of the body lines (each with its newline), so the header vouches for its content. */
  bodySha256: Sha256Hex,
  createdAt: z.string(),
  /**
   * What the writer had applied when it exported: per other device, the sequence up to which
   * it had applied every batch (its cursors). Merge uses it to tell an edit made after seeing
   * another from one made without seeing it. Optional: older batches lack it (= knew nothing).
   */
  knows: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type BatchHeader = z.infer<typeof BatchHeader>;

const BatchChange = Change.extend({ hlc: HlcText });

export interface DecodedBatch {
  header: BatchHeader;
  changes: Change[];
  /** The seal: identifies this exact file. */
  sha256: string;
}

export type DecodeResult =
  { ok: true; batch: DecodedBatch } | { ok: false; kind: SyncProblemKind; message: string };

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/** The file's bytes for these changes, which must be one device's, in HLC order. */
export function encodeBatch(input: {
  deviceId: string;
  seq: number;
  createdAt: string;
  changes: readonly Change[];
  knows?: Readonly<Record<string, number>>;
}): { bytes: Buffer; header: BatchHeader; sha256: string } {
  const { changes } = input;
  if (changes.length === 0) throw new Error('A batch holds at least one change');
  // Fixed key order, so the same changes always make the same bytes.
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
        }) + '\n',
    )
    .join('');
  const header: BatchHeader = {
    format: BATCH_FORMAT,
    formatVersion: BATCH_FORMAT_VERSION,
    deviceId: input.deviceId,
    schemaVersion: Math.max(...changes.map((c) => c.schemaVersion)),
    seq: input.seq,
    firstHlc: changes[0]!.hlc,
    lastHlc: changes[changes.length - 1]!.hlc,
    count: changes.length,
    bodySha256: sha256(body),
    createdAt: input.createdAt,
    ...(input.knows ? { knows: { ...input.knows } } : {}),
  };
  const sealed = JSON.stringify(header) + '\n' + body;
  const seal = sha256(sealed);
  const bytes = Buffer.from(sealed + JSON.stringify({ seal }) + '\n', 'utf8');
  return { bytes, header, sha256: seal };
}

const fail = (kind: SyncProblemKind, message: string): DecodeResult => ({
  ok: false,
  kind,
  message,
});

/** Checks the seal, then the header, then every change; the first fault found is the answer. */
export function decodeBatch(bytes: Buffer): DecodeResult {
  if (bytes.length === 0) {
    return fail('incomplete', 'is empty (a cloud placeholder not downloaded yet, or cut short)');
  }
  const sealStart = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
  const seal = parseSealLine(bytes.subarray(sealStart));
  if (bytes[bytes.length - 1] !== 0x0a || seal === null || sealStart === 0) {
    return fail('incomplete', 'has no seal line: it is still being written or was cut short');
  }
  const sealed = bytes.subarray(0, sealStart);
  if (sha256(sealed) !== seal) {
    return fail('corrupt', 'does not match its seal: its bytes were changed or damaged');
  }
  const lines = sealed.toString('utf8').split('\n');
  lines.pop(); // the text before the seal ends with a newline
  const headerJson = parseJson(lines[0]!);
  if (headerJson === undefined) return fail('corrupt', 'has a header that is not JSON');
  const version = (headerJson as { formatVersion?: unknown } | null)?.formatVersion;
  if ((headerJson as { format?: unknown } | null)?.format !== BATCH_FORMAT) {
    return fail('corrupt', `is not a Baton batch (its header names no "${BATCH_FORMAT}" format)`);
  }
  if (version !== BATCH_FORMAT_VERSION) {
    return fail(
      'unsupported-format',
      typeof version === 'number' && version > BATCH_FORMAT_VERSION
        ? `is in batch format ${version}, newer than this Baton reads (${BATCH_FORMAT_VERSION}): update Baton`
        : `is in an unknown batch format version (${JSON.stringify(version)})`,
    );
  }
  const header = BatchHeader.safeParse(headerJson);
  if (!header.success) {
    return fail('corrupt', `has an invalid header (${describeIssues(header.error)})`);
  }
  const h = header.data;
  const bodyLines = lines.slice(1);
  if (bodyLines.length !== h.count) {
    return fail('corrupt', `holds ${bodyLines.length} changes but its header says ${h.count}`);
  }
  if (sha256(bodyLines.map((l) => l + '\n').join('')) !== h.bodySha256) {
    return fail('corrupt', 'has a body that does not match the hash in its header');
  }
  const changes: Change[] = [];
  for (const [i, line] of bodyLines.entries()) {
    const parsed = BatchChange.safeParse(parseJson(line));
    const where = `line ${i + 2}`;
    if (!parsed.success) {
      return fail('corrupt', `has an invalid change on ${where} (${describeIssues(parsed.error)})`);
    }
    const c = parsed.data;
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
  return { ok: true, batch: { header: h, changes, sha256: seal } };
}

function parseSealLine(line: Buffer): string | null {
  const json = parseJson(line.toString('utf8').trimEnd());
  const seal = (json as { seal?: unknown } | null | undefined)?.seal;
  return typeof seal === 'string' && Sha256Hex.safeParse(seal).success ? seal : null;
}

/** The parsed value, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'value'} ${i.message}`)
    .join('; ');
}
