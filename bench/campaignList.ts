import fs from 'node:fs';
import { startBackend } from '../electron/backend/startBackend';
import { startWebServer } from '../electron/backend/web/webServer';
import { dbFilePath } from '../electron/db/paths';
import { createHttpClient } from '../renderer/api/client';
import type { CachedDataset } from './dataset';
import { median, percentile, tempDir, timeEachAsync, type Measurement } from './lib';

const RUNS = 10;

/** The board's query for 2,000 campaigns: cards with their current handoff and gate. */
export async function benchCampaignList(dataset: CachedDataset): Promise<Measurement[]> {
  const t = tempDir();
  fs.copyFileSync(dbFilePath(dataset.dataDir), dbFilePath(t.dir));
  const backend = startBackend({ dataDir: t.dir });
  const server = await startWebServer({ backend, staticDir: null, port: 0 });
  try {
    const cards = (await backend.client.campaigns.list()).length;
    const inProcess = await timeEachAsync(RUNS, () => backend.client.campaigns.list());
    const client = createHttpClient(`http://127.0.0.1:${server.port}`, server.token);
    await client.campaigns.list();
    const overHttp = await timeEachAsync(RUNS, () => client.campaigns.list());
    return [
      {
        name: `campaigns.list, ${cards.toLocaleString('en-US')} cards (in process)`,
        value: median(inProcess),
        unit: 'ms',
        detail: `p95 ${percentile(inProcess, 95).toFixed(0)} ms, n=${RUNS}`,
        budget: 500,
        budgetNote: 'board first render < 500 ms (query + render)',
      },
      {
        name: `campaigns.list, ${cards.toLocaleString('en-US')} cards (over HTTP)`,
        value: median(overHttp),
        unit: 'ms',
        detail: `p95 ${percentile(overHttp, 95).toFixed(0)} ms, n=${RUNS}`,
        budget: 500,
        budgetNote: 'board first render < 500 ms (query + render)',
      },
    ];
  } finally {
    await server.close();
    backend.close();
    t.cleanup();
  }
}
