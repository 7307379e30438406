import { z } from 'zod';
import { CIPHER, KEY_BYTES } from './batchCrypto';
import { loadedSodium } from './sodium';

/**
 * The team key of an encrypted workspace (docs/sync-format.md, "Encryption"). The passphrase
 * goes through Argon2id with the salt and limits stored in `workspace.json`; the 32-byte
 * result is the team key. Two subkeys come from it (libsodium's KDF, BLAKE2b): #1 encrypts
 * files, #2 is published in `workspace.json` as `keyCheck`, so a wrong passphrase is told
 * apart before anything is read or written. A subkey reveals nothing about the team key or
 * the other subkey.
 */
export const KDF = 'argon2id13';
/**
 * Argon2id with 3 passes over 64 MiB: about 0.3 s on this 2-core machine (libsodium's
 * MODERATE, 256 MiB, took 1.6 s). Interactive-grade hardness, paid once per laptop at setup.
 */
export const OPSLIMIT = 3;
export const MEMLIMIT = 64 * 1024 * 1024;
const SALT_BYTES = 16;
const KDF_CONTEXT = 'batonsyn';
const FILE_KEY_ID = 1;
const KEY_CHECK_ID = 2;

const base64Of = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+=*$/, { message: `${what} is not base64` })
    .refine((s) => Buffer.from(s, 'base64').length === bytes, {
      message: `${what} is not ${bytes} bytes`,
    });

/** `workspace.json`'s `encryption` object. Limits are bounded: a hostile file cannot ask a laptop for 100 GB. */
export const TeamEncryption = z.object({
  cipher: z.literal(CIPHER),
  kdf: z.literal(KDF),
  salt: base64Of(SALT_BYTES, 'salt'),
  opslimit: z.number().int().min(1).max(20),
  memlimit: z
    .number()
    .int()
    .min(8 * 1024)
    .max(1024 * 1024 * 1024),
  keyCheck: base64Of(KEY_BYTES, 'keyCheck'),
});
export type TeamEncryption = z.infer<typeof TeamEncryption>;

/** A new team key for a workspace created with a passphrase, and what `workspace.json` says of it. */
export function createTeamKey(passphrase: string): {
  encryption: TeamEncryption;
  teamKey: Uint8Array;
} {
  const sodium = loadedSodium();
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const params = { opslimit: OPSLIMIT, memlimit: MEMLIMIT };
  const teamKey = derive(passphrase, salt, params);
  return {
    encryption: {
      cipher: CIPHER,
      kdf: KDF,
      salt: Buffer.from(salt).toString('base64'),
      ...params,
      keyCheck: keyCheckOf(teamKey),
    },
    teamKey,
  };
}

/** The team key this passphrase gives for the workspace, or null when it is the wrong one. */
export function unlockTeamKey(passphrase: string, encryption: TeamEncryption): Uint8Array | null {
  const teamKey = derive(passphrase, Buffer.from(encryption.salt, 'base64'), encryption);
  return opensWorkspace(teamKey, encryption) ? teamKey : null;
}

/** Whether a kept team key is the one of this `encryption` object (the folder may have been re-created). */
export function opensWorkspace(teamKey: Uint8Array, encryption: TeamEncryption): boolean {
  const expected = Buffer.from(encryption.keyCheck, 'base64');
  const actual = Buffer.from(keyCheckOf(teamKey), 'base64');
  return loadedSodium().memcmp(new Uint8Array(expected), new Uint8Array(actual));
}

export function fileKeyOf(teamKey: Uint8Array): Uint8Array {
  return loadedSodium().crypto_kdf_derive_from_key(KEY_BYTES, FILE_KEY_ID, KDF_CONTEXT, teamKey);
}

function keyCheckOf(teamKey: Uint8Array): string {
  const check = loadedSodium().crypto_kdf_derive_from_key(
    KEY_BYTES,
    KEY_CHECK_ID,
    KDF_CONTEXT,
    teamKey,
  );
  return Buffer.from(check).toString('base64');
}

function derive(
  passphrase: string,
  salt: Uint8Array,
  limits: { opslimit: number; memlimit: number },
): Uint8Array {
  const sodium = loadedSodium();
  return sodium.crypto_pwhash(
    KEY_BYTES,
    passphrase,
    salt,
    limits.opslimit,
    limits.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}
