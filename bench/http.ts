import { startBackend } from '../electron/backend/startBackend';
import { startWebServer } from '../electron/backend/web/webServer';
import { createHttpClient } from '../renderer/api/client';
import { median, percentile, tempDir, timeEachAsync, type Measurement } from './lib';

const CALLS = 500;

/** The browser harness's transport: one trivial call and one small write over HTTP. */
export async function benchHttp(): Promise<Measurement[]> {
  const t = tempDir();
  const backend = startBackend({ dataDir: t.dir });
  const server = await startWebServer({ backend, staticDir: null, port: 0 });
  try {
    await backend.client.workspace.loadDemo();
    const client = createHttpClient(`http://127.0.0.1:${server.port}`, server.token);
    for (let i = 0; i < 50; i++) await client.system.info();
    const info = await timeEachAsync(CALLS, () => client.system.info());
    const campaign = (await client.campaigns.list())[0]!;
    for (let i = 0; i < 20; i++)
      await client.campaigns.update({ id: campaign.id, name: `Warm ${i}` });
    const writes = await timeEachAsync(CALLS, (i) =>
      client.campaigns.update({ id: campaign.id, name: `Renamed ${i}` }),
    );
    return [
      {
        name: `HTTP round trip: system.info (p50; n=${CALLS})`,
        value: median(info),
        unit: 'ms',
        detail: `p95 ${percentile(info, 95).toFixed(2)} ms, max ${Math.max(...info).toFixed(1)} ms`,
      },
      {
        name: `HTTP round trip: campaigns.update, a write (p95; n=${CALLS})`,
        value: percentile(writes, 95),
        unit: 'ms',
        detail: `p50 ${median(writes).toFixed(2)} ms`,
        budget: 50,
        budgetNote: 'move round trip p95 < 50 ms (whole UI loop)',
      },
    ];
  } finally {
    await server.close();
    backend.close();
    t.cleanup();
  }
}
