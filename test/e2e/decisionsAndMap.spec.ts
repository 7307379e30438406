import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';
import { CommandPalettePage } from './pages/CommandPalettePage';

// On the sample agency: a decision written down by one person and confirmed by the other party
// after switching who "I" am; a handoff map row edited and still there after a reload; the
// production settings (naming convention, spec library) and the copy variations editor seen.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Helio X2 Reveal';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let meName: string;
let otherName: string;

const api = () => app.backend.client;

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.loadDemo();
  const me = (await api().workspace.get())!.me!;
  meName = me.name;
  otherName = (await api().people.list()).find((p) => p.id !== me.id)!.name;
  page = await chromium.browser.newPage();
  pageErrors = watchPageErrors(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

async function shoot(
  name: string,
  target: { screenshot: (o: { path: string }) => Promise<unknown> },
) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await target.screenshot({ path: `${SHOTS}/L-${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openCampaign() {
  const palette = new CommandPalettePage(page);
  await palette.run(`Open campaign: ${CAMPAIGN}`, `Open campaign: ${CAMPAIGN}`);
  const dialog = page.getByRole('dialog', { name: CAMPAIGN });
  await dialog.waitFor();
  return dialog.getByRole('region', { name: 'Decision log' });
}

test('a decision written by one person is confirmed by the other party', async () => {
  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();

  let log = await openCampaign();
  const text = 'We agreed on a call that the launch video runs 30 seconds, not 45.';
  await log.getByLabel('New decision').fill(text);
  await log.getByLabel('Other party').selectOption({ label: otherName });
  await log.getByRole('button', { name: 'Add decision' }).click();
  const entry = log.getByRole('listitem').filter({ hasText: text });
  await entry.getByText('Awaiting confirmation').waitFor();
  expect(await entry.getByText(`${meName} with ${otherName}`).count()).toBe(1);
  // The author cannot confirm, and is told who can.
  expect(await entry.getByRole('button', { name: 'Confirm' }).isDisabled()).toBe(true);
  expect(await entry.getByText(`Only ${otherName} can confirm what you wrote down.`).count()).toBe(
    1,
  );
  await entry.scrollIntoViewIfNeeded();
  await shoot('decision-log', log);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: CAMPAIGN }).waitFor({ state: 'hidden' });

  // Switch who I am to the other party, then confirm.
  await new CommandPalettePage(page).run(`Switch to ${otherName}`, `Switch to ${otherName}`);
  await page.getByRole('link', { name: new RegExp(otherName) }).waitFor();
  log = await openCampaign();
  const theirs = log.getByRole('listitem').filter({ hasText: text });
  await theirs.getByRole('button', { name: 'Confirm' }).click();
  await theirs.getByText(new RegExp(`^Confirmed by ${otherName}`)).waitFor();
  expect(await theirs.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
  const stored = await api().decisions.list({
    campaignId: (await api().campaigns.list()).find((c) => c.name === CAMPAIGN)!.id,
  });
  expect(stored[0]).toMatchObject({ text, state: 'confirmed', confirmedByName: otherName });
  await page.keyboard.press('Escape');

  expect(pageErrors).toEqual([]);
}, 120_000);

test('a handoff map row edited stays after a reload', async () => {
  await page.goto(`${app.server.url}#board`);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  await page.keyboard.press('Control+5');
  const main = page.getByRole('main', { name: 'Handoff map' });
  await main.waitFor();
  await main.getByRole('button', { name: 'Edit Creative → Production' }).click();
  await main.getByLabel('Where the material lives').fill('Dropbox: /Clients/Helio/02_creative');
  await main.getByLabel('Tool').fill('Figma');
  await main.getByLabel('Owner').selectOption({ label: otherName });
  await main.getByRole('button', { name: 'Save row' }).click();
  const row = main.getByRole('row').filter({ hasText: 'Dropbox: /Clients/Helio/02_creative' });
  await row.waitFor();

  await page.reload();
  const after = page.getByRole('main', { name: 'Handoff map' });
  const saved = after.getByRole('row').filter({ hasText: 'Dropbox: /Clients/Helio/02_creative' });
  await saved.waitFor();
  expect(await saved.getByRole('rowheader').textContent()).toMatch(/^Creative → Production/);
  expect(await saved.getByText('Figma').count()).toBe(1);
  expect(await saved.getByText(otherName).count()).toBe(1);
  // The default it replaced is gone; the other defaults are still shown.
  expect(
    await after.getByText('Shared drive: /Clients/<client>/<campaign>/02_creative').count(),
  ).toBe(0);
  expect(await after.getByText('Default').count()).toBeGreaterThan(0);
  await shoot('handoff-map', page);

  // On paper only the map: no header, no buttons.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
  expect(await after.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
  expect(await saved.getByRole('button', { name: 'Edit Creative → Production' }).isVisible()).toBe(
    false,
  );
  expect(await saved.isVisible()).toBe(true);
  await page.screenshot({ path: `${SHOTS}/L-handoff-map-print.png` });
  await page.emulateMedia({ media: 'screen' });

  expect(pageErrors).toEqual([]);
}, 120_000);

test('settings check a naming pattern as it is typed and a file name against it', async () => {
  await page.goto(`${app.server.url}#settings`);
  const section = page.getByRole('region', { name: 'Production' });
  await section.waitFor();
  expect(await section.getByTestId('naming-example').textContent()).toBe(
    '2026-03-14_acme-spring_hero-banner_v01.jpg',
  );
  const pattern = section.getByLabel('Pattern');
  await pattern.fill('client_asset-name_vNN');
  await section.getByText("must end with '.ext'").waitFor();
  expect(await section.getByRole('button', { name: 'Save pattern' }).isDisabled()).toBe(true);
  await pattern.fill('YYYYMMDD_client_asset-name_vNN.ext');
  expect(await section.getByTestId('naming-example').textContent()).toBe(
    '20260314_acme_hero-banner_v01.jpg',
  );
  await section.getByLabel('Test a file name').fill('acme_Hero Banner_v3.JPG');
  await section.getByTestId('naming-suggestion').waitFor();
  // A spec library with a broken width is refused, the problem named under its spec.
  await section.getByLabel('Width of Instagram feed, portrait 4:5').fill('0');
  await section.getByRole('button', { name: 'Save spec library' }).click();
  await section
    .getByText('Instagram feed, portrait 4:5, width: must be more than 0 pixels')
    .waitFor();
  expect((await api().production.library()).customSpecs).toBe(false);

  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: 1500 });
  // The naming convention part at the top, with the spec problem further down in the shot.
  await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('settings-production', page);
  await page.setViewportSize(viewport);
  await pattern.fill('YYYY-MM-DD_client-campaign_asset-name_vNN.ext');
  expect(pageErrors).toEqual([]);
}, 120_000);

test('copy variations are counted against a channel spec, over-limit counts in words', async () => {
  // A new campaign overridden through Strategy → Creative: its Creative → Production package
  // has the current template (the sample's older handoffs started before copy variations).
  const campaign = 'Spring ads';
  const ws = (await api().workspace.get())!;
  const client = (await api().clients.list())[0]!;
  const created = await api().campaigns.create({
    name: campaign,
    clientId: client.id,
    type: 'paid_ads',
    launchDate: '2027-03-15',
  });
  const stage = (name: string) => ws.stages.find((x) => x.name.toLowerCase() === name)!;
  const detail = await api().campaigns.get({ id: created.id });
  const h = detail.handoffs.find((x) => x.handoff.fromStageId === stage('strategy').id)!;
  await api().workspace.setMe({ personId: h.raci.find((r) => r.role === 'A')!.personId });
  await api().handoffs.override({ id: h.handoff.id, reason: 'Agreed on the kick-off call' });
  await api().campaigns.move({ id: created.id, toStageId: stage('creative').id });
  await page.goto(`${app.server.url}#board`);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  await new CommandPalettePage(page).run(
    `Go to campaign: ${campaign}`,
    `Go to campaign: ${campaign}`,
  );
  await page.getByRole('complementary', { name: /handoff$/ }).waitFor();
  const group = page.getByRole('group', { name: /^Copy variations/ });
  await group.waitFor();
  await group.scrollIntoViewIfNeeded();
  const against = group.getByRole('combobox');
  if ((await against.count()) > 0) await against.selectOption({ label: 'Meta ads feed' });
  const first = group.getByRole('listitem').first();
  const label = (await first.getByRole('textbox').first().inputValue()) || 'A';
  await first.getByLabel(`Headline of variation ${label}`).fill('x'.repeat(52));
  await group
    .getByText("Headline 52/40 — 12 over Meta ads feed's recommended length")
    .first()
    .waitFor();
  await shoot('copy-variations', group);
  expect(pageErrors).toEqual([]);
}, 120_000);

test('the production timeline follows the backward plan: filled from it, a milestone in the buffer named', async () => {
  // The Creative → Production handoff of the campaign the previous test moved to Creative.
  await new CommandPalettePage(page).run(
    'Go to campaign: Spring ads',
    'Go to campaign: Spring ads',
  );
  await page.getByRole('complementary', { name: /handoff$/ }).waitFor();
  const plan = page.getByText(/^Plan: production from \d{4}-\d{2}-\d{2}; done by/);
  await plan.waitFor();
  const [, lastDay, handOver] =
    /done by (\d{4}-\d{2}-\d{2}) .* on (\d{4}-\d{2}-\d{2})\.$/.exec((await plan.textContent())!) ??
    [];
  expect(lastDay! < handOver!).toBe(true);
  await page.getByRole('button', { name: 'Fill from the plan' }).click();
  const group = page.getByRole('group', { name: /^Production timeline/ });
  await group.scrollIntoViewIfNeeded();
  const values = async () =>
    group.getByRole('textbox').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await expect.poll(values).toEqual(expect.arrayContaining(['Final files approved', lastDay]));
  // A milestone moved into the buffer before the hand-over is named, with the last good day.
  const dayBefore = new Date(Date.parse(`${handOver}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  await group.getByRole('textbox', { name: 'Production timeline, row 3, Date' }).fill(dayBefore);
  await page.getByText(/is inside the \d+ working days? of buffer before the hand-over/).waitFor();
  await shoot('production-timeline', group.locator('xpath=..'));
  expect(pageErrors).toEqual([]);
}, 120_000);
