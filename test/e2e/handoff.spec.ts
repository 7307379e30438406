import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';
import { type BoardPage } from './pages/BoardPage';
import { type HandoffPanelPage } from './pages/HandoffPanelPage';

// One app and one page for the whole file: the steps build on each other as a team's day would.
// Jonas (Strategist, Responsible) fills the Strategy → Creative brief of "Spring Origins
// Launch" and submits it; Maya (Account Director, quality owner) approves it; the receiver
// confirms "I have what I need"; an edit after approval then needs re-approval.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');
const CAMPAIGN = 'Spring Origins Launch';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let board: BoardPage;
let panel: HandoffPanelPage;
let pageErrors: string[];

const api = () => app.backend.client;

async function personId(name: string): Promise<string> {
  const person = (await api().people.list()).find((p) => p.name === name);
  if (!person) throw new Error(`no person ${name}`);
  return person.id;
}

async function handoff() {
  const card = (await api().campaigns.list()).find((c) => c.name === CAMPAIGN)!;
  return api().handoffs.get({ id: card.currentHandoff!.id });
}

/** Makes `name` "me" on this laptop, reloads and opens the campaign's handoff from its card. */
async function actAs(name: string): Promise<void> {
  await api().workspace.setMe({ personId: await personId(name) });
  await page.reload();
  await openPanel();
}

async function openPanel(): Promise<void> {
  await board.card(CAMPAIGN).click();
  await panel.title.waitFor();
}

async function dismissToasts(): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/**
 * Light and dark screenshots: the window, the panel, or the whole panel body unscrolled (a tall
 * window for the shot, so the full brief is in one picture).
 */
async function shoot(
  name: string,
  target: 'page' | 'panel' | 'tall-panel' = 'page',
): Promise<void> {
  const viewport = page.viewportSize();
  if (target === 'tall-panel' && viewport) {
    const height = await panel.root
      .locator('.handoff-panel__body')
      .evaluate((el) => el.scrollHeight + 320);
    await page.setViewportSize({ width: viewport.width, height });
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const file = path.join(SHOTS, `${name}-${scheme}.png`);
    if (target === 'page') await page.screenshot({ path: file });
    else await panel.root.screenshot({ path: file });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (target === 'tall-panel' && viewport) await page.setViewportSize(viewport);
}

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.loadDemo();
  await api().workspace.setMe({ personId: await personId('Jonas Weber') });
  ({ page, pageErrors, board, panel } = await openBoardTab(chromium.browser, app, {
    card: CAMPAIGN,
    shotsDir: SHOTS,
  }));
});

afterAll(() => closeAll(page, app, chromium));

describe('handoff panel: the Strategy → Creative brief from draft to ready', () => {
  test('a refused move opens the panel on what is missing and who must act', async () => {
    await board.dragCard(CAMPAIGN, { to: 'Creative' });
    await panel.root.waitFor();
    expect(await panel.root.getAttribute('aria-label')).toBe('Strategy → Creative handoff');
    await expect.poll(() => panel.title.textContent()).toBe('Strategy → Creative · Creative brief');
    const heading = panel.root.getByRole('heading', { name: /Can’t move to Creative yet/ });
    await heading.waitFor();
    // Focus lands on the missing list, not on the board behind it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/^Can’t move to Creative yet/);
    const missing = await panel.missingItems.allTextContents();
    for (const label of [
      'Strategy summary',
      'Audience insights',
      'Success metrics',
      'Brand guidelines reviewed for this brief',
    ]) {
      expect(missing.some((m) => m.includes(label))).toBe(true);
    }
    expect(await panel.root.getByText(/Who must act: you \(Responsible\)/).count()).toBe(1);
    expect(await panel.root.getByText('Draft', { exact: true }).count()).toBe(1);
    expect(await panel.root.getByText(/^Due /).count()).toBe(1);

    await dismissToasts();
    await shoot('handoff-blocked');

    // A missing item puts the person in the field that fixes it.
    await panel.missingItem('Strategy summary').click();
    await expect
      .poll(() => panel.field('Strategy summary').evaluate((el) => el === document.activeElement))
      .toBe(true);

    // Escape closes it and gives focus back to the card that opened it.
    await page.keyboard.press('Escape');
    await panel.root.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Spring Origins Launch/);
    expect(pageErrors).toEqual([]);
  });

  test('the brief: four questions, a three-sentence summary with a live counter, tables, lists', async () => {
    await openPanel();
    await panel.field('Constraints').fill('Budget €40k media. Launch date fixed by the roastery.');
    await panel.field('What success looks like').fill('Creative can start without a call.');

    const summary = panel.field('Strategy summary');
    await summary.fill(
      'Taste where your coffee comes from. We reach home brewers where they already are. Every asset drives one action. We measure weekly.',
    );
    const counter = panel.fieldFrame('Strategy summary').locator('.hf-counter');
    await expect.poll(() => counter.textContent()).toBe('4 / 3 sentences');
    await panel.root.getByText('Has 4 sentences; at most 3 allowed.').waitFor();
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    await summary.scrollIntoViewIfNeeded();
    await shoot('handoff-sentences', 'panel');
    // Abbreviations are not sentence ends (the domain's countSentences).
    await summary.fill(
      'Taste where your coffee comes from, e.g. Huila or Sidamo. We reach home brewers where they already are. Every asset drives one action.',
    );
    await expect.poll(() => counter.textContent()).toBe('3 / 3 sentences');
    // Gone under the field at once; from the gate's list once the fix is saved.
    await expect.poll(() => panel.root.getByText(/at most 3 allowed/).count()).toBe(0);

    // Audience insights: the four aspects as quick-add rows.
    await panel.button('Add Demographics row').click();
    await panel
      .cell('Audience insights', 1, 'Insight')
      .fill('Home brewers 25–45, buy beans monthly');
    await panel.button('Add Pain points row').click();
    await panel.cell('Audience insights', 2, 'Insight').fill('Cannot tell origins apart');
    expect(await panel.cell('Audience insights', 2, 'Aspect').inputValue()).toBe('Pain points');
    expect(await panel.button('Add Demographics row').count()).toBe(0);

    await panel.field('Primary message').fill('Taste where your coffee comes from.');
    await panel.fillList('Supporting points', ['Farm stories', 'Roasted to order', 'Oops']);
    await panel.button('Remove item 3 from Supporting points').click();
    await panel.button('Move item 2 of Supporting points up').click();
    await panel.fillList('What to avoid', ['Discount-led headlines']);

    await panel.cell('Success metrics', 1, 'Metric').fill('Bags sold');
    await panel.cell('Success metrics', 1, 'Target').fill('8,000');
    await panel.cell('Success metrics', 1, 'By when').fill('Six weeks after launch');

    // Brand guidelines come from the client, read-only until overridden for this campaign.
    await panel.root.getByText('Northwind Coffee’s brand guidelines').waitFor();
    await panel.root.getByText(/^Bean mark on cream or espresso only/).waitFor();
    expect(await panel.field('Brand guidelines and constraints').count()).toBe(0);
    await panel.button('Override for this campaign').scrollIntoViewIfNeeded();
    await shoot('handoff-brand', 'panel');
    await panel.button('Override for this campaign').click();
    const brand = panel.field('Brand guidelines and constraints');
    await expect.poll(() => brand.inputValue()).toMatch(/^Voice: Warm, unhurried/);
    await expect.poll(() => brand.evaluate((el) => el === document.activeElement)).toBe(true);
    await brand.press('End');
    await brand.press('Control+End');
    await brand.pressSequentially('\nCampaign: spring greens allowed as accents.');
    await panel.root.getByText('Overridden for this campaign').waitFor();
    await panel.button('Reset to Northwind Coffee’s guidelines').waitFor();

    await summary.focus();
    await panel.waitForSaved();
    await expect
      .poll(async () => (await handoff()).gate.missing.map((m) => m.label))
      .toEqual([
        'Brand guidelines reviewed for this brief',
        'Success metrics agreed with the client',
      ]);
    const saved = (await handoff()).fields;
    expect(saved.supportingPoints).toEqual(['Roasted to order', 'Farm stories']);
    expect(saved.audience).toEqual([
      { aspect: 'Demographics', insight: 'Home brewers 25–45, buy beans monthly' },
      { aspect: 'Pain points', insight: 'Cannot tell origins apart' },
    ]);
    expect(saved.successMetrics).toEqual([
      { metric: 'Bags sold', target: '8,000', byWhen: 'Six weeks after launch' },
    ]);
    await shoot('handoff-brief', 'tall-panel');
    expect(pageErrors).toEqual([]);
  });

  test('checklist ticks name who ticked; RACI is validated inline; then submit', async () => {
    await panel.checkbox('Brand guidelines reviewed for this brief').check();
    await panel.checkbox('Success metrics agreed with the client').check();
    await expect.poll(() => panel.root.getByText(/^Ticked by Jonas Weber/).count()).toBe(2);

    // Exactly one Accountable: clearing it is shown under the role and in the missing list.
    await panel.select('Accountable').selectOption({ label: 'No one yet' });
    await panel.root.getByText('needs exactly one person').first().waitFor();
    await panel.missingItem('Accountable').waitFor();
    expect(await panel.button('Submit for approval').isDisabled()).toBe(true);
    await panel.select('Accountable').selectOption({ label: 'Maya Okafor — Account Director' });
    await panel.select('Add Informed').selectOption({ label: 'Sam Patel — Designer' });
    await panel.button('Remove Sam Patel from Informed').waitFor();
    await expect.poll(() => panel.missingItems.count()).toBe(0);
    const raci = (await handoff()).raci;
    const sam = await personId('Sam Patel');
    expect(raci.filter((r) => r.role === 'A')).toHaveLength(1);
    expect(raci.some((r) => r.role === 'I' && r.personId === sam)).toBe(true);

    await panel.button('Submit for approval').click();
    await panel.root.getByText('Submitted', { exact: true }).waitFor();
    await panel.trail
      .filter({ hasText: 'Jonas Weber (Responsible) submitted the package' })
      .waitFor();
    await panel.flowStatus
      .getByText(/Waiting on Maya Okafor \(quality owner\) to approve/)
      .waitFor();
    expect((await handoff()).handoff.status).toBe('submitted');
    expect(pageErrors).toEqual([]);
  });

  test('the quality owner approves; the receiver confirms “I have what I need”', async () => {
    await actAs('Maya Okafor');
    await panel.button('Request changes').waitFor();
    await panel.button('Approve').click();
    await panel.root.getByText('Approved', { exact: true }).waitFor();
    await panel.trail
      .filter({ hasText: /Maya Okafor \(Accountable, Quality owner\) approved/ })
      .waitFor();

    const receiverIds = (await handoff()).receiverIds;
    const people = await api().people.list();
    const receiver = people.find((p) => p.id === receiverIds[0])!;
    await panel.flowStatus
      .getByText(new RegExp(`Waiting on ${receiver.name} \\(receiver\\)`))
      .waitFor();

    await actAs(receiver.name);
    await panel.button('Send back').waitFor();
    await panel.button('I have what I need').click();
    await panel.flowStatus.getByText('Ready: the card can move to Creative.').waitFor();
    await panel.root.getByText('Gate: ready').waitFor();
    await panel.trail
      .filter({ hasText: new RegExp(`${receiver.name} \\(.*Receiver\\) confirmed`) })
      .waitFor();
    const after = await handoff();
    expect(after.gate.passed).toBe(true);
    expect(after.handoff.status).toBe('acknowledged');
    await panel.section('Trail').scrollIntoViewIfNeeded();
    await shoot('handoff-trail', 'panel');
    expect(pageErrors).toEqual([]);
  });

  test('an edit after approval needs re-approval', async () => {
    await panel.field('Primary message').fill('Every bag tells you its farm.');
    await panel.root.getByText('Changed since approval — needs re-approval').waitFor();
    await panel.waitForSaved();
    const after = await handoff();
    expect(after.gate.passed).toBe(false);
    expect(after.handoff.status).toBe('submitted');
    await panel.trail.filter({ hasText: 'edited it after approval' }).waitFor();
    await panel.root.locator('.handoff-panel__body').evaluate((el) => el.scrollTo(0, 0));
    await shoot('handoff-changed', 'panel');
    await panel.flowStatus
      .getByText(/Waiting on Maya Okafor \(quality owner\) to approve/)
      .waitFor();
    expect(pageErrors).toEqual([]);
  });

  test('a reload keeps everything; autosave survives a reload mid-typing', async () => {
    await page.reload();
    await openPanel();
    expect(await panel.field('Primary message').inputValue()).toBe('Every bag tells you its farm.');
    expect(await panel.listItem('Supporting points', 1).inputValue()).toBe('Roasted to order');
    expect(await panel.checkbox('Success metrics agreed with the client').isChecked()).toBe(true);
    await panel.root.getByText('Overridden for this campaign').waitFor();
    expect(await panel.field('Brand guidelines and constraints').inputValue()).toContain(
      'Campaign: spring greens allowed as accents.',
    );
    await panel.root.getByText('Changed since approval — needs re-approval').waitFor();
    expect(await panel.trail.count()).toBeGreaterThanOrEqual(4);

    // Typed, saved, reloaded: it is there.
    await panel.field('Context').fill('Roastery visits sold out last spring.');
    await panel.savedState('Context').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    await openPanel();
    expect(await panel.field('Context').inputValue()).toBe('Roastery visits sold out last spring.');

    // Reloaded before the autosave fired: the draft kept in the browser is restored and saved.
    await panel.field('Context').fill('Typed just before the window went away.');
    await page.reload();
    await openPanel();
    expect(await panel.field('Context').inputValue()).toBe(
      'Typed just before the window went away.',
    );
    await panel.root.getByText(/Restored what you typed before the window closed/).waitFor();
    await expect
      .poll(async () => (await handoff()).fields.context)
      .toBe('Typed just before the window went away.');
    expect(pageErrors).toEqual([]);
  });

  test('override asks the Accountable person for a reason and is highlighted in the trail', async () => {
    await actAs('Maya Okafor');
    await panel.button('Override gate').click();
    const dialog = panel.dialog('Override the gate');
    await dialog.getByRole('button', { name: 'Override gate' }).click();
    await dialog.getByText('Why override is required.').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Why override' })
      .fill('Client call: brief agreed verbally.');
    await dialog.getByRole('button', { name: 'Override gate' }).click();
    await dialog.waitFor({ state: 'detached' });
    const entry = panel.trail.filter({ hasText: 'overrode the gate' });
    await entry.getByText('Client call: brief agreed verbally.').waitFor();
    expect(await entry.getByText('Override', { exact: true }).count()).toBe(1);
    await panel.flowStatus.getByText(/Gate overridden/).waitFor();
    await entry.scrollIntoViewIfNeeded();
    await shoot('handoff-override-trail', 'panel');
    expect((await handoff()).gate.overridden).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  test('a comment is added to the handoff', async () => {
    await panel.field('Add a comment').fill('Maya: override logged, let us review Monday.');
    await panel.button('Comment').click();
    await panel
      .section('Comments')
      .getByText('Maya: override logged, let us review Monday.')
      .waitFor();
    expect(await panel.field('Add a comment').inputValue()).toBe('');
    expect((await handoff()).comments.map((c) => c.body)).toEqual([
      'Maya: override logged, let us review Monday.',
    ]);
    expect(pageErrors).toEqual([]);
  });

  test('a teammate’s edit shows up live, but never over what someone is typing', async () => {
    const id = (await handoff()).handoff.id;
    await api().handoffs.setField({ handoffId: id, key: 'avoid', value: ['Jargon', 'Price talk'] });
    await expect.poll(() => panel.listItem('What to avoid', 2).inputValue()).toBe('Price talk');

    const context = panel.field('Context');
    await context.click();
    await context.press('Control+End');
    await context.pressSequentially(' And more');
    await api().handoffs.setField({ handoffId: id, key: 'context', value: 'A teammate’s text' });
    await panel.savedState('Context').filter({ hasText: 'Saved' }).waitFor();
    expect(await context.inputValue()).toBe('Typed just before the window went away. And more');
    // Both wrote; the later write (this person's autosave) is what the package holds.
    await expect
      .poll(async () => (await handoff()).fields.context)
      .toBe('Typed just before the window went away. And more');
    expect(pageErrors).toEqual([]);
  });

  test('the receiver sends a package back naming what is missing', async () => {
    // Holiday Gift Boxes waits on its receiver (the Production → Launch package is approved).
    const card = (await api().campaigns.list()).find((c) => c.name === 'Holiday Gift Boxes')!;
    const detail = await api().handoffs.get({ id: card.currentHandoff!.id });
    const receiver = (await api().people.list()).find((p) => p.id === detail.receiverIds[0])!;
    await api().workspace.setMe({ personId: receiver.id });
    await page.reload();
    await board.card('Holiday Gift Boxes').click();
    await panel.title.waitFor();
    await panel.button('Send back').click();
    const dialog = panel.dialog('Send back');
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await dialog.getByText('Name what you still need: tick an item or write it.').waitFor();
    await dialog.getByRole('checkbox', { name: 'Tracking tested' }).check();
    await dialog.getByRole('textbox', { name: 'Something else' }).fill('Final TikTok cut');
    await shoot('handoff-send-back', 'page');
    await dialog.getByRole('button', { name: 'Send back' }).click();
    await dialog.waitFor({ state: 'detached' });
    const entry = panel.trail.filter({ hasText: 'sent it back' });
    await entry.getByText('Tracking tested').waitFor();
    await entry.getByText('Final TikTok cut').waitFor();
    await panel.root.getByText('Changes requested', { exact: true }).waitFor();
    expect((await api().handoffs.get({ id: detail.handoff.id })).handoff.status).toBe(
      'changes_requested',
    );
    expect(pageErrors).toEqual([]);
  });
});
