import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/startBackend';
import { runBaton } from '../harness/batonCli';
import { makeTempDir } from '../harness/tempDir';

// `baton import-leads` and `baton list leads` as real child processes over a real data folder.

let t: ReturnType<typeof makeTempDir>;
let dataDir: string;

beforeAll(async () => {
  t = makeTempDir('baton-cli-leads-');
  dataDir = path.join(t.dir, 'data');
  const b = startBackend({ dataDir });
  await b.client.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Mia Marketing', email: 'mia@northwind.example', roleTitle: 'Marketing' },
  });
  await b.client.leads.create({ personName: 'Old Lead', email: 'old@x.example' });
  b.close();
}, 60_000);
afterAll(() => t.cleanup());

it('imports good rows and reports duplicates and bad rows by line', async () => {
  const csv = path.join(t.dir, 'leads.csv');
  fs.writeFileSync(
    csv,
    [
      '\uFEFFWho;Mail;Firma',
      'Ana Ruiz;ana@x.example;"Acme; Inc"',
      'Bo;bo-at-x;Beta',
      'Old;OLD@x.example;Old',
      'Cy;cy@x.example;Gamma',
    ].join('\n'),
  );
  const mapping = path.join(t.dir, 'mapping.json');
  fs.writeFileSync(mapping, JSON.stringify({ personName: 'Who', email: 'Mail', company: 'Firma' }));
  const run = await runBaton([
    'import-leads',
    '--csv',
    csv,
    '--mapping',
    mapping,
    '--data-dir',
    dataDir,
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout.trim().split('\n')).toEqual([
    'Imported 2 leads; 1 duplicate; 1 bad row',
    '  duplicate line 4: OLD@x.example (of a lead already in the workspace)',
    "  bad line 3: email 'bo-at-x' is not an email address",
  ]);

  const list = await runBaton(['list', 'leads', '--json', '--data-dir', dataDir]);
  expect(list.code).toBe(0);
  const leads = JSON.parse(list.stdout) as {
    personName: string;
    company: string;
    status: string;
  }[];
  expect(leads.map((l) => [l.personName, l.company, l.status])).toEqual([
    ['Ana Ruiz', 'Acme; Inc', 'new'],
    ['Cy', 'Gamma', 'new'],
    ['Old Lead', '', 'new'],
  ]);
  const text = await runBaton(['list', 'leads', '--data-dir', dataDir]);
  expect(text.stdout).toContain('3 leads');
  expect(text.stdout).toMatch(/Ana Ruiz\s+Acme; Inc\s+ana@x\.example\s+new\s+0/);
}, 60_000);

it('exits non-zero naming the file when it cannot be read, and names a bad mapping', async () => {
  const missing = path.join(t.dir, 'nope.csv');
  const run = await runBaton(['import-leads', '--csv', missing, '--data-dir', dataDir]);
  expect(run.code).not.toBe(0);
  expect(run.stderr).toContain(`--csv: cannot read ${missing} (ENOENT)`);

  const csv = path.join(t.dir, 'one.csv');
  fs.writeFileSync(csv, 'name,email\nZed,zed@x.example\n');
  const mapping = path.join(t.dir, 'bad-mapping.json');
  fs.writeFileSync(mapping, JSON.stringify({ email: 'Address' }));
  const bad = await runBaton([
    'import-leads',
    '--csv',
    csv,
    '--mapping',
    mapping,
    '--data-dir',
    dataDir,
  ]);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toContain("mapping.email: the file has no column 'Address'");
  const usage = await runBaton(['import-leads', '--data-dir', dataDir]);
  expect(usage.code).toBe(2);
}, 60_000);
