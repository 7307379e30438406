import { healthReport } from '../electron/backend/services/healthService';
import { startBackend } from '../electron/backend/startBackend';
import { addCampaigns } from './dataset';
import { median, percentile, tempDir, timeEach, type Measurement } from './lib';

const RUNS = 7;

/**
 * health.report on the sample agency plus 2,000 campaigns: 1,500 with their current handoff only
 * and 500 that passed earlier stages (submitted, approved, acknowledged, done), about 200,000
 * change rows. Its own small database rather than the cached big one, whose campaigns have no
 * handoff history to measure.
 */
export async function benchHealth(): Promise<Measurement[]> {
  const t = tempDir();
  const backend = startBackend({ dataDir: t.dir });
  try {
    await backend.client.workspace.loadDemo();
    const db = backend.context.db;
    addCampaigns(db, 1500);
    addCampaigns(db, 500, { pastHandoffs: true });
    const count = (table: string) =>
      db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const campaigns = count('campaigns');
    const changes = count('changes');
    const handoffs = count('handoffs');
    healthReport(backend.context, { weeks: 12 });
    const runs = timeEach(RUNS, () => healthReport(backend.context, { weeks: 12 }));
    return [
      {
        name: `health.report, ${campaigns.toLocaleString('en-US')} campaigns, ${changes.toLocaleString('en-US')} change rows`,
        value: median(runs),
        unit: 'ms',
        detail: `p95 ${percentile(runs, 95).toFixed(0)} ms, n=${RUNS}; ${handoffs.toLocaleString('en-US')} handoffs, 12-week trend, in process`,
      },
    ];
  } finally {
    backend.close();
    t.cleanup();
  }
}
