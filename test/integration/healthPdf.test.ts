import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatWait, percent } from '../../shared/domain/health/healthMarkdown';
import type { HealthReport } from '../../shared/model';
import { openBackend, type TestBackend } from '../harness/apiBindings';
import { pdfText, writeTemp } from '../harness/exportSample';

// The Health page exported as PDF for the team meeting, read back by poppler: the sample
// agency's most painful handoff is named first with its figures, as the page shows them.

let t: TestBackend;
let report: HealthReport;
let pdf: { text: string; pages: number };
let file: string;
let fileName: string;

beforeAll(async () => {
  t = openBackend();
  const api = t.backend.client;
  await api.workspace.loadDemo();
  report = await api.health.report({ weeks: 12 });
  const out = await api.exports.health({ format: 'pdf', weeks: 12 });
  expect(out.mimeType).toBe('application/pdf');
  fileName = out.fileName;
  file = writeTemp(t.dir, out.fileName, Buffer.from(out.base64, 'base64'));
  pdf = pdfText(file);
}, 60_000);
afterAll(() => t.close());

const squash = (s: string) => s.replace(/\s+/g, ' ');

it('names the most painful handoff first, with its pain score and figures', () => {
  const worst = report.types[0]!;
  expect(report.enoughHistory).toBe(true);
  const text = squash(pdf.text);
  expect(fileName).toMatch(/^handoff-health-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(text).toContain('Handoff health');
  expect(text).toContain(`The handoff that hurts most: ${worst.label}`);
  // Named before any other handoff type.
  const first = text.indexOf(worst.label);
  for (const other of report.types.slice(1)) {
    expect(text.indexOf(other.label), other.label).toBeGreaterThan(first);
  }
  expect(text).toContain(`1. ${worst.label} — pain ${worst.pain.score}`);
  expect(text).toContain(
    `Send-back rate: ${percent(worst.sendBack.rate)} (${worst.sendBack.count} of ${worst.sendBack.of} submitted)`,
  );
  expect(text).toContain(
    `Overdue rate: ${percent(worst.overdue.rate)} (${worst.overdue.count} of ${worst.overdue.of} with a due date)`,
  );
  expect(text).toContain(`Overrides: ${worst.overrides.count}`);
  for (const r of worst.topReasons) expect(text).toContain(`“${r.reason}” × ${r.count}`);
  const submitted = worst.waits.find((w) => w.status === 'submitted');
  if (submitted?.medianHours != null) expect(text).toContain(formatWait(submitted.medianHours));
  // The 12-week trend: every week listed.
  for (const w of worst.trend) expect(text).toContain(w.week);
  expect(text).toMatch(/Page 1 of \d+/);
});

it('ends with the time from Done to retrospective and the retrospectives overdue', () => {
  const text = squash(pdf.text);
  const r = report.retrospectives;
  expect(text).toContain('Time from Done to retrospective');
  expect(r.all.overdue.count).toBeGreaterThan(0);
  expect(text).toContain(`Retrospectives overdue: ${r.all.overdue.count}`);
  for (const id of r.all.overdue.campaigns.ids) expect(text).toContain(report.campaignNames[id]!);
  for (const g of r.byCampaignType) expect(text).toContain(g.label);
});

it('comes as Markdown too, the same as the page downloads', async () => {
  const out = await t.backend.client.exports.health({ format: 'md', weeks: 12 });
  const md = Buffer.from(out.base64, 'base64').toString('utf8');
  expect(out.fileName).toMatch(/\.md$/);
  expect(md).toContain(`**The handoff that hurts most: ${report.types[0]!.label}**`);
});

it('refuses a bad week count naming the field', async () => {
  await expect(t.backend.client.exports.health({ format: 'pdf', weeks: 0 })).rejects.toMatchObject({
    code: 'BAD_REQUEST',
  });
});

it('renders a first page that can be looked at (pdftoppm)', () => {
  const shots = '/tmp/shots';
  fs.mkdirSync(shots, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(shots, 'H-health-pdf')]);
  expect(fs.readdirSync(shots).some((f) => f.startsWith('H-health-pdf'))).toBe(true);
});
