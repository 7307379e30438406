import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeAll, launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';

// Leads → Import CSV: a person chooses a small CSV with a bad row and a duplicate, checks the
// guessed mapping and the preview (the bad line and the duplicate named), imports, reads the
// result and finds an imported lead under All leads.

const SHOTS = '/tmp/shots';

const CSV = [
  'Full name;E-mail;Company;Job title;Signup date',
  'Ana Ruiz;ana@acme.example;Acme;Head of Growth;2026-03-14',
  'Bo Lind;bo-at-acme;Acme;Intern;2026-03-14',
  'Cleo Park;cleo@dune.example;Dune Studio;Founder;14.03.2026',
  'Ana again;ANA@acme.example;Acme;;',
].join('\r\n');

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await app.backend.client.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Mia Marketing', roleTitle: 'Marketing' },
  });
  page = await chromium.browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  pageErrors = watchPageErrors(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(() => closeAll(page, app, chromium));

test('a CSV with a bad row and a duplicate: preview names them by line, the good rows import', async () => {
  await page.goto(`${app.server.url}#leads`);
  await page.getByRole('tab', { name: 'Import CSV' }).click();
  const view = page.getByRole('tabpanel');
  await view.getByRole('heading', { name: 'Import leads', level: 2 }).waitFor();

  await page.screenshot({ path: `${SHOTS}/L3-import-choose-light.png`, fullPage: true });
  await view.locator('input[type=file]').setInputFiles({
    name: 'fair-leads.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${CSV}`, 'utf8'),
  });

  // The mapping guessed from the headers, one select per lead field.
  const counts = view.getByRole('list', { name: 'Preview counts' });
  await counts.waitFor();
  expect(await view.getByLabel('Email').inputValue()).toBe('E-mail');
  expect(await view.getByLabel('Name', { exact: true }).inputValue()).toBe('Full name');
  expect(await view.getByLabel('Created on').inputValue()).toBe('Signup date');
  expect(await counts.textContent()).toBe('2 will be imported1 duplicate by email1 bad row');
  const rows = view.getByRole('region', { name: 'First rows' }).getByRole('row');
  expect(await rows.allTextContents()).toEqual([
    'LineNameCompanyEmail',
    '2Ana RuizAcmeana@acme.example',
    '4Cleo ParkDune Studiocleo@dune.example',
  ]);
  const bad = view.getByRole('region', { name: 'Bad rows' });
  expect(await bad.getByRole('listitem').allTextContents()).toEqual([
    "Line 3 email 'bo-at-acme' is not an email address",
  ]);
  const dups = view.getByRole('region', { name: 'Duplicates' });
  expect(await dups.getByRole('listitem').allTextContents()).toEqual([
    'Line 5 ANA@acme.example is already on line 2 of this file',
  ]);

  // Leaving Company out changes the preview (nothing guessed back in).
  await view.getByLabel('Company').selectOption('');
  await expect.poll(() => rows.nth(1).textContent()).toBe('2Ana Ruizana@acme.example');
  await view.getByLabel('Company').selectOption('Company');
  await expect.poll(() => rows.nth(1).textContent()).toBe('2Ana RuizAcmeana@acme.example');
  await page.screenshot({ path: `${SHOTS}/L3-import-preview-light.png`, fullPage: true });

  await view.getByRole('button', { name: 'Import 2 leads' }).click();
  await view.getByRole('heading', { name: 'Imported 2 leads' }).waitFor();
  expect(await view.textContent()).toContain('1 duplicate skipped · 1 bad row left out');
  expect(await view.getByRole('region', { name: 'Bad rows' }).textContent()).toContain(
    "Line 3 email 'bo-at-acme' is not an email address",
  );
  await page.screenshot({ path: `${SHOTS}/L3-import-result-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/L3-import-result-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // The imported leads are leads like any other: under All leads.
  await view.getByRole('button', { name: 'See all leads' }).click();
  await page.getByRole('tab', { name: 'All leads', selected: true }).waitFor();
  await view.getByText('Cleo Park').first().waitFor();
  expect(await view.getByText('Bo Lind').count()).toBe(0);
  const stored = await app.backend.client.leads.list({ search: 'acme' });
  expect(stored.leads.map((l) => [l.personName, l.company, l.createdAt])).toEqual([
    ['Ana Ruiz', 'Acme', '2026-03-14T00:00:00.000Z'],
  ]);

  // Start over: back to choosing a file.
  await page.getByRole('tab', { name: 'Import CSV' }).click();
  await view.getByRole('button', { name: 'Import another file' }).click();
  await view.getByText('Choose a CSV file').waitFor();
  expect(pageErrors).toEqual([]);
});

test('a file over 200,000 characters goes in parts, a bad row named by its line in the whole file', async () => {
  await page.getByRole('tab', { name: 'Import CSV' }).click();
  const view = page.getByRole('tabpanel');
  const rows = Array.from({ length: 2_500 }, (_, i) =>
    i === 2_000
      ? 'Broken Row,not-an-email,Big Co,"Notes ' + '.'.repeat(60) + '"'
      : `Lead ${i},lead${i}@big.example,Big Co,"Met at the fair;\nasked for pricing ${'.'.repeat(40)}"`,
  );
  const text = `Name,Email,Company,Notes\n${rows.join('\n')}\n`;
  expect(text.length).toBeGreaterThan(200_000);
  await view.locator('input[type=file]').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  const counts = view.getByRole('list', { name: 'Preview counts' });
  await counts.waitFor({ timeout: 60_000 });
  expect(await view.textContent()).toContain('sent in 2 parts');
  expect(await counts.textContent()).toBe('2,499 will be imported0 duplicates by email1 bad row');
  // Row 2,000 starts on line 2 + 2 × 2,000: every row before it spans two lines.
  expect(await view.getByRole('region', { name: 'Bad rows' }).textContent()).toContain(
    "Line 4002 email 'not-an-email' is not an email address",
  );
  await view.getByRole('button', { name: 'Import 2,499 leads' }).click();
  await view.getByRole('heading', { name: 'Imported 2,499 leads' }).waitFor({ timeout: 60_000 });
  expect((await app.backend.client.leads.list({ search: 'big.example' })).total).toBe(2_499);
  expect(pageErrors).toEqual([]);
}, 120_000);
