import fs from 'node:fs';
import { openDevice, START, type SyncDevice } from './syncDevices';
import { makeTempDir } from './tempDir';

/**
 * A laptop whose data folder the test chooses (and may hand to a child process, copy or open
 * again): what `syncTeam().device` is for a folder it creates itself. `close()` closes the
 * database and leaves the folder.
 */
export function deviceAt(
  name: string,
  dataDir: string,
  sharedDir: string,
  startMs = START,
): SyncDevice & { close(): void } {
  return openDevice(name, dataDir, sharedDir, startMs);
}

/** A copy of a closed device's data folder (or a shared folder) in a fresh temp folder. */
export function copyOfFolder(src: string, prefix: string): { dir: string; cleanup: () => void } {
  const copy = makeTempDir(prefix);
  fs.cpSync(src, copy.dir, { recursive: true });
  return copy;
}
