import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeAll, launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';

// The lead reports on the Leads page: empty at first, then filled by live updates as leads are
// handed off and answered; the re-engagement queue flags a due lead in words and its quick
// actions move it; the quality report counts per campaign and source; the weekly sync agenda
// moves between weeks and exports PDF and Markdown naming the week's handoffs.

const SHOTS = '/tmp/shots';
const DAY_MS = 86_400_000;

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let campaignId: string;
let samId: string;

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  const api = app.backend.client;
  await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Mia Marketing', roleTitle: 'Marketing' },
  });
  samId = (await api.people.create({ name: 'Sam Sales', roleTitle: 'Sales' })).id;
  const client = await api.clients.create({ name: 'Acme Coffee' });
  campaignId = (
    await api.campaigns.create({
      name: 'Spring webinar',
      clientId: client.id,
      type: 'paid_ads',
      channels: ['meta_ads'],
      launchDate: '2026-03-02',
    })
  ).id;
  await api.leads.setScoring({
    fitRules: [],
    touchPoints: { webinar: 30, meeting: 30 },
    halfLifeDays: null,
    salesReadyThreshold: 40,
  });
  page = await chromium.browser.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  pageErrors = watchPageErrors(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(() => closeAll(page, app, chromium));

/** Handed-off leads of Spring webinar: Ana rejected for timing, Ben accepted, Cleo for budget. */
async function seedAnswers() {
  const api = app.backend.client;
  const ready = async (personName: string, company: string, channel: string) => {
    const lead = await api.leads.create({
      personName,
      company,
      email: `${personName.split(' ')[0]!.toLowerCase()}@example.com`,
      jobTitle: 'Head of Growth',
      sourceChannel: channel,
      notes: 'Wants a demo.',
      assigneeId: samId,
      sourceCampaignId: campaignId,
    });
    await api.leads.addTouch({ leadId: lead.id, kind: 'webinar' });
    await api.leads.addTouch({ leadId: lead.id, kind: 'meeting' });
    await api.leads.handOff({ id: lead.id });
    return lead;
  };
  const ana = await ready('Ana Ruiz', 'Beta GmbH', 'Webinar');
  await api.leads.reject({ id: ana.id, reasonCode: 'bad-timing', text: 'Budget freeze until Q3' });
  const ben = await ready('Ben Okafor', 'Cedar Labs', 'LinkedIn');
  await api.leads.accept({ id: ben.id });
  const cleo = await ready('Cleo Park', 'Dune Studio', 'LinkedIn');
  await api.leads.reject({ id: cleo.id, reasonCode: 'no-budget' });
  // Cleo's next touch was three days ago: due.
  await api.leads.update({
    id: cleo.id,
    nextTouchAt: new Date(Date.now() - 3 * DAY_MS).toISOString(),
  });
}

/** Shows a view of the Leads page by its tab; the view's panel. */
async function open(tab: string, heading: string): Promise<Locator> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
  return page.getByRole('tabpanel');
}

test('empty reports say what fills them', async () => {
  await page.goto(`${app.server.url}#leads`);
  let shown = await open('Re-engagement', 'Re-engagement queue');
  await shown.getByText('No lead is waiting for a next touch').waitFor();
  shown = await open('Quality report', 'Lead quality report');
  await shown.getByText('No lead was handed off in this range').waitFor();
  shown = await open('Weekly agenda', 'Weekly sync agenda');
  await shown.getByText('No leads were handed off this week.').waitFor();
  expect(pageErrors).toEqual([]);
});

test('re-engagement flags the due lead in words and its quick actions move it', async () => {
  const shown = await open('Re-engagement', 'Re-engagement queue');
  await seedAnswers();
  // Live updates fill the open view.
  const due = shown.getByRole('region', { name: /^Due now/ });
  const later = shown.getByRole('region', { name: /^Coming up/ });
  await expect.poll(() => due.getByRole('listitem').count()).toBe(1);
  const cleo = due.getByRole('listitem').filter({ hasText: 'Cleo Park' });
  expect(await cleo.textContent()).toContain('Dune Studio');
  expect(await cleo.textContent()).toContain('No budget');
  expect(await cleo.textContent()).toContain('Due — 3 days overdue');
  const ana = later.getByRole('listitem').filter({ hasText: 'Ana Ruiz' });
  expect(await ana.textContent()).toContain('Bad timing — Budget freeze until Q3');
  expect(await ana.textContent()).toContain('Track: timing: check back next quarter');
  expect(await ana.textContent()).toMatch(/Next touch in 90 days/);
  await page.screenshot({ path: `${SHOTS}/L2-reengagement-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/L2-reengagement-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // The name opens the lead beside the queue.
  await cleo.getByRole('button', { name: 'Cleo Park' }).click();
  await expect.poll(() => cleo.getAttribute('aria-current')).toBe('true');

  // Logging a touch moves Cleo's next touch on (a bad number of days is named first), out of
  // Due now; Sales-ready takes Ana out of the queue.
  await cleo.getByRole('button', { name: 'Log touch…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a touch with Cleo Park' });
  await dialog.getByLabel('Note').fill('Left a voicemail about the new pricing');
  await dialog.getByLabel('Next touch in (days)').fill('soon');
  await dialog.getByRole('button', { name: 'Log touch', exact: true }).click();
  await dialog.getByText('Next touch in must be a whole number of days').waitFor();
  await page.screenshot({ path: `${SHOTS}/L2-reengagement-touch.png` });
  await dialog.getByLabel('Next touch in (days)').fill('14');
  await dialog.getByRole('button', { name: 'Log touch', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => due.getByRole('listitem').count()).toBe(0);
  await due.getByText('Nothing is due').waitFor();
  expect(await later.getByRole('listitem').filter({ hasText: 'Cleo Park' }).textContent()).toMatch(
    /Next touch in 1[34] days/,
  );
  const cleoTouches = (await app.backend.client.leads.list({ search: 'Cleo Park' })).leads[0]!;
  const touched = await app.backend.client.leads.get({ id: cleoTouches.id });
  expect(touched.touches.at(-1)).toMatchObject({
    kind: 'call',
    note: 'Left a voicemail about the new pricing',
  });
  await ana.getByRole('button', { name: 'Sales-ready' }).click();
  await expect
    .poll(() => shown.getByRole('listitem').filter({ hasText: 'Ana Ruiz' }).count())
    .toBe(0);
  const anaNow = (await app.backend.client.leads.list({ search: 'Ana Ruiz' })).leads[0]!;
  expect(anaNow.status).toBe('sales-ready');
  expect(pageErrors).toEqual([]);
});

test('the quality report counts per campaign and source channel, reasons by label', async () => {
  const shown = await open('Quality report', 'Lead quality report');
  const summary = shown.getByRole('status').filter({ hasText: 'handed off' });
  await expect.poll(() => summary.textContent()).toContain('3 handed off');
  expect(await summary.textContent()).toContain('accept rate 33%');
  const campaign = shown
    .getByRole('region', { name: 'By campaign' })
    .getByRole('row')
    .filter({ hasText: 'Spring webinar' });
  expect((await campaign.getByRole('cell').allTextContents()).slice(0, 5)).toEqual([
    '3',
    '1',
    '2',
    '0',
    '33%',
  ]);
  expect(await campaign.textContent()).toContain('Bad timing (1)');
  expect(await campaign.textContent()).toContain('No budget (1)');
  const linkedin = shown
    .getByRole('region', { name: 'By source channel' })
    .getByRole('row')
    .filter({ hasText: 'linkedin' });
  expect((await linkedin.getByRole('cell').allTextContents()).slice(0, 5)).toEqual([
    '2',
    '1',
    '1',
    '0',
    '50%',
  ]);
  // A range before any handoff is empty; To before From is named.
  await shown.getByLabel('From').fill('2020-01-01');
  await shown.getByLabel('To').fill('2020-01-31');
  await shown.getByRole('button', { name: 'Show' }).click();
  await shown.getByText('No lead was handed off in this range').waitFor();
  await shown.getByLabel('To').fill('2019-12-31');
  await shown.getByRole('button', { name: 'Show' }).click();
  await shown.getByText('To must be on or after From').waitFor();
  await shown.getByRole('button', { name: 'Last 90 days' }).click();
  await expect.poll(() => summary.textContent()).toContain('3 handed off');
  await page.screenshot({ path: `${SHOTS}/L2-quality-light.png`, fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('the weekly agenda moves between weeks and exports PDF and Markdown', async () => {
  const shown = await open('Weekly agenda', 'Weekly sync agenda');
  const agenda = shown.getByRole('article', { name: 'Agenda' });
  await expect.poll(() => agenda.textContent()).toContain('Cleo Park');
  expect(await agenda.textContent()).toContain('rejected: Bad timing (Budget freeze until Q3)');
  await shown.getByText(/\(this week\)$/).waitFor();
  await page.screenshot({ path: `${SHOTS}/L2-agenda-light.png`, fullPage: true });

  const exports = shown.getByRole('group', { name: 'Export the agenda' });
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(
    /^sales-marketing-sync-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const pdfFile = `${app.dataDir}/${pdf.suggestedFilename()}`;
  await pdf.saveAs(pdfFile);
  const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const week = /(\d{4}-\d{2}-\d{2})-to-(\d{4}-\d{2}-\d{2})/.exec(pdf.suggestedFilename())!;
  expect(text).toContain(`Sales ↔ marketing weekly sync, ${week[1]} to ${week[2]}`);
  for (const name of ['Ana Ruiz', 'Ben Okafor', 'Cleo Park', 'accept rate 33%']) {
    expect(text).toContain(name);
  }
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const mdFile = `${app.dataDir}/${md.suggestedFilename()}`;
  await md.saveAs(mdFile);
  expect(fs.readFileSync(mdFile, 'utf8')).toContain('| Cleo Park | Dune Studio | Spring webinar |');

  // The week before holds none of them; This week comes back.
  await shown.getByRole('button', { name: '← Previous week' }).click();
  await shown.getByText('No leads were handed off this week.').waitFor();
  expect(await shown.getByRole('button', { name: 'Next week →' }).isEnabled()).toBe(true);
  await shown.getByRole('button', { name: 'This week' }).click();
  await expect.poll(() => agenda.textContent()).toContain('Cleo Park');
  expect(pageErrors).toEqual([]);
});
