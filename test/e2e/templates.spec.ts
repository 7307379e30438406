import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openWindow, seedNorthstar, startApp, type RunningApp } from './harness';
import { AppShellPage } from './pages/AppShellPage';
import { BoardPage } from './pages/BoardPage';
import { HandoffPanelPage } from './pages/HandoffPanelPage';
import { TemplatesPage } from './pages/TemplatesPage';

// The template editor in browser mode: a required field added to the email brief reaches the
// gate of the next email campaign, not the campaign already running.

const SHOTS = process.env.BATON_SHOTS_DIR ?? '/tmp/shots';
const FIELD = 'Legal review notes';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let templates: TemplatesPage;

const api = () => app.backend.client;

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await seedNorthstar(api());
  const client = (await api().clients.list())[0]!;
  await api().campaigns.create({ name: 'Running Newsletter', clientId: client.id, type: 'email' });
  ({ page, pageErrors } = await openWindow(chromium.browser, app.server.url));
  templates = new TemplatesPage(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

async function shoot(name: string): Promise<void> {
  await new AppShellPage(page).dismissNotifications();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({
      path: path.join(SHOTS, `templates-${name}-${scheme}.png`),
      animations: 'disabled',
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('template editor', () => {
  test('lists every transition of a campaign type and opens one', async () => {
    await templates.open();
    await templates.chooseType('Email');
    for (const name of ['Strategy → Creative', 'Creative → Production', 'Retrospective → Done']) {
      await templates.transition(name).waitFor();
    }
    await templates.transition('Creative → Production').click();
    await templates.editorHeading.filter({ hasText: 'Creative → Production · Email' }).waitFor();
    await templates.preview.getByText('Subject line and preheader written').waitFor();
    await shoot('creative-production');
  });

  test('a bad field is refused with the problem under it', async () => {
    await templates.transition('Strategy → Creative').click();
    await templates.editorHeading.filter({ hasText: 'Strategy → Creative · Email' }).waitFor();
    const before = await templates.fieldRows.count();
    await templates.button('Add field').click();
    const row = templates.fieldRow(before);
    // Focus lands on the new field's label.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-focus')))
      .toBe('label');
    await row.getByLabel('Type').selectOption({ label: 'Table' });
    await row.getByRole('textbox', { name: 'Column 1', exact: true }).fill('');
    await templates.button('Save as new version').click();
    await templates.error.getByText(/Not saved/).waitFor();
    await row.getByText('is required').first().waitFor();
    // The summary names the row; choosing a problem puts focus on the control at fault.
    await templates.error
      .getByRole('button', { name: /^Field \d+ \(untitled\), label: is required/ })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true');
    await shoot('errors');
    await templates.button('Discard changes').click();
    await expect.poll(() => templates.fieldRows.count()).toBe(before);
  });

  test('adds a required field, moves it up by keyboard, saves a new version', async () => {
    const before = await templates.fieldRows.count();
    await templates.button('Add field').click();
    const row = templates.fieldRow(before);
    await row.getByLabel('Field label').fill(FIELD);
    await expect.poll(() => row.getByLabel('Key').inputValue()).toBe('legalReviewNotes');
    await row.getByLabel('Type').selectOption({ label: 'Long text' });
    await row.getByLabel('Required').check();
    await row.getByLabel('Help text').fill('What legal said about the claims.');
    await templates.preview.getByText(FIELD).waitFor();

    // Alt+↑ in the row moves it one place up, and focus stays in it.
    await row.getByLabel('Field label').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() =>
        templates
          .fieldRow(before - 1)
          .getByLabel('Field label')
          .inputValue(),
      )
      .toBe(FIELD);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe(FIELD);
    // And the button moves it back down.
    await templates.button(`Move ${FIELD} down`).click();
    await expect
      .poll(() => templates.fieldRow(before).getByLabel('Field label').inputValue())
      .toBe(FIELD);

    await shoot('editor');
    await templates.button('Save as new version').click();
    await page.getByText('Saved version 2').waitFor();
    await templates.main.getByText('Edited by the workspace').waitFor();
    await templates.transition('Strategy → Creative').getByText('Edited').waitFor();
  });

  test('a new email campaign’s gate asks for the field; the running one does not', async () => {
    const client = (await api().clients.list())[0]!;
    await api().campaigns.create({ name: 'Spring Newsletter', clientId: client.id, type: 'email' });
    await new AppShellPage(page).open('Board');
    const board = new BoardPage(page);
    const panel = new HandoffPanelPage(page);

    await board.card('Spring Newsletter').click();
    await panel.root.waitFor();
    await panel.missingItem(FIELD).waitFor();
    await panel.field(FIELD).waitFor();
    await page.keyboard.press('Escape');
    await panel.root.waitFor({ state: 'detached' });

    await board.card('Running Newsletter').click();
    await panel.root.waitFor();
    await panel.missingItem('Objective').waitFor();
    expect(await panel.missingItem(FIELD).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });
});
