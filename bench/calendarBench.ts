import { listCalendar } from '../electron/backend/services/calendarService';
import { startBackend } from '../electron/backend/startBackend';
import { CALENDAR_CHANNELS } from '../shared/model';
import { median, percentile, tempDir, timeEach, type Measurement } from './lib';

const RUNS = 7;
const ITEMS = 5_000;

/**
 * calendar.list for one month with every coordination rule checked, over 5,000 items all in
 * that month (the worst case for a month view): channels, campaigns and 40 audience segments
 * spread over the days, so the rules find real clashes to name.
 */
export async function benchCalendar(): Promise<Measurement[]> {
  const t = tempDir();
  const backend = startBackend({ dataDir: t.dir });
  try {
    await backend.client.workspace.loadDemo();
    const ctx = backend.context;
    const campaigns = (await backend.client.campaigns.list()).map((c) => c.id);
    ctx.db.write(null, (tx) => {
      for (let i = 0; i < ITEMS; i++) {
        const day = 1 + (i % 31);
        const minute = (i * 37) % (24 * 60);
        tx.insert('calendarItem', {
          campaignId: campaigns[i % campaigns.length] ?? null,
          channel: CALENDAR_CHANNELS[i % CALENDAR_CHANNELS.length]!,
          title: i % 9 === 0 ? `Teaser ${i}` : `Item ${i}`,
          at: new Date(Date.UTC(2026, 2, day, Math.floor(minute / 60), minute % 60)).toISOString(),
          timeZone: 'Europe/Berlin',
          audienceSegment: i % 4 === 0 ? '' : `Segment ${i % 40}`,
          ownerId: null,
          status: 'planned',
          notes: '',
          sourceItemId: null,
          adaptationNote: '',
          createdAt: tx.at,
        });
      }
    });
    const query = { from: '2026-03-01', to: '2026-03-31' };
    const first = listCalendar(ctx, query);
    const runs = timeEach(RUNS, () => listCalendar(ctx, query));
    return [
      {
        name: `calendar.list for a month, ${ITEMS.toLocaleString('en-US')} items`,
        value: median(runs),
        unit: 'ms',
        detail: `p95 ${percentile(runs, 95).toFixed(0)} ms, n=${RUNS}; ${first.items.length.toLocaleString('en-US')} items shown, ${first.warnings.length.toLocaleString('en-US')} warnings, in process`,
      },
    ];
  } finally {
    backend.close();
    t.cleanup();
  }
}

// Run on its own: `npx tsx bench/calendarBench.ts`.
if (process.argv[1]?.endsWith('calendarBench.ts')) {
  void benchCalendar().then((m) => console.log(JSON.stringify(m, null, 2)));
}
