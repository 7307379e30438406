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

// An encrypted team folder made from Settings → Sync: the passphrase field (hidden, with a
// show/hide toggle) and its errors in the window; a teammate's laptop (API only) is refused
// with a wrong passphrase, joins with the right one, and its campaign arrives in the window.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');
const PASSPHRASE = 'lantern tide 81 meadow';

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

const passphraseField = () => sync.section.getByLabel('Team passphrase');
const toggle = () => sync.section.getByRole('button', { name: /passphrase$/ });

async function shoot(name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await sync.section.screenshot({
      path: path.join(SHOTS, `sync-passphrase-${name}-${scheme}.png`),
      animations: 'disabled',
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('an encrypted team folder from Settings → Sync', () => {
  test('the passphrase is hidden until shown, and a short one is refused under its field', async () => {
    await shell.syncIndicator.click();
    await sync.folderField.waitFor();
    await sync.folderField.fill(shared);
    await sync.deviceNameField.fill('Ada’s laptop');
    await passphraseField().fill('short');
    expect(await passphraseField().getAttribute('type')).toBe('password');
    await toggle().click();
    expect(await passphraseField().getAttribute('type')).toBe('text');
    expect(await toggle().getAttribute('aria-pressed')).toBe('true');
    expect(await toggle().textContent()).toBe('Hide passphrase');

    await sync.section.getByRole('button', { name: 'Create team folder here' }).click();
    await sync.section.getByText(/^Team passphrase must be at least 8 characters/).waitFor();
    expect(await passphraseField().getAttribute('aria-invalid')).toBe('true');
    expect(await app.backend.client.sync.status()).toMatchObject({ folder: null });
    expect(fs.readdirSync(shared)).toEqual([]);
    await shoot('error');
  });

  test('creating with a passphrase makes the folder encrypted', async () => {
    await passphraseField().fill(PASSPHRASE);
    await toggle().click();
    expect(await passphraseField().getAttribute('type')).toBe('password');
    await sync.section.getByRole('button', { name: 'Create team folder here' }).click();
    await sync.syncNowButton.waitFor();
    const manifest = JSON.parse(
      fs.readFileSync(path.join(shared, 'baton', 'workspace.json'), 'utf8'),
    ) as { formatVersion: number; encryption?: unknown };
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.encryption).toBeDefined();
  });

  test('a teammate needs the passphrase; with it, their campaign reaches this window', async () => {
    const join = (passphrase: string) =>
      second.client.sync.setup({
        folder: shared,
        deviceName: 'Sam’s desktop',
        mode: 'join',
        passphrase,
      });
    await expect(join('lantern tide 81 meadows')).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect(await second.client.sync.status()).toMatchObject({ folder: null });
    await join(PASSPHRASE);
    const people = await second.client.people.list();
    await second.client.workspace.setMe({ personId: people[0]!.id });
    const [client] = await second.client.clients.list();
    await second.client.campaigns.create({
      name: 'Harbor Winter Blend',
      clientId: client!.id,
      type: 'email',
    });
    expect(await second.client.sync.run()).toMatchObject({ error: null, problems: [] });
    const folderText = fs
      .readdirSync(shared, { recursive: true })
      .map((p) => path.join(shared, String(p)))
      .filter((p) => fs.statSync(p).isFile())
      .map((p) => fs.readFileSync(p, 'utf8'))
      .join('\n');
    expect(folderText).not.toContain('Harbor Winter Blend');

    await sync.syncNowButton.click();
    await sync.device(/Sam’s desktop/).waitFor();
    await shoot('set-up');
    await shell.open('Board');
    await new BoardPage(page).cardIn('Strategy', 'Harbor Winter Blend').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
