import { parentPort, workerData } from 'node:worker_threads';
import { campaignsChangedSince } from '../backend/views/noticeCampaigns';
import { BatonDatabase } from '../db/batonDatabase';
import { syncFolderAsync } from './syncFolder';
import type { FromSyncWorker, SyncWorkerData, ToSyncWorker } from './syncWorkerMessages';

// The sync worker thread (started by syncWorkerClient.ts): its own connection to this
// laptop's database, so reading, verifying and applying teammates' batches never holds the
// thread that answers the windows. SQLite in WAL mode lets the app's connection read
// meanwhile; its writes wait at most for the one batch being applied.

const port = parentPort!;
const { dataDir } = workerData as SyncWorkerData;
const db = BatonDatabase.open(dataDir);
const abort = new AbortController();
let running: Promise<void> = Promise.resolve();

const send = (message: FromSyncWorker) => port.postMessage(message);

// Rows applied here are told to the app's thread, for open windows and its caches.
db.onCommit((event) => {
  if (event.origin !== 'sync' || !event.changeRows) return;
  // Read here, on this thread: the log rows a batch appended name the cards it changed.
  const { after, upTo } = event.changeRows;
  const campaignIds = campaignsChangedSince(db, after, upTo);
  send({ kind: 'applied', rows: event.rows, followed: { after, upTo, campaignIds } });
});

async function run(id: number, folder: string, appVersion: string | undefined): Promise<void> {
  let reported = false;
  try {
    // The report goes out as soon as the changes are committed; the checkpoint after it is
    // this thread's housekeeping, which the windows need not wait for.
    await syncFolderAsync(db, folder, {
      appVersion,
      signal: abort.signal,
      onReport: (report) => {
        reported = true;
        send({ kind: 'done', id, report });
      },
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!reported) send({ kind: 'failed', id, message });
    else console.error(`Baton: the checkpoint after sync run ${id} failed: ${message}`);
  } finally {
    send({ kind: 'settled', id });
  }
}

port.on('message', (message: ToSyncWorker) => {
  if (message.kind === 'run') {
    // The client never overlaps runs; chaining keeps that true even if it did.
    running = running.then(() => run(message.id, message.folder, message.appVersion));
    return;
  }
  // Stop: the batch being applied finishes (all or nothing), then the connection closes.
  abort.abort(new Error('Sync has stopped'));
  void running.then(() => {
    db.close();
    port.close();
  });
});
