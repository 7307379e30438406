/**
 * Something in the shared folder that sync did not apply, told to a person. Problems are never
 * fatal and nothing is deleted: the file stays where it is and is looked at again next time
 * (a cloud client may still be downloading it).
 */
export type SyncProblemKind =
  /** Not a name Baton writes (a "conflicted copy", a stray file): ignored. */
  | 'foreign'
  /** No seal line yet: still being written or downloaded, or cut short. Retried. */
  | 'incomplete'
  /** Seal or header does not check out: bytes were changed or the file is not JSON. */
  | 'corrupt'
  /** Written in a batch format version this Baton does not know. */
  | 'unsupported-format'
  /** The header disagrees with where the file lies (another device's folder, another seq). */
  | 'misplaced'
  /** Applying failed (rows it refers to have not arrived yet, a constraint): rolled back, retried. */
  | 'not-applied'
  /** The shared folder belongs to another workspace than this database. */
  | 'workspace-mismatch'
  /** The folder or file could not be read at all. */
  | 'unreadable'
  /**
   * Batches a device needs are no longer in the folder (compaction removed them, or they are
   * not downloaded yet) and no snapshot covers them (electron/sync/snapshotCatchUp.ts).
   */
  | 'missing'
  /** The workspace is encrypted and this laptop has no team key for it (or another one). */
  | 'encrypted'
  /**
   * Not a fault of a file: another copy of this database wrote as this device, so this one
   * took a new device id (electron/sync/deviceIdentity.ts). Told once, in that run's report.
   */
  | 'reidentified';

export interface SyncProblem {
  kind: SyncProblemKind;
  /** Path relative to the shared folder, with forward slashes. */
  file: string;
  message: string;
}

/** A batch from a newer schema: kept in the folder, applied once this Baton is updated. */
export interface ParkedBatch {
  file: string;
  deviceId: string;
  seq: number;
  schemaVersion: number;
  message: string;
}
