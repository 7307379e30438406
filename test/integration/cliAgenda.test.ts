import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/startBackend';
import { runBaton } from '../harness/batonCli';
import { pdfText } from '../harness/exportSample';
import { handedOffLead, salesAndMarketing } from '../harness/leadSeed';
import { makeTempDir } from '../harness/tempDir';

// `baton export-agenda` as a real child process over a real data folder: the weekly sync
// agenda of the week holding --week, as PDF or Markdown; a bad day or format is named and
// nothing is written.

let t: ReturnType<typeof makeTempDir>;
let dataDir: string;
// Wednesday 2026-03-18 10:00 UTC: a rejected handoff in the week of 2026-03-16.
let clock = Date.parse('2026-03-18T10:00:00.000Z');

beforeAll(async () => {
  t = makeTempDir('baton-cli-agenda-');
  dataDir = path.join(t.dir, 'data');
  const b = startBackend({ dataDir, now: () => clock });
  const api = b.client;
  const { sam } = await salesAndMarketing(api, { name: 'Northwind Agency', homeTimeZone: 'UTC' });
  await api.leads.setScoring({
    fitRules: [],
    touchPoints: { meeting: 50 },
    halfLifeDays: null,
    salesReadyThreshold: 40,
  });
  const lead = await handedOffLead(
    api,
    { personName: 'Ana Ruiz', email: 'ana@beta.example', assigneeId: sam.id },
    ['meeting'],
  );
  clock += 3_600_000;
  await api.leads.reject({ id: lead.id, reasonCode: 'no-budget', text: 'Next year' });
  b.close();
}, 60_000);
afterAll(() => t.cleanup());

it('writes the agenda of the week holding --week as a PDF, or as Markdown', async () => {
  const pdf = path.join(t.dir, 'agenda.pdf');
  const r = await runBaton([
    'export-agenda',
    '--out',
    pdf,
    '--week',
    '2026-03-20',
    '--data-dir',
    dataDir,
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('the agenda of 2026-03-16 to 2026-03-22');
  const text = pdfText(pdf).text.replace(/\s+/g, ' ');
  expect(text).toContain('Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22');
  expect(text).toContain('Ana Ruiz');
  expect(text).toContain('rejected: No budget (Next year)');

  const md = path.join(t.dir, 'agenda.txt');
  const m = await runBaton([
    'export-agenda',
    '--out',
    md,
    '--week',
    '2026-03-16',
    '--format',
    'md',
    '--data-dir',
    dataDir,
  ]);
  expect(m.code).toBe(0);
  const markdown = fs.readFileSync(md, 'utf8');
  expect(markdown.startsWith('# Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22')).toBe(
    true,
  );
  expect(markdown).toContain(
    '| Ana Ruiz | Beta GmbH | — | 2026-03-18 | rejected: No budget (Next year) |',
  );
}, 60_000);

it('refuses a bad day or format naming the option, and writes nothing', async () => {
  const out = path.join(t.dir, 'bad.pdf');
  const day = await runBaton([
    'export-agenda',
    '--out',
    out,
    '--week',
    '2026-02-30',
    '--data-dir',
    dataDir,
  ]);
  expect(day.code).toBe(2);
  expect(day.stderr).toContain('--week must be a date like 2026-03-16, not "2026-02-30"');
  const format = await runBaton([
    'export-agenda',
    '--out',
    out,
    '--format',
    'docx',
    '--data-dir',
    dataDir,
  ]);
  expect(format.code).toBe(2);
  expect(format.stderr).toContain('--format must be md or pdf, not "docx"');
  const noOut = await runBaton(['export-agenda', '--data-dir', dataDir]);
  expect(noOut.code).toBe(2);
  expect(noOut.stderr).toContain('Usage: baton export-agenda --out FILE');
  expect(fs.existsSync(out)).toBe(false);
}, 60_000);
