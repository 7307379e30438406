import { commitLeadImport } from '../electron/backend/services/leadImportService';
import { setLeadScoring } from '../electron/backend/services/leadSettingsService';
import { startBackend } from '../electron/backend/startBackend';
import { DEFAULT_LEAD_SCORING } from '../shared/domain/leads';
import { tempDir, type Measurement } from './lib';

const LEADS = 50_000;

/** A CSV like a CRM export: semicolons, a BOM, quoted companies, dates, a few interests. */
function generatedCsv(n: number): string {
  const titles = [
    'Head of Growth',
    'Marketing Manager',
    'Director of Sales',
    'Analyst',
    'VP Product',
  ];
  const lines = ['\uFEFFName;Email;Company;Job title;Lead source;Interests;Created'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `Lead ${i};lead${i}@company${i % 997}.example;"Company ${i % 997}; GmbH";${titles[i % titles.length]};${i % 3 === 0 ? 'webinar' : 'paid'};api|pricing;2026-0${1 + (i % 9)}-1${i % 10}`,
    );
  }
  return lines.join('\n');
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/**
 * Importing 50,000 leads from a generated CSV (parse, plan, check every row, one write
 * transaction through the write path with its change log) and re-scoring all 50,000 when the
 * scoring rules change (one transaction). Each once: a second import would only find duplicates.
 */
export async function benchLeads(): Promise<Measurement[]> {
  const t = tempDir();
  const backend = startBackend({ dataDir: t.dir });
  try {
    await backend.client.workspace.create({
      name: 'Bench Agency',
      homeTimeZone: 'UTC',
      me: { name: 'Mia Marketing', email: 'mia@bench.example', roleTitle: 'Marketing' },
    });
    const ctx = backend.context;
    const csvText = generatedCsv(LEADS);
    const imported = timed(() =>
      commitLeadImport(ctx, { csvText, mapping: undefined, sourceCampaignId: null, lineOffset: 0 }),
    );
    const rescored = timed(() =>
      setLeadScoring(ctx, {
        ...DEFAULT_LEAD_SCORING,
        fitRules: [
          ...DEFAULT_LEAD_SCORING.fitRules,
          { field: 'sourceChannel', op: 'equals', values: ['webinar'], points: 5 },
        ],
      }),
    );
    return [
      {
        name: `import ${LEADS.toLocaleString('en-US')} leads from CSV`,
        value: imported.ms,
        unit: 'ms',
        detail: `${imported.value.imported.toLocaleString('en-US')} imported, ${(csvText.length / 1e6).toFixed(1)} MB, one transaction, in process`,
      },
      {
        name: `re-score ${LEADS.toLocaleString('en-US')} leads`,
        value: rescored.ms,
        unit: 'ms',
        detail: `${rescored.value.rescored.toLocaleString('en-US')} scores changed, one transaction, in process`,
      },
    ];
  } finally {
    backend.close();
    t.cleanup();
  }
}

// Run on its own: `npx tsx bench/leadsBench.ts`.
if (process.argv[1]?.endsWith('leadsBench.ts')) {
  void benchLeads().then((m) => console.log(JSON.stringify(m, null, 2)));
}
