import { beforeAll, describe, expect, it } from 'vitest';
import { decryptBody, encryptBody, NONCE_BYTES } from '../../../electron/sync/batchCrypto';
import { decodeBatch, encodeBatch, sealText } from '../../../electron/sync/batchFormat';
import { cryptoReady, loadedSodium } from '../../../electron/sync/sodium';
import {
  createTeamKey,
  fileKeyOf,
  opensWorkspace,
  unlockTeamKey,
} from '../../../electron/sync/teamKey';
import { change, DEVICE } from './campaignRenames';

let key: Uint8Array;
let otherKey: Uint8Array;
beforeAll(async () => {
  const sodium = await cryptoReady();
  key = sodium.randombytes_buf(32);
  otherKey = sodium.randombytes_buf(32);
});

const encrypted = (seq = 7, k: Uint8Array | null = key) =>
  encodeBatch({
    deviceId: DEVICE,
    seq,
    createdAt: '2026-03-02T09:00:01.000Z',
    changes: [change(1, 'Spring launch'), change(2, 'Summer teaser')],
    key: k,
  });

/** An attacker with the folder can recompute the SHA-256 seal: only the cipher stands. */
function resealed(bytes: Buffer, edit: (lines: string[]) => void): Buffer {
  const lines = bytes.toString('utf8').split('\n').slice(0, -2); // drop the seal and the ''
  edit(lines);
  return sealText(lines.map((l) => l + '\n').join('')).bytes;
}

describe('the cipher (XChaCha20-Poly1305 with associated data)', () => {
  it('opens what it sealed, and nothing sealed under another key, nonce or associated data', () => {
    const nonce = loadedSodium().randombytes_buf(NONCE_BYTES);
    const text = new TextEncoder().encode('Brief: playful tone');
    const ad = new TextEncoder().encode('header');
    const sealed = encryptBody(text, ad, nonce, key);
    expect(Buffer.from(decryptBody(sealed, ad, nonce, key)!).toString()).toBe(
      'Brief: playful tone',
    );
    expect(decryptBody(sealed, ad, nonce, otherKey)).toBeNull();
    expect(decryptBody(sealed, new TextEncoder().encode('Header'), nonce, key)).toBeNull();
    const otherNonce = Uint8Array.from(nonce);
    otherNonce[0]! ^= 1;
    expect(decryptBody(sealed, ad, otherNonce, key)).toBeNull();
    const flipped = Uint8Array.from(sealed);
    flipped[3]! ^= 1;
    expect(decryptBody(flipped, ad, nonce, key)).toBeNull();
  });
});

describe('encrypted batch files (format v2)', () => {
  it('round-trip with the key, and hide the values (no campaign name in the bytes)', () => {
    const { bytes, header } = encrypted();
    expect(header).toMatchObject({ formatVersion: 2, cipher: 'xchacha20poly1305-ietf', count: 2 });
    expect(bytes.toString('utf8')).not.toContain('Spring launch');
    expect(bytes.toString('utf8')).not.toContain('campaign');
    const decoded = decodeBatch(bytes, key);
    expect(decoded.ok && decoded.batch.changes.map((c) => c.value)).toEqual([
      'Spring launch',
      'Summer teaser',
    ]);
    expect(decoded.ok && decoded.batch.header.seq).toBe(7);
  });

  it('round-trip text in any script, and refuse a body that is not the one line sealed', () => {
    const names = ['Café → Zürich', 'ローンチ 🚀', 'line one\nline two'];
    const changes = names.map((name, i) => change(i + 1, name));
    const enc = (k: Uint8Array) =>
      encodeBatch({
        deviceId: DEVICE,
        seq: 7,
        createdAt: '2026-03-02T09:00:01.000Z',
        changes,
        key: k,
      });
    const decoded = decodeBatch(enc(key).bytes, key);
    expect(decoded.ok && decoded.batch.changes.map((c) => c.value)).toEqual(names);
    // The encrypted body split over two lines (then resealed) is not a body the key opens.
    const split = resealed(enc(key).bytes, (lines) => {
      const body = lines[1]!;
      lines.splice(1, 1, body.slice(0, 10), body.slice(10));
    });
    expect(decodeBatch(split, key)).toMatchObject({
      ok: false,
      kind: 'corrupt',
      message: expect.stringContaining('does not decrypt with the team key') as unknown,
    });
  });

  it('take a fresh nonce for every file: the same changes never make the same bytes', () => {
    expect(encrypted().bytes.equals(encrypted().bytes)).toBe(false);
  });

  it('without the key: reported as encrypted, naming where to enter the passphrase', () => {
    expect(decodeBatch(encrypted().bytes)).toMatchObject({
      ok: false,
      kind: 'encrypted',
      message: expect.stringContaining('enter the team passphrase in Settings → Sync') as unknown,
    });
  });

  it.each<[string, (lines: string[]) => void]>([
    ['another key', () => undefined],
    [
      'a changed ciphertext',
      (l) => {
        const raw = Buffer.from(l[1]!, 'base64');
        raw[10]! ^= 1;
        l[1] = raw.toString('base64');
      },
    ],
    ['a changed header (another seq)', (l) => (l[0] = l[0]!.replace('"seq":7', '"seq":8'))],
    [
      'a changed nonce',
      (l) => {
        const header = JSON.parse(l[0]!) as { nonce: string };
        const nonce = Buffer.from(header.nonce, 'base64');
        nonce[0]! ^= 1;
        l[0] = l[0]!.replace(header.nonce, nonce.toString('base64'));
      },
    ],
    ['the body of another file', (l) => (l[1] = encrypted(8).bytes.toString().split('\n')[1]!)],
  ])('refuse %s: authentication fails, nothing is decoded', (name, edit) => {
    const bytes = resealed(encrypted().bytes, edit);
    const decoded = decodeBatch(bytes, name === 'another key' ? otherKey : key);
    expect(decoded).toMatchObject({
      ok: false,
      kind: 'corrupt',
      message: expect.stringContaining('does not decrypt with the team key') as unknown,
    });
  });

  it('refuse a plaintext batch in an encrypted workspace (nobody may slip changes in)', () => {
    expect(decodeBatch(encrypted(7, null).bytes, key)).toMatchObject({
      ok: false,
      kind: 'corrupt',
      message: expect.stringContaining('is not encrypted, but this workspace is') as unknown,
    });
  });
});

describe('the team key (Argon2id)', () => {
  it('comes back from the right passphrase only, and the published check is not the file key', () => {
    const { encryption, teamKey } = createTeamKey('correct horse battery');
    expect(encryption).toMatchObject({ kdf: 'argon2id13', opslimit: 3, memlimit: 64 << 20 });
    expect(Buffer.from(unlockTeamKey('correct horse battery', encryption)!)).toEqual(
      Buffer.from(teamKey),
    );
    expect(unlockTeamKey('correct horse batterY', encryption)).toBeNull();
    expect(opensWorkspace(teamKey, encryption)).toBe(true);
    const fileKey = Buffer.from(fileKeyOf(teamKey)).toString('base64');
    expect(fileKey).not.toBe(encryption.keyCheck);
    expect(fileKey).not.toBe(Buffer.from(teamKey).toString('base64'));
    // Another workspace made with the same passphrase has another salt, hence another key.
    expect(opensWorkspace(teamKey, createTeamKey('correct horse battery').encryption)).toBe(false);
  });
});
