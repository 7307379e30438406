import { decryptBody, encryptBody, NONCE_BYTES } from '../electron/sync/batchCrypto';
import { decodeBatch, encodeBatch } from '../electron/sync/batchFormat';
import { cryptoReady } from '../electron/sync/sodium';
import { createTeamKey, fileKeyOf, unlockTeamKey } from '../electron/sync/teamKey';
import type { Change } from '../shared/model';
import { fmt, median, table, timeEach, type Measurement } from './lib';

/**
 * The cost of end-to-end encryption: deriving the team key from a passphrase (Argon2id, paid
 * once per laptop at setup) and writing/reading one full batch (5,000 changes) with and
 * without encryption. Run alone: `npx tsx bench/syncEncryption.ts`.
 */
const CHANGES = 5000;
const DEVICE = '0123456789abcdef';

function batchChanges(): Change[] {
  return Array.from({ length: CHANGES }, (_, i) => ({
    id: `0190f3a2-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
    entity: 'handoff_field',
    entityId: `0190f3a2-1111-7000-8000-${(i % 400).toString(16).padStart(12, '0')}`,
    field: 'value',
    value: `Audience insight ${i}: ${'Parents who plan the week on Sunday evening. '.repeat(3)}`,
    hlc: `2026-03-02T09:00:00.000Z-${i.toString(16).padStart(4, '0')}-${DEVICE}`,
    deviceId: DEVICE,
    actorId: '0190f3a2-2222-7000-8000-000000000001',
    schemaVersion: 5,
    txId: `0190f3a2-3333-7000-8000-${Math.floor(i / 10)
      .toString(16)
      .padStart(12, '0')}`,
  }));
}

export async function benchSyncEncryption(): Promise<Measurement[]> {
  await cryptoReady();
  const derive = timeEach(5, () => createTeamKey('lantern tide 81 meadow'));
  const { encryption } = createTeamKey('lantern tide 81 meadow');
  const unlock = timeEach(3, () => unlockTeamKey('lantern tide 81 meadow', encryption));
  const key = fileKeyOf(unlockTeamKey('lantern tide 81 meadow', encryption)!);

  const changes = batchChanges();
  const encode = (k: Uint8Array | null) =>
    encodeBatch({
      deviceId: DEVICE,
      seq: 1,
      createdAt: '2026-03-02T09:00:01.000Z',
      changes,
      key: k,
    });
  const plainBytes = encode(null).bytes;
  const sealedBytes = encode(key).bytes;
  const mb = plainBytes.length / 1048576;
  const runs = 10;
  const writePlain = median(timeEach(runs, () => encode(null)));
  const writeSealed = median(timeEach(runs, () => encode(key)));
  const readPlain = median(timeEach(runs, () => decodeBatch(plainBytes)));
  const readSealed = median(timeEach(runs, () => decodeBatch(sealedBytes, key)));
  const body = new Uint8Array(plainBytes);
  const nonce = new Uint8Array(NONCE_BYTES);
  const ad = new Uint8Array(256);
  const sealedBody = encryptBody(body, ad, nonce, key);
  const cipherOnly = median(timeEach(runs, () => encryptBody(body, ad, nonce, key)));
  const openOnly = median(timeEach(runs, () => decryptBody(sealedBody, ad, nonce, key)));
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;
  const batch = `${CHANGES.toLocaleString('en-US')}-change batch (${mb.toFixed(2)} MB)`;
  return [
    {
      name: 'Team key from passphrase (Argon2id, 3 passes, 64 MiB)',
      value: median(derive),
      unit: 'ms',
      detail: `median of ${derive.length}; unlock (join) median ${median(unlock).toFixed(0)} ms`,
    },
    {
      name: `Write a ${batch}, encrypted`,
      value: writeSealed,
      unit: 'ms',
      detail: `${rate(writeSealed)}; plaintext ${writePlain.toFixed(1)} ms (${rate(writePlain)})`,
    },
    {
      name: `Read and verify a ${batch}, encrypted`,
      value: readSealed,
      unit: 'ms',
      detail: `${rate(readSealed)}; plaintext ${readPlain.toFixed(1)} ms (${rate(readPlain)}); file ${(sealedBytes.length / 1048576).toFixed(2)} MB encrypted`,
    },
    {
      name: `XChaCha20-Poly1305 alone on ${mb.toFixed(2)} MB (encrypt)`,
      value: cipherOnly,
      unit: 'ms',
      detail: `${rate(cipherOnly)}; decrypt ${openOnly.toFixed(1)} ms (${rate(openOnly)})`,
    },
  ];
}

if (require.main === module) {
  void benchSyncEncryption().then((results) => {
    console.log(
      table([
        ['measurement', 'value', 'detail'],
        ...results.map((m) => [m.name, fmt(m.value, m.unit), m.detail ?? '']),
      ]),
    );
  });
}
