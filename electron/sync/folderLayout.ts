import path from 'node:path';

/**
 * Where things live in the shared folder (docs/sync-format.md). Everything Baton writes is under
 * `<shared>/baton/`; each device writes only inside `devices/<its id>/`.
 * Names use only [0-9a-f.] and digits: legal on Windows, macOS and Linux, short paths.
 */
export const ROOT_DIR = 'baton';
export const WORKSPACE_FILE = 'workspace.json';
export const DEVICE_FILE = 'device.json';
export const ACK_FILE = 'ack.json';
export const BATCHES_DIR = 'batches';
export const SNAPSHOTS_DIR = 'snapshots';

const SEQ_DIGITS = 10;
const BATCH_NAME = /^(\d{10})\.batch$/;
const SNAPSHOT_NAME = /^(\d{10})\.snapshot$/;
export const DEVICE_ID = /^[0-9a-f]{16}$/;
/** Our own temp files: `.<final name>.<random>.tmp`, never read by anyone. */
const TEMP_NAME = /^\..+\.tmp$/;

export class FolderLayout {
  readonly root: string;

  constructor(readonly sharedFolder: string) {
    this.root = path.join(sharedFolder, ROOT_DIR);
  }

  get workspaceFile(): string {
    return path.join(this.root, WORKSPACE_FILE);
  }

  get devicesDir(): string {
    return path.join(this.root, 'devices');
  }

  deviceDir(deviceId: string): string {
    return path.join(this.devicesDir, deviceId);
  }

  batchesDir(deviceId: string): string {
    return path.join(this.deviceDir(deviceId), BATCHES_DIR);
  }

  batchFile(deviceId: string, seq: number): string {
    return path.join(this.batchesDir(deviceId), batchFileName(seq));
  }

  snapshotsDir(deviceId: string): string {
    return path.join(this.deviceDir(deviceId), SNAPSHOTS_DIR);
  }

  snapshotFile(deviceId: string, number: number): string {
    return path.join(this.snapshotsDir(deviceId), snapshotFileName(number));
  }

  /** A path for reports: relative to the shared folder, with forward slashes on every OS. */
  relative(file: string): string {
    return path.relative(this.sharedFolder, file).split(path.sep).join('/');
  }
}

/** `0000000042.batch`: the sequence alone (an HLC holds `:`, which Windows forbids). */
export function batchFileName(seq: number): string {
  return `${String(seq).padStart(SEQ_DIGITS, '0')}.batch`;
}

/** The sequence a batch file name stands for, or null for any other name. */
export function seqOfBatchFile(name: string): number | null {
  const m = BATCH_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * `0000000042.snapshot`: the number of batches the snapshot covers (the sum of its `covers`),
 * so a later snapshot of a device, covering more, sorts after the earlier ones.
 */
export function snapshotFileName(number: number): string {
  return `${String(number).padStart(SEQ_DIGITS, '0')}.snapshot`;
}

/** The number a snapshot file name stands for, or null for any other name. */
export function numberOfSnapshotFile(name: string): number | null {
  const m = SNAPSHOT_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

export function isTempFile(name: string): boolean {
  return TEMP_NAME.test(name);
}
