import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openWindow, startApp, type RunningApp } from './harness';
import { AppShellPage } from './pages/AppShellPage';
import { BoardPage } from './pages/BoardPage';
import { CampaignDetailsPage } from './pages/CampaignDetailsPage';
import { ClientsPage } from './pages/ClientsPage';
import { CommandPalettePage } from './pages/CommandPalettePage';
import { NewCampaignDialogPage } from './pages/NewCampaignDialogPage';
import { PeoplePage } from './pages/PeoplePage';
import { SettingsPage } from './pages/SettingsPage';

// One app and one page for the file, steps building on each other as a person's session
// would: create a campaign, use the palette, manage clients and people, then settings.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let shell: AppShellPage;

const api = () => app.backend.client;

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.create({
    name: 'Northstar',
    me: { name: 'Ada Byron', roleTitle: 'Strategist' },
  });
  await api().clients.create({ name: 'Acme Outdoor', accentColor: '#237032' });
  await api().people.create({
    name: 'Maya Lin',
    email: 'maya@northstar.example',
    roleTitle: 'Creative lead',
  });
  await api().people.create({ name: 'Sam Okafor', roleTitle: 'Producer' });
  ({ page, pageErrors } = await openWindow(chromium.browser, app.server.url));
  shell = new AppShellPage(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

/**
 * Light and dark screenshots of what is on screen. The theme may be pinned by then (the test
 * of the theme toggle pins it): unpinned for the shots so the OS scheme decides, then restored.
 */
async function shoot(name: string): Promise<void> {
  await shell.dismissNotifications();
  const pinned = await page.locator('html').getAttribute('data-theme');
  await page.evaluate(() => delete document.documentElement.dataset.theme);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({
      path: path.join(SHOTS, `${name}-${scheme}.png`),
      animations: 'disabled',
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (pinned) {
    await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), pinned);
  }
}

/** A launch date six weeks out, so the plan has room and no step is short. */
function launchInSixWeeks(): string {
  const d = new Date(Date.now() + 42 * 24 * 3600 * 1000);
  return d.toISOString().slice(0, 10);
}

describe('managing a workspace', () => {
  test('a campaign created through the dialog lands in Strategy with its plan', async () => {
    const dialog = new NewCampaignDialogPage(page);
    await shell.newCampaignButton.click();
    await dialog.dialog.waitFor();

    // Nothing filled in: the required fields are named inline and nothing is written.
    await dialog.create();
    await dialog.error('Name is required').waitFor();
    await dialog.error('Client is required').waitFor();
    expect(await dialog.textbox('Name').getAttribute('aria-invalid')).toBe('true');
    await shoot('new-campaign-errors');
    expect(await api().campaigns.list()).toEqual([]);

    await dialog.fill({
      name: 'Spring launch',
      client: 'Acme Outdoor',
      type: 'Email',
      channels: ['Email', 'Instagram'],
      launchDate: launchInSixWeeks(),
      owner: 'Maya Lin',
      team: ['Maya Lin', 'Ada Byron'],
    });
    await shoot('new-campaign');
    await dialog.create();

    // The details open with the plan: every handoff with a due date.
    const details = new CampaignDetailsPage(page, 'Spring launch');
    await details.plan.waitFor();
    await details.step('Strategy → Creative').waitFor();
    expect(await details.plan.getByRole('row').count()).toBe(8); // header + seven handoffs
    await details.activity.getByText(/Ada Byron created the campaign/).waitFor();

    // Durations are editable per campaign.
    await details.workDays('Strategy → Creative').fill('');
    await details.savePlan();
    await details.plan.getByText('Work days for Strategy → Creative is required').waitFor();
    await details.workDays('Strategy → Creative').fill('7');
    await details.savePlan();
    await shell.notification('Plan saved').waitFor();
    await shoot('campaign-details');

    const [saved] = await api().campaigns.list();
    expect(saved).toMatchObject({
      name: 'Spring launch',
      clientName: 'Acme Outdoor',
      type: 'email',
      channels: ['email', 'instagram'],
      stageName: 'Strategy',
    });
    const detail = await api().campaigns.get({ id: saved!.id });
    expect(detail.plan[0]?.durationDays).toBe(7);
    const people = await api().people.list();
    expect(detail.campaign.ownerId).toBe(people.find((p) => p.name === 'Maya Lin')!.id);
    expect(detail.campaign.team).toHaveLength(2);

    await details.close();
    await new BoardPage(page).cardIn('Strategy', 'Spring launch').waitFor();
  });

  test('the command palette runs actions by keyboard: new campaign, go to campaign, theme', async () => {
    const palette = new CommandPalettePage(page);
    await palette.openWithKeyboard();
    // With nothing typed: the commands, not one entry per campaign.
    const all = await palette.options();
    expect(all).toContain('New campaign');
    expect(all.some((o) => o.startsWith('Go to campaign:'))).toBe(false);
    await shoot('palette-commands');
    await palette.search.fill('camp');
    await palette.option(/Go to campaign: Spring launch/).waitFor();
    await shoot('palette');
    await page.keyboard.press('Escape');
    await palette.dialog.waitFor({ state: 'hidden' });

    await palette.run('new camp', 'New campaign');
    const dialog = new NewCampaignDialogPage(page);
    await dialog.dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.dialog.waitFor({ state: 'hidden' });

    // "Go to campaign: …" opens the campaign's current handoff in the side panel.
    await palette.run('spring', 'Go to campaign: Spring launch');
    await page.getByRole('complementary', { name: /Strategy → Creative/ }).waitFor();
    await page.keyboard.press('Escape');

    // A launch date too close for the plan: the short steps are flagged.
    const [spring] = await api().campaigns.list();
    const soon = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await api().campaigns.update({ id: spring!.id, launchDate: soon });
    await palette.run('Open campaign: spring', 'Open campaign: Spring launch');
    const details = new CampaignDetailsPage(page, 'Spring launch');
    await details.plan.getByRole('alert').filter({ hasText: 'This plan cannot be met' }).waitFor();
    expect(await details.step('Strategy → Creative').textContent()).toMatch(/days? short/);
    await shoot('campaign-plan-short');
    await details.close();

    expect(await shell.theme()).toBeNull();
    await palette.run('toggle theme', 'Toggle theme');
    expect(await shell.theme()).toBe('dark');
    await palette.run('toggle theme', 'Toggle theme');
    expect(await shell.theme()).toBe('light');

    // Shortcuts come from the same registry: Ctrl+2 opens Clients.
    await page.keyboard.press('Control+2');
    await page.getByRole('main', { name: 'Clients' }).waitFor();
  });

  test('clients: add with brand guidelines, edit, archive and undo', async () => {
    const clients = new ClientsPage(page);
    await shell.open('Clients');
    let dialog = await clients.add();
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await dialog.getByText('Name is required').waitFor();
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Globex Coffee');
    await dialog.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#0b7285');
    await dialog.getByRole('textbox', { name: 'Voice' }).fill('Warm, plain, never smug.');
    await dialog
      .getByRole('textbox', { name: 'Do', exact: true })
      .fill('Say where the beans come from\nUse first names');
    await dialog.getByRole('textbox', { name: 'Don’t' }).fill('Promise health benefits');
    await dialog
      .getByRole('textbox', { name: 'Legal lines' })
      .fill('Globex® is a registered trademark.');
    await shoot('client-dialog');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await clients.row('Globex Coffee').waitFor();
    const globex = (await api().clients.list()).find((c) => c.name === 'Globex Coffee')!;
    expect(globex.accentColor).toBe('#0b7285');
    expect(globex.brand.dos).toEqual(['Say where the beans come from', 'Use first names']);

    dialog = await clients.edit('Globex Coffee');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Globex Roasters');
    await dialog.getByRole('button', { name: 'Save client' }).click();
    await clients.row('Globex Roasters').waitFor();
    await shoot('clients');

    // Archive hides it at once; Undo brings it back and nothing is archived.
    await clients.archive('Globex Roasters');
    await clients.row('Globex Roasters').waitFor({ state: 'detached' });
    await shell.notificationAction('Archived “Globex Roasters”', 'Undo');
    await clients.row('Globex Roasters').waitFor();
    expect((await api().clients.list()).map((c) => c.name)).toContain('Globex Roasters');
  });

  test('people: add with an inline error, archive and undo', async () => {
    const people = new PeoplePage(page);
    await shell.open('People');
    const dialog = await people.add();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Grace Hopper');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('grace@');
    await dialog.getByRole('textbox', { name: 'Role' }).fill('Analyst');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    // The backend's answer names the field.
    await dialog.getByText(/Email must be an email address/).waitFor();
    await dialog.getByRole('textbox', { name: 'Email' }).fill('grace@northstar.example');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await people.row('Grace Hopper').waitFor();
    await shoot('people');

    await people.archive('Grace Hopper');
    await people.row('Grace Hopper').waitFor({ state: 'detached' });
    expect((await api().people.list()).map((p) => p.name)).not.toContain('Grace Hopper');
    await shell.notificationAction('Archived Grace Hopper', 'Undo');
    await people.row('Grace Hopper').waitFor();
    expect((await api().people.list()).map((p) => p.name)).toContain('Grace Hopper');
    // Who uses this computer cannot be archived from here.
    expect(await page.getByRole('button', { name: 'Archive Ada Byron' }).isDisabled()).toBe(true);
  });

  test('settings: who am I, theme, backup and stage names', async () => {
    const settings = new SettingsPage(page);
    await shell.open('Settings');
    await settings.whoAmI.waitFor();

    await settings.whoAmI.selectOption({ label: 'Maya Lin — Creative lead' });
    await shell.me('Maya Lin').waitFor();
    expect((await api().workspace.get())?.me?.name).toBe('Maya Lin');

    await settings.theme('Dark').check();
    expect(await shell.theme()).toBe('dark');
    await page.reload();
    await settings.whoAmI.waitFor();
    expect(await shell.theme()).toBe('dark'); // kept on this computer
    await settings.theme('Match the system').check();
    expect(await shell.theme()).toBeNull();
    await shoot('settings');

    await settings.backupButton.click();
    await shell.notification('Backup saved').waitFor();

    await settings.renameStage(7, 'Retrospective', 'Retro');
    await shell.open('Board');
    await new BoardPage(page).column('Retro').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
