import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';
import type { BoardPage } from './pages/BoardPage';
import type { HandoffPanelPage } from './pages/HandoffPanelPage';

// System 7 end to end: a demo campaign reaches Done (gates overridden through the API), its
// retrospective is held on the Retrospectives page with a learning for the playbook, "Start
// next campaign" makes a campaign of the same type, and its Strategy handoff shows the learning.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Renewal Reminders';
const NEXT = 'Renewal Reminders 2027';
const LEARNING = 'Plain subject lines for renewals';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let board: BoardPage;
let panel: HandoffPanelPage;

const api = () => app.backend.client;

async function finishCampaign(name: string) {
  const me = (await api().workspace.get())!.me!;
  const stages = [...(await api().stages.list())].sort((a, b) => a.position - b.position);
  const card = (await api().campaigns.list()).find((c) => c.name === name)!;
  let at = stages.findIndex((s) => s.id === card.stageId);
  while (stages[at]!.name !== 'Done') {
    const detail = await api().campaigns.get({ id: card.id });
    const h = detail.handoffs.find((x) => x.handoff.fromStageId === stages[at]!.id)!;
    await api().workspace.setMe({ personId: h.raci.find((r) => r.role === 'A')!.personId });
    await api().handoffs.override({ id: h.handoff.id, reason: 'Campaign finished' });
    await api().campaigns.move({ id: card.id, toStageId: stages[at + 1]!.id });
    at += 1;
  }
  await api().workspace.setMe({ personId: me.id });
}

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.loadDemo();
  await finishCampaign(CAMPAIGN);
  ({ page, pageErrors, board, panel } = await openBoardTab(chromium.browser, app, {
    card: 'Holiday Gift Boxes',
    shotsDir: SHOTS,
  }));
});

afterAll(() => closeAll(page, app, chromium));

test('a retrospective with a learning starts the next campaign, whose Strategy handoff shows it', async () => {
  await page.keyboard.press('Control+9');
  const main = page.getByRole('main', { name: 'Retrospectives' });
  await main.waitFor();

  const list = main.getByRole('navigation', { name: 'Retrospectives' });
  await list.getByRole('button', { name: new RegExp(CAMPAIGN) }).click();
  const form = main.getByRole('region', { name: `Retrospective: ${CAMPAIGN}` });
  await form.getByText(/^Due 2026-|^Due today/).waitFor();
  expect(await form.getByText(/^No improvements yet/).count()).toBe(1);

  const retroId = (await api().retrospectives.list()).find((r) => r.campaignName === CAMPAIGN)!.id;
  const worked = form.getByLabel('What worked (to repeat)');
  const didNot = form.getByLabel("What didn't work, and why");
  await worked.fill('SMS two days before renewal');
  await didNot.click();
  await expect
    .poll(async () => (await api().retrospectives.get({ id: retroId })).whatWorked)
    .toBe('SMS two days before renewal');
  await didNot.fill('Salesy subjects went to promotions');
  // A teammate's edit of the other field lands while this one is typed: it shows, and what is
  // being typed stays (it was once wiped by the refetch of the retrospective).
  const teammates = 'SMS two days before renewal, then a call';
  await api().retrospectives.update({ id: retroId, whatWorked: teammates });
  await expect.poll(() => worked.inputValue()).toBe(teammates);
  expect(await didNot.inputValue()).toBe('Salesy subjects went to promotions');
  await form.getByLabel('New improvement').click();
  await expect
    .poll(async () => (await api().retrospectives.get({ id: retroId })).whatDidNot)
    .toBe('Salesy subjects went to promotions');

  await form.getByLabel('Learning', { exact: true }).fill(LEARNING);
  await form.getByLabel('What to do next time').fill('Plain subjects reached the inbox.');
  await form.getByRole('button', { name: 'Add to playbook' }).click();
  const results = main.getByRole('list', { name: 'Playbook results' });
  await results.getByText(LEARNING).waitFor();
  expect(await results.getByRole('listitem').filter({ hasText: LEARNING }).textContent()).toContain(
    'Email campaigns · Email, SMS · Fjord Insurance',
  );

  await form.getByRole('button', { name: 'Complete retrospective' }).click();
  await form.getByRole('button', { name: 'Held' }).waitFor();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/T-retrospective-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const next = form.getByRole('group', { name: 'Start next campaign' });
  await next.getByLabel(LEARNING).waitFor();
  expect(await next.getByLabel(LEARNING).isChecked()).toBe(true);
  await next.getByLabel('New campaign name').fill(NEXT);
  await next.getByRole('button', { name: 'Start next campaign' }).click();
  await expect
    .poll(async () => (await api().campaigns.list()).some((c) => c.name === NEXT))
    .toBe(true);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
  await board.card(NEXT).click();
  await panel.title.waitFor();
  const learnings = panel.root.getByRole('region', { name: 'Learnings from past campaigns' });
  await learnings.getByText(LEARNING).waitFor();
  expect(await learnings.textContent()).toContain(
    'same type (Email) · channel Email, SMS · same client',
  );
  await learnings.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/T-learnings-panel-${scheme}.png` });
  }
  expect(pageErrors).toEqual([]);
}, 120_000);

test("the demo's overdue retrospective shows on its card and opens from My work", async () => {
  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  const search = page.getByRole('searchbox', { name: 'Search campaigns' });
  await search.fill('Café Partner Program');
  const card = board.card('Café Partner Program');
  await card.getByText(/^Retro overdue \d+ d$/).waitFor();
  await search.fill('');

  // The laptop's person owns it: My work lists it as a link to the Retrospectives page.
  await page.getByRole('button', { name: 'My work' }).click();
  const link = page
    .getByRole('list', { name: 'Reviews and retrospectives for you' })
    .getByRole('link', { name: /^Retrospective of Café Partner Program — overdue by \d+ day/ });
  await link.click();
  const main = page.getByRole('main', { name: 'Retrospectives' });
  // Overdue, it is also listed first here: this checks where the link leads, not the choice.
  const chosen = main
    .getByRole('navigation', { name: 'Retrospectives' })
    .locator('[aria-current="true"]');
  await expect.poll(() => chosen.textContent()).toContain('Café Partner Program');
  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  await page.getByRole('button', { name: 'My work' }).click();
  expect(pageErrors).toEqual([]);
}, 120_000);
