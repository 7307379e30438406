import { loadedSodium } from './sodium';

/**
 * The cipher of encrypted sync files (format v2, docs/sync-format.md): XChaCha20-Poly1305
 * (IETF), a random 24-byte nonce per file (random nonces of this size never repeat in
 * practice, so no counter has to be kept across laptops), and the file's header line as
 * associated data, so a body cannot be moved under another header (another seq, device or
 * HLC range) without failing authentication.
 */
export const CIPHER = 'xchacha20poly1305-ietf';
export const NONCE_BYTES = 24;
export const KEY_BYTES = 32;

export function newNonce(): Uint8Array {
  return loadedSodium().randombytes_buf(NONCE_BYTES);
}

export function encryptBody(
  plaintext: Uint8Array,
  associatedData: Uint8Array,
  nonce: Uint8Array,
  key: Uint8Array,
): Uint8Array {
  checkSizes(nonce, key);
  return loadedSodium().crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    associatedData,
    null,
    nonce,
    key,
  );
}

/** The plaintext, or null when authentication fails (another key, or changed bytes). */
export function decryptBody(
  ciphertext: Uint8Array,
  associatedData: Uint8Array,
  nonce: Uint8Array,
  key: Uint8Array,
): Uint8Array | null {
  checkSizes(nonce, key);
  try {
    return loadedSodium().crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      associatedData,
      nonce,
      key,
    );
  } catch {
    // libsodium throws one message ("ciphertext cannot be decrypted using that key") for every
    // authentication failure; the caller says what that means for the file.
    return null;
  }
}

function checkSizes(nonce: Uint8Array, key: Uint8Array): void {
  if (nonce.length !== NONCE_BYTES) throw new Error(`A nonce is ${NONCE_BYTES} bytes`);
  if (key.length !== KEY_BYTES) throw new Error(`A file key is ${KEY_BYTES} bytes`);
}
