import path from 'node:path';

export const DB_FILE_NAME = 'baton.db';

export function dbFilePath(dataDir: string): string {
  return path.join(dataDir, DB_FILE_NAME);
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}
