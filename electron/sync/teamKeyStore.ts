import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BatonDatabase } from '../db/batonDatabase';
import { fileKeyOf, TeamEncryption } from './teamKey';

/**
 * The team key this laptop keeps for an encrypted workspace, so nobody is asked for the
 * passphrase on every start: `sync-key.json` beside `baton.db` in the data folder, readable
 * by its owner only. Keeping it costs no secrecy the laptop had: the database beside it holds
 * every campaign in plain text. It is not in the database so that it does not need a
 * migration (a new schema version would make teammates' older Batons park every batch of
 * this one) and does not travel in database backups. The `encryption` object is kept too,
 * so a laptop that re-creates a lost `workspace.json` writes the encrypted one.
 */
export const TEAM_KEY_FILE = 'sync-key.json';

const KeptTeamKey = z.object({
  format: z.literal('baton-sync-key'),
  workspaceId: z.string().min(1),
  teamKey: z.string().min(1),
  encryption: TeamEncryption,
});

export interface TeamKeyOnDisk {
  workspaceId: string;
  teamKey: Uint8Array;
  encryption: TeamEncryption;
}

const fileOf = (db: BatonDatabase) => path.join(db.dataDir, TEAM_KEY_FILE);

/** The kept key, or null when there is none (a plaintext workspace) or it cannot be read. */
export function readTeamKey(db: BatonDatabase): TeamKeyOnDisk | null {
  let text: string;
  try {
    text = fs.readFileSync(fileOf(db), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = KeptTeamKey.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { workspaceId, teamKey, encryption } = parsed.data;
    return { workspaceId, teamKey: new Uint8Array(Buffer.from(teamKey, 'base64')), encryption };
  } catch {
    return null;
  }
}

/** The key that encrypts and opens this laptop's sync files, null for a plaintext workspace. */
export function batchKeyOf(db: BatonDatabase): Uint8Array | null {
  const kept = readTeamKey(db);
  return kept ? fileKeyOf(kept.teamKey) : null;
}

export function keepTeamKey(db: BatonDatabase, kept: TeamKeyOnDisk): void {
  const text =
    JSON.stringify(
      {
        format: 'baton-sync-key',
        workspaceId: kept.workspaceId,
        teamKey: Buffer.from(kept.teamKey).toString('base64'),
        encryption: kept.encryption,
      },
      null,
      2,
    ) + '\n';
  const target = fileOf(db);
  // Created owner-only from the start (a chmod after writing would leave a moment open).
  const temp = `${target}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, text, { mode: 0o600, flag: 'wx' });
  try {
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

/** A plaintext workspace, or leaving sync: the laptop no longer keeps a team key. */
export function forgetTeamKey(db: BatonDatabase): void {
  fs.rmSync(fileOf(db), { force: true });
}
