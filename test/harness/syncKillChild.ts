// A laptop's sync in a child process that stops dead at one chosen point and waits to be
// killed (SIGKILL) by the test: no hook in the app's code. The point is chosen from outside:
//
//   write  the batch file's temp copy is half written (node's fs is wrapped in this process
//          only: the first half reaches the disk, then the process hangs, as under a kill
//          during the write)
//   rename the batch file is sealed and renamed into place, not yet recorded in the database
//   apply  inside the transaction that applies a teammate's batch, after `after` of its
//          changes were inserted (a TEMP trigger of this connection calls into this script)
//
// Usage: tsx syncKillChild.ts <dataDir> <sharedDir> <write|rename|apply> <markerFile> [after]
// It writes JSON to <markerFile> when it stops, then hangs until killed.
import fs from 'node:fs';
import { BatonDatabase } from '../../electron/db/batonDatabase';
import { syncFolder } from '../../electron/sync';

const [dataDir, sharedDir, point, marker, afterArg] = process.argv.slice(2);
if (!dataDir || !sharedDir || !marker || !['write', 'rename', 'apply'].includes(point ?? '')) {
  throw new Error(
    'usage: syncKillChild <dataDir> <sharedDir> <write|rename|apply> <marker> [after]',
  );
}

function stopHere(info: Record<string, unknown>): never {
  fs.writeFileSync(marker!, JSON.stringify(info));
  // Blocks this thread for good: the parent's SIGKILL is the only way out.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  throw new Error('unreachable');
}

const TEMP_BATCH = /\.\d{10}\.batch\.[0-9a-f]+\.tmp$/;

if (point === 'write') {
  const tempOfFd = new Map<number, string>();
  const openSync = fs.openSync;
  const writeFileSync = fs.writeFileSync;
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    const fd = (openSync as (...a: unknown[]) => number)(file, ...rest);
    if (TEMP_BATCH.test(String(file))) tempOfFd.set(fd, String(file));
    return fd;
  }) as typeof fs.openSync;
  fs.writeFileSync = ((target: fs.PathOrFileDescriptor, data: unknown, ...rest: unknown[]) => {
    const temp = typeof target === 'number' ? tempOfFd.get(target) : undefined;
    if (temp === undefined || !(Buffer.isBuffer(data) || typeof data === 'string')) {
      return (writeFileSync as (...a: unknown[]) => void)(target, data, ...rest);
    }
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    const half = Math.floor(bytes.length / 2);
    fs.writeSync(target as number, bytes, 0, half);
    fs.fsyncSync(target as number);
    return stopHere({ point, temp, written: half, total: bytes.length });
  }) as typeof fs.writeFileSync;
}

if (point === 'rename') {
  const renameSync = fs.renameSync;
  fs.renameSync = ((from: fs.PathLike, to: fs.PathLike) => {
    renameSync(from, to);
    if (TEMP_BATCH.test(String(from))) stopHere({ point, file: String(to) });
  }) as typeof fs.renameSync;
}

const db = BatonDatabase.open(dataDir);

if (point === 'apply') {
  const after = Number(afterArg ?? 1);
  let inserted = 0;
  db.sqlite.function('baton_test_stop', { varargs: false }, () => {
    inserted++;
    if (inserted === after) stopHere({ point, inserted, inTransaction: db.sqlite.inTransaction });
    return null;
  });
  // TEMP: lives in this connection only, the database file's schema is untouched.
  db.sqlite.exec(`CREATE TEMP TRIGGER stop_mid_apply AFTER INSERT ON main.changes
    WHEN NEW.device_id <> '${db.deviceId}' BEGIN SELECT baton_test_stop(); END`);
}

const report = syncFolder(db, sharedDir);
db.close();
fs.writeFileSync(marker, JSON.stringify({ point: 'finished', report }));
