import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBoardRender } from './boardRender';
import { benchCalendar } from './calendarBench';
import { benchCampaignList } from './campaignList';
import { benchColdStart } from './coldStart';
import { cachedDataset } from './dataset';
import { benchExport } from './exportBench';
import { benchGate } from './gate';
import { benchHealth } from './health';
import { benchHttp } from './http';
import { benchSyncBootstrap } from './syncBootstrap';
import { benchSync } from './syncCatchUp';
import { fmt, RESULTS_DIR, table, verdict, type Measurement } from './lib';
import { benchWritePath } from './writePath';

/**
 * `npm run bench`: measures what ARCHITECTURE.md budgets (and the write path under them),
 * prints a table and saves it as JSON under bench/results. Not a test: numbers vary by machine.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const results: Measurement[] = [];
  const step = async (label: string, run: () => Promise<Measurement[]> | Measurement[]) => {
    const t = performance.now();
    process.stderr.write(`${label}… `);
    results.push(...(await run()));
    process.stderr.write(`${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  };

  let dataset!: Awaited<ReturnType<typeof cachedDataset>>;
  await step('big database (bench/.cache)', async () => {
    dataset = await cachedDataset();
    return [
      {
        name: `Benchmark database: ${dataset.campaigns.toLocaleString('en-US')} campaigns, ${dataset.changes.toLocaleString('en-US')} change rows`,
        value: dataset.bytes / 1048576,
        unit: 'MB',
        detail:
          dataset.generatedMs === null
            ? 'from cache'
            : `generated through the write path in ${(dataset.generatedMs / 1000).toFixed(1)} s`,
      },
    ];
  });
  await step('write path', benchWritePath);
  await step('cold start', () => benchColdStart(dataset));
  await step('HTTP round trips', benchHttp);
  await step('gate evaluation', benchGate);
  await step('campaigns.list', () => benchCampaignList(dataset));
  await step('sync bootstrap from a snapshot', () => benchSyncBootstrap(dataset));
  await step('sync catch-up and routine batch', benchSync);
  await step('board in Chromium', benchBoardRender);
  await step('handoff health', benchHealth);
  await step('PDF export', benchExport);
  await step('calendar month', benchCalendar);
  await step('leads import and re-score', async () => (await import('./leadsBench')).benchLeads());

  const rows = [
    ['Measurement', 'Result', 'Budget', '', 'Detail'],
    ...results.map((m) => [
      m.name,
      fmt(m.value, m.unit),
      m.budget === undefined
        ? '—'
        : `${fmt(m.budget, m.unit)}${m.budgetNote ? ` (${m.budgetNote})` : ''}`,
      verdict(m),
      m.detail ?? '',
    ]),
  ];
  const totalS = (performance.now() - started) / 1000;
  console.log(`\n${table(rows)}\n`);
  console.log(
    `${os.cpus().length}× ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; total ${totalS.toFixed(1)} s`,
  );
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(
    RESULTS_DIR,
    `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  fs.writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), node: process.version, totalS, results },
      null,
      2,
    ),
  );
  console.log(`saved ${path.relative(process.cwd(), file)}`);
  if (results.some((m) => verdict(m) === 'OVER BUDGET')) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
