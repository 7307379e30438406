import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';
import { shootLightAndDark } from './shots';
import { BoardPage } from './pages/BoardPage';

// Settings → Dashboard standards: an analyst adds a metric to the paid ads standard, is told in
// words which field is wrong, fixes it and saves; the Optimization page's standard is the saved
// one; "Reset all to built-in" brings the shipped metrics back.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Spring ads';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];

const api = () => app.backend.client;

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Ana Analyst', email: 'ana@northwind.example', roleTitle: 'Analyst' },
  });
  const client = await api().clients.create({ name: 'Acme Outdoor' });
  await api().campaigns.create({ name: CAMPAIGN, clientId: client.id, type: 'paid_ads' });
  page = await chromium.browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  pageErrors = watchPageErrors(page);
  await page.goto(app.server.url);
  await new BoardPage(page).card(CAMPAIGN).waitFor();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

test('edit a type’s metrics, see the field named when wrong, save, and reset', async () => {
  await page.goto(`${app.server.url}#settings`);
  const section = page.getByRole('region', { name: 'Dashboard standards' });
  await section.waitFor();
  await section.getByLabel('Campaign type').selectOption('paid_ads');
  await section.getByLabel('Name of CTR').waitFor();
  await section.getByLabel('Target of CTR').fill('2');

  await section.getByRole('button', { name: 'Add metric' }).click();
  await section.getByLabel('Name of metric 6').fill('Video views');
  await section.getByLabel('Unit of Video views').fill('views');
  await section.getByLabel('Target of Video views').fill('lots');
  await section.getByLabel('Data source of Video views').fill('Ad platform');
  await section.getByLabel('How often Video views is reported').selectOption('weekly');
  await section.getByRole('button', { name: 'Save standards' }).click();
  const problems = section.getByRole('alert');
  await problems
    .getByText('Paid ads, metric 6 (Video views): target "lots" is not a number')
    .waitFor();
  expect(await section.getByLabel('Target of Video views').getAttribute('aria-invalid')).toBe(
    'true',
  );
  await shootLightAndDark(page, section, `${SHOTS}/H-standards-editor`, { reducedMotion: true });
  // Nothing was saved while a field is wrong.
  expect((await api().optimization.standards()).custom).toBe(false);

  await section.getByLabel('Target of Video views').fill('10 000');
  await section.getByLabel('Which way is better for CPC').selectOption('higher');
  await section.getByLabel('Remove CPA').click();
  await section.getByRole('button', { name: 'Save standards' }).click();
  await section.getByText('This workspace’s own standards').waitFor();

  const saved = await api().optimization.standards();
  expect(saved.custom).toBe(true);
  const paid = saved.standards.paid_ads ?? [];
  expect(paid.map((m) => m.name)).toEqual(['Spend', 'CTR', 'CPC', 'ROAS', 'Video views']);
  expect(paid.find((m) => m.name === 'CTR')?.target).toBe(2);
  expect(paid.find((m) => m.name === 'CPC')?.direction).toBe('higher');
  expect(paid.find((m) => m.name === 'Video views')).toMatchObject({
    key: 'video_views',
    unit: 'views',
    target: 10_000,
    dataSource: 'Ad platform',
    frequency: 'weekly',
  });
  // Other types kept the built-in metrics.
  expect(saved.standards.email?.map((m) => m.key)).toEqual([
    'delivery_rate',
    'open_rate',
    'click_rate',
    'unsubscribe_rate',
  ]);

  // The paid ads metrics stay on screen after the save.
  await section.getByLabel('Name of Video views').waitFor();

  await section.getByRole('button', { name: 'Reset all to built-in' }).click();
  await section.getByText('The built-in standards').waitFor();
  const reset = await api().optimization.standards();
  expect(reset.custom).toBe(false);
  expect(reset.standards.paid_ads?.map((m) => m.key)).toEqual([
    'spend',
    'ctr',
    'cpc',
    'cpa',
    'roas',
  ]);
  expect(pageErrors).toEqual([]);
});
