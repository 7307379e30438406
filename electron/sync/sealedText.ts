import crypto from 'node:crypto';
import { z } from 'zod';
import { CIPHER, decryptBody, encryptBody, newNonce } from './batchCrypto';
import type { SyncProblemKind } from './syncProblem';

/**
 * The layout batches and snapshots share (docs/sync-format.md): a header line, a body, and a
 * seal line `{"seal":"<SHA-256 hex of every byte before it>"}`. The plain format's header
 * vouches for the body with its hash; the encrypted format's body is one base64 line encrypted
 * with the header line as associated data. Pure: nothing here touches the disk.
 */

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const sha256 = (data: string | Buffer) =>
  crypto.createHash('sha256').update(data).digest('hex');

export interface Fault {
  ok: false;
  kind: SyncProblemKind;
  message: string;
}

export const fail = (kind: SyncProblemKind, message: string): Fault => ({
  ok: false,
  kind,
  message,
});

/** What a reader without the team key is told (the person can do something about it). */
export const NEEDS_PASSPHRASE =
  'this workspace is encrypted: enter the team passphrase in Settings → Sync';

/** Appends the seal line to text that ends with a newline. */
export function sealText(sealed: string): { bytes: Buffer; sha256: string } {
  const seal = sha256(sealed);
  return { bytes: Buffer.from(sealed + JSON.stringify({ seal }) + '\n', 'utf8'), sha256: seal };
}

/**
 * The sealed file of a header's fields and a body: with a key, format `encrypted` (cipher and
 * nonce in the header, the body encrypted); without, format `plain` (the body's hash in the
 * header). The header's keys keep this order, so the same input makes the same bytes.
 */
export function sealHeaderAndBody<F extends object, P extends number, E extends number>(
  fields: F,
  body: string,
  key: Uint8Array | null | undefined,
  versions: { plain: P; encrypted: E },
): {
  bytes: Buffer;
  sha256: string;
  header:
    | (F & { formatVersion: P; bodySha256: string })
    | (F & { formatVersion: E; cipher: typeof CIPHER; nonce: string });
} {
  if (key) {
    const nonce = newNonce();
    const header: F & { formatVersion: E; cipher: typeof CIPHER; nonce: string } = {
      ...fields,
      formatVersion: versions.encrypted,
      cipher: CIPHER,
      nonce: Buffer.from(nonce).toString('base64'),
    };
    const headerLine = JSON.stringify(header);
    const sealed = headerLine + '\n' + encryptedBodyLine(body, headerLine, nonce, key);
    return { ...sealText(sealed), header };
  }
  const header = { ...fields, formatVersion: versions.plain, bodySha256: sha256(body) };
  return { ...sealText(JSON.stringify(header) + '\n' + body), header };
}

/**
 * The body of an encrypted sealed file: one line, base64 of the body text encrypted with the
 * header line (exactly as written, without its newline) as associated data.
 */
export function encryptedBodyLine(
  body: string,
  headerLine: string,
  nonce: Uint8Array,
  key: Uint8Array,
): string {
  const ciphertext = encryptBody(
    Buffer.from(body, 'utf8'),
    Buffer.from(headerLine, 'utf8'),
    nonce,
    key,
  );
  return Buffer.from(ciphertext).toString('base64') + '\n';
}

/** The body (UTF-8 bytes) of an encrypted sealed file, or null when the key does not open it. */
export function decryptedBody(
  bodyLine: string,
  headerLine: string,
  nonceBase64: string,
  key: Uint8Array,
): Buffer | null {
  const plain = decryptBody(
    Buffer.from(bodyLine, 'base64'),
    Buffer.from(headerLine, 'utf8'),
    Buffer.from(nonceBase64, 'base64'),
    key,
  );
  return plain === null ? null : Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
}

/**
 * Finds and checks the seal line: the file is whole (ends with a seal line) and its bytes are
 * the ones sealed. `sealStart` is where the seal line begins: the sealed text is before it.
 */
export function checkSeal(bytes: Buffer): { ok: true; seal: string; sealStart: number } | Fault {
  if (bytes.length === 0) {
    return fail('incomplete', 'is empty (a cloud placeholder not downloaded yet, or cut short)');
  }
  const sealStart = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
  const seal = parseSealLine(bytes.subarray(sealStart));
  if (bytes[bytes.length - 1] !== 0x0a || seal === null || sealStart === 0) {
    return fail('incomplete', 'has no seal line: it is still being written or was cut short');
  }
  if (sha256(bytes.subarray(0, sealStart)) !== seal) {
    return fail('corrupt', 'does not match its seal: its bytes were changed or damaged');
  }
  return { ok: true, seal, sealStart };
}

/**
 * The fault of a header (parsed JSON, undefined when it is not JSON) that does not name this
 * format, or names a version this reader does not know (a newer one says to update Baton);
 * null when it is one of `plain` or `encrypted`.
 */
export function formatFault(
  json: unknown,
  expected: {
    format: string;
    noun: string;
    notThisFormat: string;
    plain: number;
    encrypted: number;
  },
): Fault | null {
  if (json === undefined) return fail('corrupt', 'has a header that is not JSON');
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if ((json as { format?: unknown } | null)?.format !== expected.format) {
    return fail('corrupt', expected.notThisFormat);
  }
  if (version !== expected.plain && version !== expected.encrypted) {
    return fail(
      'unsupported-format',
      typeof version === 'number' && version > expected.encrypted
        ? `is in ${expected.noun} format ${version}, newer than this Baton reads (${expected.encrypted}): update Baton`
        : `is in an unknown ${expected.noun} format version (${JSON.stringify(version)})`,
    );
  }
  return null;
}

/**
 * The fault of a file whose encryption does not match the reader's key: an encrypted file
 * without the key (enter the passphrase), or, with a key, a plaintext file (in an encrypted
 * workspace it is someone else's, not a teammate's). `verb` says what was not done with it.
 */
export function keyFault(encrypted: boolean, key: Uint8Array | null, verb: string): Fault | null {
  if (encrypted && key === null) {
    return fail('encrypted', `is encrypted and was not ${verb}: ${NEEDS_PASSPHRASE}`);
  }
  if (!encrypted && key !== null) {
    return fail(
      'corrupt',
      `is not encrypted, but this workspace is: not written by a teammate, not ${verb}`,
    );
  }
  return null;
}

/** An encrypted body the team key does not open. */
export function undecryptable(verb: string): Fault {
  return fail(
    'corrupt',
    'does not decrypt with the team key: its bytes were changed, or it was written with ' +
      `another passphrase. Not ${verb}`,
  );
}

/** The parsed value, or undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The first few zod issues, as `path problem` phrases. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'value'} ${i.message}`)
    .join('; ');
}

function parseSealLine(line: Buffer): string | null {
  const json = parseJson(line.toString('utf8').trimEnd());
  const seal = (json as { seal?: unknown } | null | undefined)?.seal;
  return typeof seal === 'string' && Sha256Hex.safeParse(seal).success ? seal : null;
}
