import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openWindow, startApp, type RunningApp } from './harness';
import { AppShellPage } from './pages/AppShellPage';
import { BoardPage } from './pages/BoardPage';
import { CampaignDetailsPage } from './pages/CampaignDetailsPage';
import { CommandPalettePage } from './pages/CommandPalettePage';
import { HandoffPanelPage } from './pages/HandoffPanelPage';
import { NewCampaignDialogPage } from './pages/NewCampaignDialogPage';
import { SettingsPage } from './pages/SettingsPage';

// The stage-board story end to end, one app and one page, each step building on the last:
// Ada creates a campaign in the New campaign dialog; dragging it to Creative is refused and the
// panel lists what is missing; she fills the brief, names the people and submits; Maya (quality
// owner) approves; Sam (who receives the work in Creative) confirms "I have what I need"; the
// card then moves, and stays moved after a reload. The next hop (Creative → Production) is
// overridden by its Accountable person and moved with the keyboard. Last, on a second
// campaign, an edit after approval voids the approval until the quality owner approves again.
//
// The workspace is made through the API with role titles that the brief's template does not
// know (no Strategist, no Account Director), so Responsible, Accountable and the quality owner
// start empty and are named through the panel. "Designer" is the Creative → Production
// Responsible, so Sam is the brief's receiver; "Creative Director" is that hop's Accountable.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');
const CAMPAIGN = 'Trailhead Autumn Launch';
const SECOND = 'Summit Gear Refresh';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let shell: AppShellPage;
let board: BoardPage;
let panel: HandoffPanelPage;

const api = () => app.backend.client;

async function personId(name: string): Promise<string> {
  const person = (await api().people.list()).find((p) => p.name === name);
  if (!person) throw new Error(`no person ${name}`);
  return person.id;
}

async function summary(name: string) {
  const card = (await api().campaigns.list()).find((c) => c.name === name);
  if (!card) throw new Error(`no campaign ${name}`);
  return card;
}

async function stageOf(name: string): Promise<string> {
  return (await summary(name)).stageName;
}

async function currentHandoff(name: string) {
  return api().handoffs.get({ id: (await summary(name)).currentHandoff!.id });
}

/** The card's accessible name, which carries its gate ("…, gate: 14 missing, …"). */
async function cardLabel(name: string): Promise<string> {
  return (await board.card(name).getAttribute('aria-label')) ?? '';
}

async function openPanel(name: string): Promise<void> {
  await board.card(name).click();
  await panel.title.waitFor();
}

/** "Who am I" through the API, then a reload so the window picks it up (as board.spec does). */
async function becomeByApi(name: string): Promise<void> {
  await api().workspace.setMe({ personId: await personId(name) });
  await page.reload();
  await shell.me(name).waitFor();
}

/**
 * "Who am I" the way a person changes it: Settings, then back to the board. An open handoff panel
 * stays open across screens and follows the switch at once; the "You are … on this computer"
 * toast sits beside it, off the footer's buttons.
 */
async function becomeInSettings(label: string, name: string): Promise<void> {
  await shell.open('Settings');
  await new SettingsPage(page).whoAmI.selectOption({ label });
  await shell.me(name).waitFor();
  if ((await panel.root.count()) > 0) {
    const toast = page.locator('.ui-toast').filter({ hasText: `You are ${name} on this computer` });
    await toast.waitFor();
    const [toastBox, panelBox] = [await toast.boundingBox(), await panel.root.boundingBox()];
    expect(toastBox!.x + toastBox!.width).toBeLessThanOrEqual(panelBox!.x);
  }
  await shell.open('Board');
}

/** Twelve weeks out: room for every step before launch, so no slack warning clutters the shots. */
function launchInTwelveWeeks(): string {
  return new Date(Date.now() + 84 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.create({
    name: 'Northstar',
    me: { name: 'Ada Byron', roleTitle: 'Planner' },
  });
  await api().clients.create({ name: 'Acme Outdoor', accentColor: '#237032' });
  for (const [name, roleTitle] of [
    ['Maya Lin', 'Client Lead'],
    ['Sam Okafor', 'Designer'],
    ['Rui Costa', 'Creative Director'],
    ['Lena Park', 'Producer'],
  ] as const) {
    await api().people.create({ name, roleTitle });
  }
  ({ page, pageErrors } = await openWindow(chromium.browser, app.server.url));
  shell = new AppShellPage(page);
  board = new BoardPage(page);
  panel = new HandoffPanelPage(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

describe('the stage-board story: from a new campaign to Production', () => {
  test('1. a campaign made in the New campaign dialog lands in Strategy', async () => {
    const dialog = new NewCampaignDialogPage(page);
    await shell.newCampaignButton.click();
    await dialog.dialog.waitFor();
    await dialog.fill({
      name: CAMPAIGN,
      client: 'Acme Outdoor',
      type: 'Email',
      channels: ['Email'],
      launchDate: launchInTwelveWeeks(),
      owner: 'Maya Lin',
      team: ['Ada Byron', 'Maya Lin', 'Sam Okafor'],
    });
    await dialog.create();
    const details = new CampaignDetailsPage(page, CAMPAIGN);
    await details.plan.waitFor();
    await details.close();

    await board.cardIn('Strategy', CAMPAIGN).waitFor();
    expect(await stageOf(CAMPAIGN)).toBe('Strategy');
    // Nothing of the brief is there yet, nor anyone the template could name.
    expect(await cardLabel(CAMPAIGN)).toContain('gate: 14 missing');
  });

  test('2. dragged to Creative, it springs back and the panel lists what is missing', async () => {
    await board.dragCard(CAMPAIGN, { to: 'Creative' });
    await board.notification('The Strategy → Creative handoff is not ready: 14 missing').waitFor();
    await panel.root.waitFor();
    expect(await panel.root.getAttribute('aria-label')).toBe('Strategy → Creative handoff');
    await panel.root.getByRole('heading', { name: /^Can’t move to Creative yet/ }).waitFor();
    await expect.poll(() => panel.missingItems.count()).toBe(14);
    for (const label of [
      'Objective',
      'Strategy summary',
      'Success metrics',
      'Brand guidelines reviewed for this brief',
      'Responsible',
      'Accountable',
      'Quality owner',
    ]) {
      expect(await panel.missingItem(label).count(), label).toBeGreaterThan(0);
    }
    // Sprung back: still in Strategy on screen and in the backend.
    expect(await board.cardIn('Strategy', CAMPAIGN).count()).toBe(1);
    expect(await board.cardIn('Creative', CAMPAIGN).count()).toBe(0);
    expect(await stageOf(CAMPAIGN)).toBe('Strategy');
    await page.screenshot({ path: path.join(SHOTS, 'story-blocked.png') });
    await shell.dismissNotifications();
    expect(pageErrors).toEqual([]);
  });

  test('3. the brief is filled, ticked and staffed in the panel, then submitted', async () => {
    await panel.field('Objective').fill('Sell out the autumn trail collection before November.');
    await panel
      .field('Context')
      .fill('Last autumn’s range sold out in week three; stock is double this year.');
    await panel.field('Constraints').fill('€25k media. Launch date fixed by the retailer.');
    await panel.field('What success looks like').fill('Creative can start without a kickoff call.');

    const strategy = panel.field('Strategy summary');
    await strategy.fill(
      'Trails first. Gear second. Every asset ends on a trail. We measure weekly.',
    );
    await panel.root.getByText('Has 4 sentences; at most 3 allowed.').waitFor();
    await strategy.fill(
      'Trails first, gear second. Every asset ends on a trail. We measure weekly.',
    );
    await expect.poll(() => panel.root.getByText(/at most 3 allowed/).count()).toBe(0);

    await panel.cell('Audience insights', 1, 'Aspect').fill('Demographics');
    await panel.cell('Audience insights', 1, 'Insight').fill('Weekend hikers 28–45');
    await panel.field('Primary message').fill('The trail is the reason; the gear gets you there.');
    await panel.fillList('Supporting points', ['Tested on local trails', 'Repair for life']);
    await panel.cell('Success metrics', 1, 'Metric').fill('Jackets sold');
    await panel.cell('Success metrics', 1, 'Target').fill('3,000');
    await panel.cell('Success metrics', 1, 'By when').fill('Four weeks after launch');

    await panel.checkbox('Brand guidelines reviewed for this brief').check();
    await panel.checkbox('Success metrics agreed with the client').check();
    await expect.poll(() => panel.root.getByText(/^Ticked by Ada Byron/).count()).toBe(2);

    // Rules 2 and 3: a Responsible, exactly one Accountable, a named quality owner.
    await panel.select('Add Responsible').selectOption({ label: 'Ada Byron — Planner' });
    await panel.button('Remove Ada Byron from Responsible').waitFor();
    await panel.select('Accountable').selectOption({ label: 'Maya Lin — Client Lead' });
    await panel.select('Quality owner').selectOption({ label: 'Maya Lin — Client Lead' });

    await strategy.focus();
    await panel.waitForSaved();
    await expect.poll(() => panel.missingItems.count()).toBe(0);
    const filled = await currentHandoff(CAMPAIGN);
    expect(filled.gate.missing).toEqual([]);
    expect(filled.raci.filter((r) => r.role === 'A').map((r) => r.personId)).toEqual([
      await personId('Maya Lin'),
    ]);
    expect(filled.handoff.qualityOwnerId).toBe(await personId('Maya Lin'));
    expect(filled.fields.successMetrics).toEqual([
      { metric: 'Jackets sold', target: '3,000', byWhen: 'Four weeks after launch' },
    ]);

    // The whole brief in one picture: a window tall enough for the unscrolled panel.
    const viewport = page.viewportSize()!;
    const height = await panel.root.evaluate((el) =>
      Array.from(el.children).reduce((sum, child) => sum + child.scrollHeight, 0),
    );
    await page.setViewportSize({ width: viewport.width, height: height + 40 });
    await panel.root.screenshot({ path: path.join(SHOTS, 'story-brief.png') });
    await page.setViewportSize(viewport);

    await panel.button('Submit for approval').click();
    await panel.root.getByText('Submitted', { exact: true }).waitFor();
    await panel.trail
      .filter({ hasText: 'Ada Byron (Responsible) submitted the package' })
      .waitFor();
    await panel.flowStatus.getByText(/Waiting on Maya Lin \(quality owner\) to approve/).waitFor();
    expect((await currentHandoff(CAMPAIGN)).handoff.status).toBe('submitted');
    expect(pageErrors).toEqual([]);
  });

  test('4. the quality owner approves and the receiver has what they need', async () => {
    // The panel Ada submitted from is still open, and now offers Maya her step.
    await becomeInSettings('Maya Lin — Client Lead', 'Maya Lin');
    await panel.flowStatus.getByText('Your turn: approve the package.').waitFor();
    await panel.button('Approve').click();
    await panel.root.getByText('Approved', { exact: true }).waitFor();
    await panel.trail
      .filter({ hasText: /Maya Lin \(Accountable, Quality owner\) approved/ })
      .waitFor();
    await panel.flowStatus.getByText(/Waiting on Sam Okafor \(receiver\)/).waitFor();
    await expect.poll(() => cardLabel(CAMPAIGN)).toContain('gate: awaiting receiver');

    await becomeByApi('Sam Okafor');
    await openPanel(CAMPAIGN);
    await panel.button('I have what I need').click();
    await panel.flowStatus.getByText('Ready: the card can move to Creative.').waitFor();
    await panel.root.getByText('Gate: ready').waitFor();
    await panel.trail.filter({ hasText: /Sam Okafor \(.*Receiver\) confirmed/ }).waitFor();
    const after = await currentHandoff(CAMPAIGN);
    expect(after.handoff.status).toBe('acknowledged');
    expect(after.gate.passed).toBe(true);
    await expect.poll(() => cardLabel(CAMPAIGN)).toContain('gate: ready');
    await page.keyboard.press('Escape');
    await panel.root.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });

  test('5. dragged to Creative again, it moves', async () => {
    await board.dragCard(CAMPAIGN, { to: 'Creative' });
    await board.cardIn('Creative', CAMPAIGN).waitFor();
    await board.notification(`${CAMPAIGN} moved to Creative`).waitFor();
    expect(await board.cardIn('Strategy', CAMPAIGN).count()).toBe(0);
    await expect.poll(() => stageOf(CAMPAIGN)).toBe('Creative');
    // The next handoff is open: Creative → Production, with its own (empty) package.
    const next = await currentHandoff(CAMPAIGN);
    expect(`${next.fromStageName} → ${next.toStageName}`).toBe('Creative → Production');
    expect(next.handoff.status).toBe('draft');
    await shell.dismissNotifications();
    expect(pageErrors).toEqual([]);
  });

  test('6. after a reload it is still in Creative, the brief done in its trail', async () => {
    await page.reload();
    await board.cardIn('Creative', CAMPAIGN).waitFor();
    expect(await board.cardIn('Strategy', CAMPAIGN).count()).toBe(0);

    await new CommandPalettePage(page).run(
      `Open campaign: ${CAMPAIGN}`,
      `Open campaign: ${CAMPAIGN}`,
    );
    const details = new CampaignDetailsPage(page, CAMPAIGN);
    await details.activity.getByRole('listitem').first().waitFor();
    await details.step('Strategy → Creative').getByText('Done', { exact: true }).waitFor();
    const activity = await details.activity.getByRole('listitem').allInnerTexts();
    const said = (text: string) => activity.some((a) => a.includes(text));
    expect(said('Sam Okafor confirmed they have what they need from the Strategy → Creative')).toBe(
      true,
    );
    expect(said('Maya Lin approved the Strategy → Creative handoff')).toBe(true);
    expect(said('completed the Strategy → Creative handoff')).toBe(true);
    await details.close();
    expect(pageErrors).toEqual([]);
  });

  test('7. the next hop passes (override by its Accountable) and the keyboard moves the card', async () => {
    const next = await currentHandoff(CAMPAIGN);
    expect(`${next.fromStageName} → ${next.toStageName}`).toBe('Creative → Production');
    expect(next.gate.passed).toBe(false);
    const rui = await personId('Rui Costa');
    expect(next.raci.filter((r) => r.role === 'A').map((r) => r.personId)).toEqual([rui]);
    await api().workspace.setMe({ personId: rui });
    await api().handoffs.override({
      id: next.handoff.id,
      reason: 'Assets reviewed on a call; package follows.',
    });
    await page.reload();
    await shell.me('Rui Costa').waitFor();
    await expect.poll(() => cardLabel(CAMPAIGN)).toContain('gate: overridden');

    await board.moveWithKeyboard(CAMPAIGN, ['ArrowRight'], { expectOver: 'Production' });
    await board.cardIn('Production', CAMPAIGN).waitFor();
    expect(await board.cardIn('Creative', CAMPAIGN).count()).toBe(0);
    await expect.poll(() => stageOf(CAMPAIGN)).toBe('Production');
    await shell.dismissNotifications();
    expect(pageErrors).toEqual([]);
  });

  test('8. an edit after approval needs re-approval', async () => {
    // A second campaign, brought to "approved, not yet confirmed" through the API.
    const [ada, maya] = [await personId('Ada Byron'), await personId('Maya Lin')];
    const client = (await api().clients.list()).find((c) => c.name === 'Acme Outdoor')!;
    await api().workspace.setMe({ personId: ada });
    await api().campaigns.create({ name: SECOND, clientId: client.id, type: 'social' });
    const draft = await currentHandoff(SECOND);
    const id = draft.handoff.id;
    const fields: Record<string, string | string[] | Record<string, string>[]> = {
      objective: 'Refresh the summit range.',
      context: 'New colours this year.',
      constraints: 'Social only.',
      success: 'Creative starts without questions.',
      strategySummary: 'Summits are for everyone.',
      audience: [{ aspect: 'Motivations', insight: 'First summit this year' }],
      primaryMessage: 'Your first summit starts here.',
      supportingPoints: ['Light', 'Warm'],
      successMetrics: [{ metric: 'Saves', target: '5,000', byWhen: 'Launch + 2 weeks' }],
    };
    for (const [key, value] of Object.entries(fields)) {
      await api().handoffs.setField({ handoffId: id, key, value });
    }
    for (const item of draft.checklist)
      await api().handoffs.setChecklistItem({ id: item.id, done: true });
    await api().handoffs.setRaci({
      handoffId: id,
      assignments: [
        { personId: ada, role: 'R' },
        { personId: maya, role: 'A' },
      ],
    });
    await api().handoffs.setQualityOwner({ handoffId: id, personId: maya });
    await api().handoffs.submit({ id });
    await api().workspace.setMe({ personId: maya });
    const submitted = await api().handoffs.get({ id });
    await api().handoffs.approve({ id, packageHash: submitted.packageHash });
    expect((await api().handoffs.get({ id })).handoff.status).toBe('approved');

    // Ada (Responsible) changes the primary message in the panel.
    await becomeByApi('Ada Byron');
    await openPanel(SECOND);
    await panel.root.getByText('Approved', { exact: true }).waitFor();
    expect(await panel.root.getByText('Changed since approval — needs re-approval').count()).toBe(
      0,
    );
    await panel.field('Primary message').fill('Your first summit starts in your street.');
    await panel.root.getByText('Changed since approval — needs re-approval').waitFor();
    await panel.waitForSaved();
    await panel.trail.filter({ hasText: 'edited it after approval: needs re-approval' }).waitFor();
    await panel.root.getByText('Submitted', { exact: true }).waitFor();
    await panel.flowStatus.getByText(/Waiting on Maya Lin \(quality owner\) to approve/).waitFor();
    await panel.root.getByText('Gate: changed since approval').waitFor();
    await expect.poll(() => cardLabel(SECOND)).toContain('gate: changed since approval');
    const changed = await api().handoffs.get({ id });
    expect(changed.handoff.status).toBe('submitted');
    expect(changed.gate.passed).toBe(false);
    // The receiver cannot confirm what the quality owner has not seen.
    expect(await panel.button('I have what I need').count()).toBe(0);

    // Maya approves again; the banner goes and the receiver is next.
    await becomeInSettings('Maya Lin — Client Lead', 'Maya Lin');
    await panel.flowStatus.getByText('Your turn: approve the package.').waitFor();
    await panel.root.getByText('Changed since approval — needs re-approval').waitFor();
    await panel.button('Approve').click();
    await panel.root.getByText('Approved', { exact: true }).waitFor();
    await expect
      .poll(() => panel.root.getByText('Changed since approval — needs re-approval').count())
      .toBe(0);
    await panel.flowStatus.getByText(/Waiting on Sam Okafor \(receiver\)/).waitFor();
    const reapproved = await api().handoffs.get({ id });
    expect(reapproved.handoff.status).toBe('approved');
    expect(reapproved.approvedHash).toBe(reapproved.packageHash);
    expect(pageErrors).toEqual([]);
  });
});
