import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDays } from '../../shared/domain';
import { launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';
import { BoardPage } from './pages/BoardPage';

// The Optimization page on the sample agency: a campaign launched ten days ago has its day 2
// review overdue with one finding. Someone says what happened, turns the finding into a backlog
// item and completes the review; the item shows in the backlog, linked to the finding.

const SHOTS = '/tmp/shots';
const FINDING = 'Mobile CTR is half of desktop';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let campaignName = '';
let launchDay = '';
let metricKey = '';

const api = () => app.backend.client;

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.loadDemo();
  const campaign = (await api().campaigns.list())[0]!;
  campaignName = campaign.name;
  const launch = addDays(new Date().toISOString().slice(0, 10), -10);
  await api().campaigns.update({ id: campaign.id, launchDate: launch });
  const view = await api().optimization.scheduleReviews({ campaignId: campaign.id });
  const metric = view.standard[0]!;
  launchDay = launch;
  metricKey = metric.key;
  await api().optimization.importCsv({
    campaignId: campaign.id,
    text: [0, 1, 2, 3, 4, 5, 6]
      .map(
        (d) =>
          `${addDays(launch, d)},${metric.key},${(metric.target * (0.6 + d * 0.1)).toFixed(2)}`,
      )
      .join('\n'),
  });
  await api().optimization.addFinding({ reviewId: view.reviews[0]!.id, text: FINDING });
  page = await chromium.browser.newPage();
  pageErrors = watchPageErrors(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

test('an overdue review shows on its board card and in My work, linking to Optimization', async () => {
  // The laptop's person is the review's analyst: the review is their work.
  const me = (await api().workspace.get())!.me!;
  const campaign = (await api().campaigns.list()).find((c) => c.name === campaignName)!;
  const view = await api().optimization.campaign({ campaignId: campaign.id });
  await api().optimization.updateReview({ id: view.reviews[0]!.id, analystId: me.id });

  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  const board = new BoardPage(page);
  await page.getByRole('searchbox', { name: 'Search campaigns' }).fill(campaignName);
  const card = board.card(campaignName);
  // Launched ten days ago: day 2 was eight days ago. Said in words, not only in red.
  await card.getByText('Review day 2 overdue 8 d').waitFor();
  expect(await card.getAttribute('aria-label')).toContain('Review day 2 — overdue by 8 day(s)');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await card.screenshot({ path: `${SHOTS}/H-card-review-badge-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('searchbox', { name: 'Search campaigns' }).fill('');
  await page.getByRole('button', { name: 'My work' }).click();
  const mine = page.getByRole('list', { name: 'Reviews and retrospectives for you' });
  const link = mine.getByRole('link', {
    name: `Review day 2 of ${campaignName} — overdue by 8 day(s)`,
    exact: false,
  });
  await link.waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/H-my-work-follow-ups-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await link.click();
  const main = page.getByRole('main', { name: 'Optimization' });
  await main.getByRole('heading', { level: 2, name: new RegExp(campaignName) }).waitFor();
  await main.getByRole('article', { name: 'Day 2 review' }).waitFor();
  // Back to the board with no filter for the next test.
  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  if (
    (await page.getByRole('button', { name: 'My work' }).getAttribute('aria-pressed')) === 'true'
  ) {
    await page.getByRole('button', { name: 'My work' }).click();
  }
  expect(pageErrors).toEqual([]);
}, 120_000);

test('completing a review with one finding puts its action in the backlog', async () => {
  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  await page.keyboard.press('Control+8');
  const main = page.getByRole('main', { name: 'Optimization' });
  await main.waitFor();
  await main.getByRole('button', { name: new RegExp(campaignName) }).click();

  const review = main.getByRole('article', { name: 'Day 2 review' });
  await review.getByText('overdue').waitFor();
  const complete = review.getByRole('button', { name: 'Complete review' });
  expect(await complete.isDisabled()).toBe(true);
  expect(
    await review.getByRole('listitem').filter({ hasText: 'What happened” is not written' }).count(),
  ).toBe(1);

  await review.getByLabel('What happened').fill('Spend on plan; CTR low on mobile');
  await review.getByLabel('What happened').blur();
  await review.getByRole('button', { name: 'Add to backlog' }).click();
  await review.getByLabel('Backlog item').fill('Shorter mobile headline');
  await review.getByRole('button', { name: 'Add to backlog' }).click();
  await review.getByText('Action in the backlog').waitFor();
  await expect.poll(() => complete.isDisabled()).toBe(false);

  await main.evaluate((el) => el.scrollTo(0, 0));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/R-optimization-review-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await complete.click();
  await review.getByText('completed').waitFor();
  const backlog = main.getByRole('table', { name: 'Optimization backlog' });
  const row = backlog.getByRole('row', { name: /Shorter mobile headline/ });
  await row.waitFor();
  expect(await row.textContent()).toContain(FINDING);
  // The chart of the first metric, with its target and the launch marked.
  await main
    .getByRole('img', { name: /per day against its target/ })
    .first()
    .waitFor();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await backlog.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `${SHOTS}/R-optimization-backlog-${scheme}.png`,
      fullPage: true,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  // Figures pasted with one bad line: the good one is imported, the bad one named by its line.
  const figures = main.getByRole('region', { name: 'Figures' });
  await figures
    .getByLabel('Paste daily figures')
    .fill(`${addDays(launchDay, 7)};${metricKey};1,5\n${addDays(launchDay, 8)};clicks;40`);
  await figures.getByRole('button', { name: 'Import figures' }).click();
  const result = figures.getByRole('status');
  await result.getByText('1 imported.').waitFor();
  expect(await result.textContent()).toContain(
    "Line 2: metric 'clicks' is not in the dashboard standard",
  );
  await figures.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await figures.screenshot({ path: `${SHOTS}/R-optimization-figures-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(pageErrors).toEqual([]);
}, 120_000);
