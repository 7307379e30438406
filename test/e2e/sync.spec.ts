import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Backend } from '../../electron/backend/startBackend';
import {
  launchChromium,
  openWindow,
  seedNorthstar,
  startApp,
  startTeammate,
  type RunningApp,
  type Teammate,
} from './harness';
import { AppShellPage } from './pages/AppShellPage';
import { BoardPage } from './pages/BoardPage';
import { SyncPage } from './pages/SyncPage';

// Two laptops and one shared folder: the first in a browser window, the second only through
// its API. The first creates the team folder from Settings → Sync, the second joins it, makes a
// campaign and syncs; "Sync now" on the first brings that campaign to its board.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let teammate: Teammate;
let second: Backend;
let shared: string;
let page: Page;
let pageErrors: string[];
let shell: AppShellPage;
let sync: SyncPage;

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await seedNorthstar(app.backend.client);
  teammate = startTeammate();
  ({ shared, backend: second } = teammate);
  ({ page, pageErrors } = await openWindow(chromium.browser, app.server.url));
  shell = new AppShellPage(page);
  sync = new SyncPage(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  teammate?.close();
  await app?.stop();
  await chromium?.close();
});

/** Light and dark shots of the Sync section, and of the header with the indicator. */
async function shoot(name: string): Promise<void> {
  await shell.dismissNotifications();
  await page.mouse.move(0, 500); // no hover on the indicator
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await sync.section.screenshot({
      path: path.join(SHOTS, `sync-${name}-${scheme}.png`),
      animations: 'disabled',
    });
    await page.getByRole('banner').screenshot({
      path: path.join(SHOTS, `sync-indicator-${name}-${scheme}.png`),
      animations: 'disabled',
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('folder sync in the app', () => {
  test('the header says sync is not set up and opens Settings → Sync', async () => {
    await expect
      .poll(() => shell.syncIndicator.getAttribute('aria-label'))
      .toBe('Sync: not set up');
    await shell.syncIndicator.click();
    await page.getByRole('main', { name: 'Settings' }).waitFor();
    await sync.folderField.waitFor();
    // The section's heading takes focus, so the keyboard starts there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sync');
    await shoot('not-set-up');
  });

  test('a folder that is not there is named under the field, and nothing is set up', async () => {
    await sync.setUp('create', path.join(shared, 'missing'), 'Ada’s laptop');
    const error = sync.section.getByText(/^Shared folder does not exist/);
    await error.waitFor();
    expect(await sync.folderField.getAttribute('aria-invalid')).toBe('true');
    expect(await app.backend.client.sync.status()).toMatchObject({ folder: null });
    await shoot('error');
  });

  test('creating the team folder here shows this computer in the devices', async () => {
    await sync.setUp('create', shared, 'Ada’s laptop');
    await sync.syncNowButton.waitFor();
    await sync.device(/Ada’s laptop/).waitFor();
    await expect
      .poll(() => shell.syncIndicator.getAttribute('aria-label'))
      .toMatch(/^Sync: up to date, /);
  });

  test('a teammate joins, adds a campaign, and Sync now brings it here', async () => {
    await second.client.sync.setup({ folder: shared, deviceName: 'Sam’s desktop', mode: 'join' });
    const people = await second.client.people.list();
    await second.client.workspace.setMe({ personId: people[0]!.id });
    const [client] = await second.client.clients.list();
    await second.client.campaigns.create({
      name: 'Harbor Winter Blend',
      clientId: client!.id,
      type: 'email',
    });
    const run = await second.client.sync.run();
    expect(run).toMatchObject({ error: null, problems: [] });
    expect(run.exported).toBeGreaterThan(0);

    await sync.syncNowButton.click();
    await sync.device(/Sam’s desktop/).waitFor();
    await expect
      .poll(() => shell.syncIndicator.getAttribute('aria-label'))
      .toMatch(/^Sync: up to date, /);
    await shoot('set-up');

    await shell.open('Board');
    await new BoardPage(page).cardIn('Strategy', 'Harbor Winter Blend').waitFor();
  });

  test('a file that is not Baton’s is listed by name, and the header counts it', async () => {
    await shell.open('Settings');
    fs.writeFileSync(path.join(shared, 'baton', 'devices', 'desktop.ini'), '[.ShellClassInfo]');
    await sync.syncNowButton.click();
    await expect.poll(() => shell.syncIndicator.getAttribute('aria-label')).toBe('Sync: 1 problem');
    const problem = sync.section
      .getByRole('region', { name: 'Files not applied (1)' })
      .getByRole('listitem');
    await expect.poll(() => problem.textContent()).toContain('baton/devices/desktop.ini');
    expect(await problem.textContent()).toContain('Not a Baton file');
    await shoot('problems');
  });

  test('stopping sync asks first, then forgets the folder', async () => {
    await shell.open('Settings');
    await sync.section.getByRole('button', { name: 'Stop syncing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop syncing on this computer?' });
    await dialog.getByRole('button', { name: 'Stop syncing' }).click();
    await sync.folderField.waitFor();
    await expect
      .poll(() => shell.syncIndicator.getAttribute('aria-label'))
      .toBe('Sync: not set up');
    expect(await app.backend.client.sync.status()).toMatchObject({ folder: null });
    expect(pageErrors).toEqual([]);
  });
});
