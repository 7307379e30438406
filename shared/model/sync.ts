import { z } from 'zod';
import { IsoDateTime, Name } from './common';

/** Folder sync as the Settings → Sync screen and `baton sync-status` see it. */

/** A file in the shared folder that sync did not apply (docs/sync-format.md, "Files that are not right"). */
export const SyncProblem = z.object({
  kind: z.string(),
  /** Path relative to the shared folder, with forward slashes. */
  file: z.string(),
  message: z.string(),
});
export type SyncProblem = z.infer<typeof SyncProblem>;

/** A batch from a newer schema, kept and applied after this Baton is updated. */
export const ParkedBatch = z.object({
  file: z.string(),
  deviceId: z.string(),
  seq: z.number().int(),
  schemaVersion: z.number().int(),
  message: z.string(),
});
export type ParkedBatch = z.infer<typeof ParkedBatch>;

/** One run: how many batch files it wrote and applied, and what it could not apply. */
export const SyncRunResult = z.object({
  at: IsoDateTime,
  exported: z.number().int().nonnegative(),
  applied: z.number().int().nonnegative(),
  parked: z.array(ParkedBatch),
  problems: z.array(SyncProblem),
  /** Set when the run stopped early (read-only database, an unexpected failure). */
  error: z.string().nullable(),
});
export type SyncRunResult = z.infer<typeof SyncRunResult>;

/** A device that has written to the shared folder, from its `device.json`. */
export const SyncDevice = z.object({
  deviceId: z.string(),
  deviceName: z.string(),
  appVersion: z.string().nullable(),
  lastSeen: IsoDateTime.nullable(),
  /** This laptop. */
  isThisDevice: z.boolean(),
});
export type SyncDevice = z.infer<typeof SyncDevice>;

export const SyncStatus = z.object({
  /** The shared folder, null when sync is not set up on this laptop. */
  folder: z.string().nullable(),
  deviceId: z.string(),
  deviceName: z.string(),
  /** A run is in progress right now. */
  running: z.boolean(),
  lastRun: SyncRunResult.nullable(),
  devices: z.array(SyncDevice),
  /** This laptop's changes not written to the shared folder yet. */
  pendingChanges: z.number().int().nonnegative(),
  parked: z.array(ParkedBatch),
  problems: z.array(SyncProblem),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncSetupMode = z.enum(['create', 'join']);
export type SyncSetupMode = z.infer<typeof SyncSetupMode>;

export const SyncSetupInput = z.object({
  /** An existing folder the team shares (Dropbox, Drive, OneDrive, a NAS), absolute path. */
  folder: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(4096, { message: 'must be at most 4,096 characters' }),
  deviceName: Name,
  /** `create`: share this workspace in the folder; `join`: take the workspace already there. */
  mode: SyncSetupMode,
  /**
   * The team passphrase: with `create` into an empty folder it encrypts the team folder
   * (optional); an encrypted team folder needs it to join. Never trimmed: spaces count.
   */
  passphrase: z
    .string()
    .min(8, { message: 'must be at least 8 characters' })
    .max(1024, { message: 'must be at most 1,024 characters' })
    .optional(),
});
export type SyncSetupInput = z.infer<typeof SyncSetupInput>;
