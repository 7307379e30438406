import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/startBackend';
import { runBaton } from '../harness/batonCli';
import { exportSample, pdfText } from '../harness/exportSample';
import { makeTempDir } from '../harness/tempDir';

// `baton export-pdf` / `export-md` as a real child process over a real data folder.

let t: ReturnType<typeof makeTempDir>;
let out: string;

beforeAll(async () => {
  t = makeTempDir('baton-cli-export-');
  const b = startBackend({ dataDir: t.dir });
  await exportSample(b);
  b.close();
  out = path.join(t.dir, 'out');
  fs.mkdirSync(out);
}, 60_000);
afterAll(() => t.cleanup());

const listOut = () => fs.readdirSync(out);

describe('baton export-pdf / export-md', () => {
  it('writes one handoff as PDF and the campaign as Markdown, nothing else in the folder', async () => {
    const pdf = path.join(out, 'brief.pdf');
    const r = await runBaton([
      'export-pdf',
      '--campaign',
      'spring paid push',
      '--handoff',
      'strategy-creative',
      '--out',
      pdf,
      '--data-dir',
      t.dir,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${pdf}`);
    const { text } = pdfText(pdf);
    expect(text).toContain('Handoff package: Strategy → Creative');

    const md = path.join(out, 'campaign.md');
    const m = await runBaton([
      'export-md',
      '--campaign',
      'Spring paid push',
      '--out',
      md,
      '--data-dir',
      t.dir,
    ]);
    expect(m.code).toBe(0);
    expect(fs.readFileSync(md, 'utf8')).toContain('## Summary: timeline, gates and owners');
    expect(listOut().sort()).toEqual(['brief.pdf', 'campaign.md']);
  }, 60_000);

  it('refuses an unknown campaign or handoff with near matches, exit ≠ 0, no file written', async () => {
    const target = path.join(out, 'nope.pdf');
    const before = listOut();
    const c = await runBaton([
      'export-pdf',
      '--campaign',
      'Sprng paid psh',
      '--out',
      target,
      '--data-dir',
      t.dir,
    ]);
    expect(c.code).not.toBe(0);
    expect(c.stderr).toContain('No campaign "Sprng paid psh". Did you mean "Spring paid push"?');
    const h = await runBaton([
      'export-pdf',
      '--campaign',
      'Spring paid push',
      '--handoff',
      'strategy-creatve',
      '--out',
      target,
      '--data-dir',
      t.dir,
    ]);
    expect(h.code).not.toBe(0);
    expect(h.stderr).toContain(
      'No handoff "strategy-creatve" in campaign "Spring paid push". Did you mean strategy-creative?',
    );
    expect(listOut()).toEqual(before);
  }, 60_000);
});

describe('baton export-health', () => {
  it('writes the Health report as a PDF, or as Markdown for a .md name', async () => {
    const pdf = path.join(out, 'health.pdf');
    const r = await runBaton(['export-health', '--out', pdf, '--weeks', '8', '--data-dir', t.dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { text } = pdfText(pdf);
    expect(text).toContain('Handoff health');
    expect(text.replace(/\s+/g, ' ')).toContain('Northwind Agency · as of');
    expect(text).toContain('last 8 weeks');

    const md = path.join(out, 'health.md');
    const m = await runBaton(['export-health', '--out', md, '--data-dir', t.dir]);
    expect(m.code).toBe(0);
    expect(fs.readFileSync(md, 'utf8').startsWith('# Handoff health')).toBe(true);
  }, 60_000);

  it('refuses a bad week count naming it, and writes nothing', async () => {
    const before = listOut();
    const r = await runBaton([
      'export-health',
      '--out',
      path.join(out, 'bad.pdf'),
      '--weeks',
      'many',
      '--data-dir',
      t.dir,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--weeks must be a whole number of weeks, not "many"');
    const tooMany = await runBaton([
      'export-health',
      '--out',
      path.join(out, 'bad.pdf'),
      '--weeks',
      '99',
      '--data-dir',
      t.dir,
    ]);
    expect(tooMany.code).not.toBe(0);
    expect(tooMany.stderr).toContain('weeks');
    expect(listOut()).toEqual(before);
  }, 60_000);
});
