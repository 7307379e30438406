import { eq } from 'drizzle-orm';
import { startBackend } from '../electron/backend/startBackend';
import * as s from '../electron/db/schema';
import { demoWorkspace } from './dataset';
import { median, percentile, tempDir, timeEach, timeEachAsync, type Measurement } from './lib';

const SINGLE = 2000;
const BATCHES = 50;
const BATCH = 100;
const API_CALLS = 1000;

/**
 * Write-path throughput on a demo-sized database: single-field updates, each one transaction
 * with its change row (what a person typing in a field produces), then 100 per transaction.
 */
export async function benchWritePath(): Promise<Measurement[]> {
  const t = tempDir();
  try {
    await demoWorkspace(t.dir);
    const backend = startBackend({ dataDir: t.dir });
    const db = backend.context.db;
    const people = db.read.select().from(s.people).all();
    const person = people[0]!;
    const changes = () => db.sqlite.prepare('SELECT count(*) FROM changes').pluck().get() as number;

    // Warm up statements and the page cache.
    for (let i = 0; i < 200; i++)
      db.write(null, (tx) => tx.update('person', person.id, { roleTitle: `w${i}` }));

    const before = changes();
    const single = timeEach(SINGLE, (i) =>
      db.write(null, (tx) => tx.update('person', person.id, { roleTitle: `Role ${i}` })),
    );
    const singleTotal = single.reduce((a, b) => a + b, 0);
    if (changes() - before !== SINGLE) throw new Error('expected one change row per update');

    const batched = timeEach(BATCHES, (b) =>
      db.write(null, (tx) => {
        for (let i = 0; i < BATCH; i++) {
          tx.update('person', people[i % people.length]!.id, { roleTitle: `Batch ${b}.${i}` });
        }
      }),
    );
    const batchedTotal = batched.reduce((a, b) => a + b, 0);

    const api = await timeEachAsync(API_CALLS, (i) =>
      backend.client.people.update({ id: person.id, roleTitle: `Api ${i}` }),
    );
    const apiTotal = api.reduce((a, b) => a + b, 0);
    const check = db.read.select().from(s.people).where(eq(s.people.id, person.id)).get();
    if (check?.roleTitle !== `Api ${API_CALLS - 1}`) throw new Error('API updates did not land');
    backend.close();

    return [
      {
        name: 'Write path: single-field update, 1 per transaction',
        value: (SINGLE / singleTotal) * 1000,
        unit: 'ops/s',
        detail: `p50 ${median(single).toFixed(3)} ms, p95 ${percentile(single, 95).toFixed(3)} ms, n=${SINGLE}`,
      },
      {
        name: 'Write path: single-field updates, 100 per transaction',
        value: ((BATCHES * BATCH) / batchedTotal) * 1000,
        unit: 'ops/s',
        detail: `p50 ${median(batched).toFixed(2)} ms per transaction, n=${BATCHES}`,
      },
      {
        name: 'Write via in-process API (people.update)',
        value: median(api),
        unit: 'ms',
        detail: `p95 ${percentile(api, 95).toFixed(3)} ms, ${Math.round((API_CALLS / apiTotal) * 1000)} ops/s`,
        budget: 50,
        budgetNote: 'move round trip p95 < 50 ms (whole UI loop)',
      },
    ];
  } finally {
    t.cleanup();
  }
}
