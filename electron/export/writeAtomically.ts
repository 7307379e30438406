import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `bytes` to `file` so that a reader sees the old file or the whole new one, never half:
 * a temp file in the same folder (rename is atomic only within one file system), fsync, rename.
 * On failure the temp file is removed, so nothing is left behind.
 */
export function writeAtomically(file: string, bytes: Buffer | string) {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
