import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedNorthstar } from './harness';
import { BoardPage } from './pages/BoardPage';
import { useSyncWindow } from './syncWindow';

// Two laptops and one shared folder: the first in a browser window, the second only through
// its API. The first creates the team folder from Settings → Sync, the second joins it, makes a
// campaign and syncs; "Sync now" on the first brings that campaign to its board.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');

const w = useSyncWindow(async () => {
  await seedNorthstar(w.app.backend.client);
  fs.mkdirSync(SHOTS, { recursive: true });
});

/** Light and dark shots of the Sync section, and of the header with the indicator. */
async function shoot(name: string): Promise<void> {
  await w.shell.dismissNotifications();
  await w.page.mouse.move(0, 500); // no hover on the indicator
  for (const scheme of ['light', 'dark'] as const) {
    await w.page.emulateMedia({ colorScheme: scheme });
    await w.sync.section.screenshot({
      path: path.join(SHOTS, `sync-${name}-${scheme}.png`),
      animations: 'disabled',
    });
    await w.page.getByRole('banner').screenshot({
      path: path.join(SHOTS, `sync-indicator-${name}-${scheme}.png`),
      animations: 'disabled',
    });
  }
  await w.page.emulateMedia({ colorScheme: 'light' });
}

describe('folder sync in the app', () => {
  test('the header says sync is not set up and opens Settings → Sync', async () => {
    await expect
      .poll(() => w.shell.syncIndicator.getAttribute('aria-label'))
      .toBe('Sync: not set up');
    await w.shell.syncIndicator.click();
    await w.page.getByRole('main', { name: 'Settings' }).waitFor();
    await w.sync.folderField.waitFor();
    // The section's heading takes focus, so the keyboard starts there.
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Sync');
    await shoot('not-set-up');
  });

  test('a folder that is not there is named under the field, and nothing is set up', async () => {
    await w.sync.setUp('create', path.join(w.shared, 'missing'), 'Ada’s laptop');
    const error = w.sync.section.getByText(/^Shared folder does not exist/);
    await error.waitFor();
    expect(await w.sync.folderField.getAttribute('aria-invalid')).toBe('true');
    expect(await w.app.backend.client.sync.status()).toMatchObject({ folder: null });
    await shoot('error');
  });

  test('creating the team folder here shows this computer in the devices', async () => {
    await w.sync.setUp('create', w.shared, 'Ada’s laptop');
    await w.sync.syncNowButton.waitFor();
    await w.sync.device(/Ada’s laptop/).waitFor();
    await expect
      .poll(() => w.shell.syncIndicator.getAttribute('aria-label'))
      .toMatch(/^Sync: up to date, /);
  });

  test('a teammate joins, adds a campaign, and Sync now brings it here', async () => {
    await w.second.client.sync.setup({
      folder: w.shared,
      deviceName: 'Sam’s desktop',
      mode: 'join',
    });
    const people = await w.second.client.people.list();
    await w.second.client.workspace.setMe({ personId: people[0]!.id });
    const [client] = await w.second.client.clients.list();
    await w.second.client.campaigns.create({
      name: 'Harbor Winter Blend',
      clientId: client!.id,
      type: 'email',
    });
    const run = await w.second.client.sync.run();
    expect(run).toMatchObject({ error: null, problems: [] });
    expect(run.exported).toBeGreaterThan(0);

    await w.sync.syncNowButton.click();
    await w.sync.device(/Sam’s desktop/).waitFor();
    await expect
      .poll(() => w.shell.syncIndicator.getAttribute('aria-label'))
      .toMatch(/^Sync: up to date, /);
    await shoot('set-up');

    await w.shell.open('Board');
    await new BoardPage(w.page).cardIn('Strategy', 'Harbor Winter Blend').waitFor();
  });

  test('a file that is not Baton’s is listed by name, and the header counts it', async () => {
    await w.shell.open('Settings');
    fs.writeFileSync(path.join(w.shared, 'baton', 'devices', 'desktop.ini'), '[.ShellClassInfo]');
    await w.sync.syncNowButton.click();
    await expect
      .poll(() => w.shell.syncIndicator.getAttribute('aria-label'))
      .toBe('Sync: 1 problem');
    const problem = w.sync.section
      .getByRole('region', { name: 'Files not applied (1)' })
      .getByRole('listitem');
    await expect.poll(() => problem.textContent()).toContain('baton/devices/desktop.ini');
    expect(await problem.textContent()).toContain('Not a Baton file');
    await shoot('problems');
  });

  test('stopping sync asks first, then forgets the folder', async () => {
    await w.shell.open('Settings');
    await w.sync.section.getByRole('button', { name: 'Stop syncing' }).click();
    const dialog = w.page.getByRole('dialog', { name: 'Stop syncing on this computer?' });
    await dialog.getByRole('button', { name: 'Stop syncing' }).click();
    await w.sync.folderField.waitFor();
    await expect
      .poll(() => w.shell.syncIndicator.getAttribute('aria-label'))
      .toBe('Sync: not set up');
    expect(await w.app.backend.client.sync.status()).toMatchObject({ folder: null });
    expect(w.pageErrors).toEqual([]);
  });
});
