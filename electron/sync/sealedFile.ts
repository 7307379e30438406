import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` so that readers see either no file or the whole file: a temp file beside the
 * target, fsync, rename over the target, fsync of the folder (so the rename survives a power
 * cut). Cloud clients upload the renamed file once, complete.
 */
export function writeFileAtomic(target: string, data: Buffer | string): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
  syncFolder(dir);
}

/**
 * Like writeFileAtomic for files that must never be replaced (batches): refuses when the
 * target already exists. Returns false then, and writes nothing.
 */
export function writeFileOnce(target: string, data: Buffer | string): boolean {
  if (fs.existsSync(target)) return false;
  writeFileAtomic(target, data);
  return true;
}

function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
