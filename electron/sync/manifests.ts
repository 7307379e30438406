import fs from 'node:fs';
import path from 'node:path';
import { isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { BatonDatabase } from '../db/batonDatabase';
import { workspaces } from '../db/schema';
import { ACK_FILE, DEVICE_FILE, type FolderLayout } from './folderLayout';
import { writeFileAtomic, writeFileOnce } from './sealedFile';
import { sodiumIfLoaded } from './sodium';
import type { SyncProblem } from './syncProblem';
import { opensWorkspace, TeamEncryption } from './teamKey';
import { readTeamKey } from './teamKeyStore';

/** The small JSON files beside the batches (docs/sync-format.md): manifest, device, acks. */
export const MANIFEST_FORMAT_VERSION = 1;
/**
 * `workspace.json` of an encrypted workspace: a Baton that reads only v1 must stop there
 * rather than ignore the `encryption` object and write plaintext batches into the folder.
 */
export const ENCRYPTED_MANIFEST_FORMAT_VERSION = 2;

const WorkspaceManifest = z.object({
  format: z.literal('baton-workspace'),
  formatVersion: z.number().int(),
  workspaceId: z.string().min(1),
  createdAt: z.string(),
  /** Present (and `formatVersion` 2) when the team encrypts its sync files. */
  encryption: TeamEncryption.optional(),
});
export type WorkspaceManifest = z.infer<typeof WorkspaceManifest>;

export type ManifestCheck =
  { ok: true; workspaceId: string | null } | { ok: false; problem: SyncProblem };

/**
 * Makes sure the shared folder and this database belong to the same workspace: writes
 * `workspace.json` when the folder has none yet, refuses when it names another workspace.
 */
export function checkWorkspaceManifest(
  db: BatonDatabase,
  layout: FolderLayout,
  at: string,
): ManifestCheck {
  const file = layout.relative(layout.workspaceFile);
  const local =
    db.orm.select({ id: workspaces.id }).from(workspaces).where(isNull(workspaces.deletedAt)).get()
      ?.id ?? null;
  let manifest = readManifest(layout);
  if (manifest === null && local !== null) {
    const kept = readTeamKey(db);
    const encryption = kept?.workspaceId === local ? kept.encryption : undefined;
    const fresh: WorkspaceManifest = {
      format: 'baton-workspace',
      formatVersion: encryption ? ENCRYPTED_MANIFEST_FORMAT_VERSION : MANIFEST_FORMAT_VERSION,
      workspaceId: local,
      createdAt: at,
      ...(encryption ? { encryption } : {}),
    };
    // Another device may have written it a moment ago: then its manifest is the one to check.
    if (!writeFileOnce(layout.workspaceFile, JSON.stringify(fresh, null, 2) + '\n')) {
      manifest = readManifest(layout);
    } else {
      manifest = fresh;
    }
  }
  if (manifest === null) return { ok: true, workspaceId: null };
  if (manifest === 'unreadable') {
    return {
      ok: false,
      problem: { kind: 'unreadable', file, message: `${file} cannot be read as a Baton manifest` },
    };
  }
  if (manifest.formatVersion > ENCRYPTED_MANIFEST_FORMAT_VERSION) {
    return {
      ok: false,
      problem: {
        kind: 'unsupported-format',
        file,
        message: `${file} is in sync format ${manifest.formatVersion}; this Baton reads ${ENCRYPTED_MANIFEST_FORMAT_VERSION}: update Baton`,
      },
    };
  }
  if (local !== null && manifest.workspaceId !== local) {
    return {
      ok: false,
      problem: {
        kind: 'workspace-mismatch',
        file,
        message:
          `The shared folder holds workspace ${manifest.workspaceId}, but this database is ` +
          `workspace ${local}: nothing was synced. Choose the folder of this workspace.`,
      },
    };
  }
  const locked = teamKeyProblem(db, manifest);
  if (locked) return { ok: false, problem: { kind: 'encrypted', file, message: locked } };
  return { ok: true, workspaceId: manifest.workspaceId };
}

/**
 * Why this laptop may not sync with an encrypted (or not encrypted) workspace, or null. The
 * team key it keeps must be this workspace's and open it; without one it syncs only with a
 * plaintext workspace. Checked before anything is read or written, so a wrong or missing
 * passphrase never gets as far as a batch.
 */
function teamKeyProblem(db: BatonDatabase, manifest: WorkspaceManifest): string | null {
  const kept = readTeamKey(db);
  const nothing = 'Nothing was synced.';
  if (manifest.encryption === undefined) {
    if (kept === null) return null;
    return kept.workspaceId === manifest.workspaceId
      ? `The shared folder's workspace.json says the workspace is not encrypted, but this ` +
          `laptop joined it with a passphrase (was workspace.json replaced?). ${nothing} To ` +
          `sync without encryption, set up sync again without a passphrase.`
      : `This laptop keeps the team key of another workspace (${kept.workspaceId}). ${nothing} ` +
          `Set up sync with this folder again.`;
  }
  if (kept === null || kept.workspaceId !== manifest.workspaceId) {
    return (
      `This workspace is encrypted: enter the team passphrase in Settings → Sync (stop ` +
      `syncing, then join the team folder again with it). ${nothing}`
    );
  }
  if (sodiumIfLoaded() === null) {
    return `The encryption library is still loading. ${nothing} Sync tries again in a moment.`;
  }
  if (!opensWorkspace(kept.teamKey, manifest.encryption)) {
    return (
      `The team key this laptop keeps does not open this workspace (was its workspace.json ` +
      `made again with another passphrase?): enter the team passphrase again in Settings → ` +
      `Sync (stop syncing, then join the team folder again with it). ${nothing}`
    );
  }
  return null;
}

/** `workspace.json` as it is in the folder: null when there is none, 'unreadable' otherwise. */
export function readManifest(layout: FolderLayout): WorkspaceManifest | 'unreadable' | null {
  let text: string;
  try {
    text = fs.readFileSync(layout.workspaceFile, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable';
  }
  try {
    const parsed = WorkspaceManifest.safeParse(JSON.parse(text));
    if (!parsed.success) return 'unreadable';
    // An encrypted workspace says so twice (version and object); one without the other is damage.
    const encrypted = parsed.data.formatVersion === ENCRYPTED_MANIFEST_FORMAT_VERSION;
    const known = parsed.data.formatVersion <= ENCRYPTED_MANIFEST_FORMAT_VERSION;
    if (known && encrypted !== (parsed.data.encryption !== undefined)) return 'unreadable';
    return parsed.data;
  } catch {
    return 'unreadable';
  }
}

/** A device refreshes its `last seen` in `device.json` at most this often when idle. */
export const DEVICE_SEEN_EVERY_MS = 60 * 60 * 1000;

const DeviceManifest = z.object({
  format: z.literal('baton-device'),
  formatVersion: z.number().int(),
  deviceId: z.string(),
  deviceName: z.string(),
  personId: z.string().nullable().optional(),
  schemaVersion: z.number().int().optional(),
  appVersion: z.string().optional(),
  lastSeen: z.string().optional(),
});
export type DeviceManifest = z.infer<typeof DeviceManifest>;

/**
 * `device.json`: who this device is, for teammates' "devices seen" list. Rewritten when what it
 * says changes, when `fresh` (this run exported a batch), or when its `lastSeen` is an hour
 * old, so an idle laptop polling every 30 s does not make cloud clients upload it each time.
 */
export function writeDeviceFile(
  db: BatonDatabase,
  layout: FolderLayout,
  options: { at: string; appVersion: string | null; fresh: boolean },
): void {
  const info = db.deviceInfo();
  const file = path.join(layout.deviceDir(db.deviceId), DEVICE_FILE);
  const content = {
    format: 'baton-device',
    formatVersion: MANIFEST_FORMAT_VERSION,
    deviceId: db.deviceId,
    deviceName: info.deviceName,
    personId: info.personId,
    schemaVersion: db.schemaVersion,
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
  };
  if (!options.fresh) {
    const current = readDeviceFile(file);
    if (current) {
      const { lastSeen, ...rest } = current;
      const same = JSON.stringify(rest) === JSON.stringify(content);
      const seenAgo = Date.parse(options.at) - Date.parse(lastSeen ?? '');
      if (same && seenAgo >= 0 && seenAgo < DEVICE_SEEN_EVERY_MS) return;
    }
  }
  writeIfChanged(file, { ...content, lastSeen: options.at });
}

function readDeviceFile(file: string): DeviceManifest | null {
  try {
    const parsed = DeviceManifest.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every device's `device.json` in the folder that reads as one (others are left out). */
export function readDeviceFiles(layout: FolderLayout): DeviceManifest[] {
  let ids: string[];
  try {
    ids = fs.readdirSync(layout.devicesDir);
  } catch {
    return [];
  }
  return ids
    .sort()
    .flatMap((id) => readDeviceFile(path.join(layout.deviceDir(id), DEVICE_FILE)) ?? [])
    .filter((d) => ids.includes(d.deviceId));
}

/** The workspace id `workspace.json` names, null when there is none, 'unreadable' otherwise. */
export function folderWorkspaceId(layout: FolderLayout): string | null | 'unreadable' {
  const manifest = readManifest(layout);
  return manifest === null || manifest === 'unreadable' ? manifest : manifest.workspaceId;
}

/**
 * `ack.json`: the sequence applied from each teammate, so a later increment can compact batches
 * every device has. Rewritten only when it changes, to spare cloud clients an upload.
 */
export function writeAckFile(
  db: BatonDatabase,
  layout: FolderLayout,
  applied: Map<string, number>,
): void {
  writeIfChanged(path.join(layout.deviceDir(db.deviceId), ACK_FILE), {
    format: 'baton-ack',
    formatVersion: MANIFEST_FORMAT_VERSION,
    deviceId: db.deviceId,
    applied: Object.fromEntries([...applied].sort(([a], [b]) => a.localeCompare(b))),
  });
}

function writeIfChanged(file: string, content: object): void {
  const text = JSON.stringify(content, null, 2) + '\n';
  try {
    if (fs.readFileSync(file, 'utf8') === text) return;
  } catch {
    // Missing or unreadable: write it.
  }
  writeFileAtomic(file, text);
}
