import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupsDir } from './paths';

export const BACKUPS_KEPT = 10;

/**
 * A consistent copy of the live database via `VACUUM INTO` (safe while Baton is running),
 * written under a temporary name and renamed, so a crash never leaves half a backup.
 * Keeps the newest BACKUPS_KEPT backups.
 */
export function backupDatabase(sqlite: Database.Database, dataDir: string, reason: string): string {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  // Two backups in one millisecond would share a name, the second silently replacing the first:
  // take the next free millisecond instead, which keeps name order equal to creation order.
  const taken = fs.readdirSync(dir);
  const stampAt = (ms: number) => new Date(ms).toISOString().replace(/[:.]/g, '-');
  let at = Date.now();
  while (taken.some((f) => f.startsWith(`baton-${stampAt(at)}-`))) at++;
  const stamp = stampAt(at);
  const safeReason = reason.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60);
  const target = path.join(dir, `baton-${stamp}-${safeReason}.db`);
  const temp = `${target}.partial`;
  fs.rmSync(temp, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(temp);
  fs.renameSync(temp, target);
  pruneBackups(dir);
  return target;
}

export function listBackups(dataDir: string): string[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('baton-') && f.endsWith('.db'))
    .sort()
    .map((f) => path.join(dir, f));
}

function pruneBackups(dir: string): void {
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('baton-') && f.endsWith('.db'))
    .sort();
  for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT))) {
    fs.rmSync(path.join(dir, old), { force: true });
  }
}
