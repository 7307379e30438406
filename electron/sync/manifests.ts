import fs from 'node:fs';
import path from 'node:path';
import { isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { BatonDatabase } from '../db/batonDatabase';
import { workspaces } from '../db/schema';
import { ACK_FILE, DEVICE_FILE, type FolderLayout } from './folderLayout';
import { writeFileAtomic, writeFileOnce } from './sealedFile';
import type { SyncProblem } from './syncProblem';

/** The small JSON files beside the batches (docs/sync-format.md): manifest, device, acks. */
export const MANIFEST_FORMAT_VERSION = 1;

const WorkspaceManifest = z.object({
  format: z.literal('baton-workspace'),
  formatVersion: z.number().int(),
  workspaceId: z.string().min(1),
  createdAt: z.string(),
});
type WorkspaceManifest = z.infer<typeof WorkspaceManifest>;

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
    const fresh: WorkspaceManifest = {
      format: 'baton-workspace',
      formatVersion: MANIFEST_FORMAT_VERSION,
      workspaceId: local,
      createdAt: at,
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
  if (manifest.formatVersion > MANIFEST_FORMAT_VERSION) {
    return {
      ok: false,
      problem: {
        kind: 'unsupported-format',
        file,
        message: `${file} is in sync format ${manifest.formatVersion}; this Baton reads ${MANIFEST_FORMAT_VERSION}: update Baton`,
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
  return { ok: true, workspaceId: manifest.workspaceId };
}

function readManifest(layout: FolderLayout): WorkspaceManifest | 'unreadable' | null {
  let text: string;
  try {
    text = fs.readFileSync(layout.workspaceFile, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable';
  }
  try {
    const parsed = WorkspaceManifest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
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
