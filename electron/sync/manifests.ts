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

/** `device.json`: who this device is, for teammates' "devices seen" list. */
export function writeDeviceFile(db: BatonDatabase, layout: FolderLayout): void {
  const info = db.deviceInfo();
  writeIfChanged(path.join(layout.deviceDir(db.deviceId), DEVICE_FILE), {
    format: 'baton-device',
    formatVersion: MANIFEST_FORMAT_VERSION,
    deviceId: db.deviceId,
    deviceName: info.deviceName,
    personId: info.personId,
    schemaVersion: db.schemaVersion,
  });
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
