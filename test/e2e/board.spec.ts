import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';
import type { BoardPage } from './pages/BoardPage';

// One app and one page for the whole file (the steps build on each other, as a person's
// session would): the demo agency, then moves by mouse and keyboard, undo, and filters.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let board: BoardPage;
let pageErrors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await app.backend.client.workspace.loadDemo();
  ({ page, pageErrors, board } = await openBoardTab(chromium.browser, app, {
    card: 'Spring Origins Launch',
    shotsDir: SHOTS,
  }));
});

afterAll(() => closeAll(page, app, chromium));

const api = () => app.backend.client;

async function stageOf(name: string): Promise<string> {
  const card = (await api().campaigns.list()).find((c) => c.name === name);
  if (!card) throw new Error(`no campaign ${name}`);
  return card.stageName;
}

/** Makes `name` "me" on this laptop and confirms the campaign's handoff as its receiver. */
async function acknowledgeAs(person: string, campaign: string): Promise<void> {
  const people = await api().people.list();
  const receiver = people.find((p) => p.name === person)!;
  await api().workspace.setMe({ personId: receiver.id });
  const card = (await api().campaigns.list()).find((c) => c.name === campaign)!;
  await api().handoffs.acknowledge({ id: card.currentHandoff!.id });
}

/** Reloads so the window picks up who "me" is now, and waits for the board. */
async function reload(): Promise<void> {
  await page.reload();
  await board.card('Spring Origins Launch').waitFor();
}

/** The handoff side panel (a complementary region named "… handoff"). */
function handoffPanel() {
  return page.getByRole('complementary', { name: /handoff$/ });
}

async function dismissToasts(): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

describe('stage board', () => {
  test('cards show client, type, dates, gate, people, overdue and negative slack', async () => {
    const summaries = await api().campaigns.list();
    expect(await board.cards().count()).toBe(summaries.length);
    const loyalty = board.cardIn('Strategy', 'Loyalty App Re-engagement');
    const label = (await loyalty.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^Loyalty App Re-engagement, Northwind Coffee, /);
    expect(label).toContain('gate: 11 missing');
    expect(label).toContain('overdue');
    expect(await loyalty.getByText('Overdue').count()).toBe(1);
    const slack = summaries.filter((c) => c.negativeSlack).length;
    expect(slack).toBeGreaterThan(0);
    expect(await page.getByText('Negative slack', { exact: true }).count()).toBe(slack);
    expect(await loyalty.getByRole('img', { name: 'Maya Okafor' }).count()).toBe(1);

    // Reduced motion zeroes the design tokens' transitions, so a theme switch is not
    // photographed half way.
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.screenshot({ path: path.join(SHOTS, 'board-light.png') });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.screenshot({ path: path.join(SHOTS, 'board-dark.png') });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  test('a card whose gate fails springs back when dragged to the next stage', async () => {
    await board.dragCard('Spring Origins Launch', {
      to: 'Creative',
      whileOver: async () => {
        await board.column('Creative').getByText('Blocked: 9 missing').waitFor();
        await page.screenshot({ path: path.join(SHOTS, 'board-dragging.png') });
      },
    });
    await board.notification('The Strategy → Creative handoff is not ready: 9 missing').waitFor();
    // The handoff panel opens on what is missing (the panel itself is the handoff feature's).
    await handoffPanel().waitFor();
    expect(await board.cardIn('Strategy', 'Spring Origins Launch').count()).toBe(1);
    expect(await board.cardIn('Creative', 'Spring Origins Launch').count()).toBe(0);
    expect(await stageOf('Spring Origins Launch')).toBe('Strategy');
    await page.screenshot({ path: path.join(SHOTS, 'board-blocked.png') });
    await page.keyboard.press('Escape');
    await handoffPanel().waitFor({ state: 'detached' });

    // Skipping a stage is refused with the backend's reason.
    await board.dragCard('Commuter Season', { to: 'Production' });
    await board.notification(/Cards move one stage at a time/).waitFor();
    expect(await stageOf('Commuter Season')).toBe('Strategy');
    await dismissToasts();
  });

  test('a card whose gate passes moves by mouse, and Ctrl+Z undoes it', async () => {
    await acknowledgeAs('Lucía Fernández', 'Holiday Gift Boxes');
    await reload();
    await board.dragCard('Holiday Gift Boxes', { to: 'Launch' });
    await board.cardIn('Launch', 'Holiday Gift Boxes').waitFor();
    await board.notification('Holiday Gift Boxes moved to Launch').waitFor();
    expect(await stageOf('Holiday Gift Boxes')).toBe('Launch');

    await page.keyboard.press('Control+z');
    await board.notification('Undone: Holiday Gift Boxes is back in Production').waitFor();
    await board.cardIn('Production', 'Holiday Gift Boxes').waitFor();
    expect(await stageOf('Holiday Gift Boxes')).toBe('Production');
    await dismissToasts();
  });

  test('the keyboard moves a card: Space, an arrow, Space', async () => {
    await acknowledgeAs('Tom Becker', 'Winter Riding Tips');
    await reload();
    // Enter on a resting card opens its handoff, as a click does.
    await board.card('Winter Riding Tips').focus();
    await page.keyboard.press('Enter');
    await handoffPanel().waitFor();
    await page.keyboard.press('Escape');
    await handoffPanel().waitFor({ state: 'detached' });
    // Escape puts it back without moving.
    await board.pickUp('Winter Riding Tips');
    await page.keyboard.press('ArrowRight');
    await board.announcement('Winter Riding Tips is over Live.').waitFor();
    await page.keyboard.press('Escape');
    await board.announcement(/Move cancelled/).waitFor();
    expect(await stageOf('Winter Riding Tips')).toBe('Launch');

    await board.moveWithKeyboard('Winter Riding Tips', ['ArrowRight'], { expectOver: 'Live' });
    await board.cardIn('Live', 'Winter Riding Tips').waitFor();
    await expect.poll(() => stageOf('Winter Riding Tips')).toBe('Live');
    // Focus follows the card into its new column.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Winter Riding Tips/);
    await dismissToasts();
  });

  test('dragging back asks for a reason, then moves the card back', async () => {
    await board.dragCard('Helio X2 Reveal', { to: 'Strategy' });
    const dialog = board.moveBackDialog;
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Move back' }).click();
    await dialog.getByText('Reason is required').waitFor();
    expect(await stageOf('Helio X2 Reveal')).toBe('Creative');
    await dialog
      .getByRole('textbox', { name: 'Reason' })
      .fill('The brief missed the launch offer.');
    await page.screenshot({ path: path.join(SHOTS, 'board-move-back.png') });
    await dialog.getByRole('button', { name: 'Move back' }).click();
    await board.cardIn('Strategy', 'Helio X2 Reveal').waitFor();
    expect(await stageOf('Helio X2 Reveal')).toBe('Strategy');
    expect(await dialog.count()).toBe(0);
    await dismissToasts();
  });

  test('filters narrow the board: client, text, overdue, my work', async () => {
    // A fresh page: the keyboard test left the board scrolled to where the card went.
    await reload();
    const all = await api().campaigns.list();
    const count = () => board.cards().count();

    await board.filterBy('Client', 'Helio Bikes');
    await expect.poll(count).toBe(all.filter((c) => c.clientName === 'Helio Bikes').length);
    await page.screenshot({ path: path.join(SHOTS, 'board-filtered.png') });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.screenshot({ path: path.join(SHOTS, 'board-filtered-dark.png') });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await board.clearFilters();
    await expect.poll(count).toBe(all.length);

    await board.search.fill('gift');
    await expect.poll(count).toBe(1);
    expect(await board.card('Holiday Gift Boxes').count()).toBe(1);
    await board.search.fill('zzz nothing');
    await page.getByText('No campaigns match these filters').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'board-filter-empty.png') });
    await board.clearFilters();
    await expect.poll(count).toBe(all.length);

    await board.toggle('Overdue only').click();
    expect(await board.toggle('Overdue only').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(count).toBe(all.filter((c) => c.currentHandoff?.overdue).length);
    await board.toggle('Overdue only').click();

    // Me is Tom Becker now (from the keyboard test): handoffs he is R, A, quality owner or
    // receiver of.
    const tom = (await api().workspace.get())!.me!;
    const mine = all.filter((c) => {
      const h = c.currentHandoff;
      return (
        !!h &&
        (h.responsibleIds.includes(tom.id) ||
          h.accountableId === tom.id ||
          h.qualityOwnerId === tom.id ||
          h.receiverIds.includes(tom.id))
      );
    });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    await board.toggle('My work').click();
    await expect.poll(count).toBe(mine.length);
    await board.toggle('My work').click();
    await expect.poll(count).toBe(all.length);
    expect(pageErrors).toEqual([]);
  });
});
