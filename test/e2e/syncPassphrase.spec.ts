import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedNorthstar } from './harness';
import { BoardPage } from './pages/BoardPage';
import { useSyncWindow } from './syncWindow';

// An encrypted team folder made from Settings → Sync: the passphrase field (hidden, with a
// show/hide toggle) and its errors in the window; a teammate's laptop (API only) is refused
// with a wrong passphrase, joins with the right one, and its campaign arrives in the window.

const SHOTS = path.resolve(__dirname, '..', '..', '.tmp', 'shots');
const PASSPHRASE = 'lantern tide 81 meadow';

const w = useSyncWindow(async () => {
  await seedNorthstar(w.app.backend.client);
  fs.mkdirSync(SHOTS, { recursive: true });
});

const passphraseField = () => w.sync.section.getByLabel('Team passphrase');
const toggle = () => w.sync.section.getByRole('button', { name: /passphrase$/ });

async function shoot(name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await w.page.emulateMedia({ colorScheme: scheme });
    await w.sync.section.screenshot({
      path: path.join(SHOTS, `sync-passphrase-${name}-${scheme}.png`),
      animations: 'disabled',
    });
  }
  await w.page.emulateMedia({ colorScheme: 'light' });
}

describe('an encrypted team folder from Settings → Sync', () => {
  test('the passphrase is hidden until shown, and a short one is refused under its field', async () => {
    await w.shell.syncIndicator.click();
    await w.sync.folderField.waitFor();
    await w.sync.folderField.fill(w.shared);
    await w.sync.deviceNameField.fill('Ada’s laptop');
    await passphraseField().fill('short');
    expect(await passphraseField().getAttribute('type')).toBe('password');
    await toggle().click();
    expect(await passphraseField().getAttribute('type')).toBe('text');
    expect(await toggle().getAttribute('aria-pressed')).toBe('true');
    expect(await toggle().textContent()).toBe('Hide passphrase');

    await w.sync.section.getByRole('button', { name: 'Create team folder here' }).click();
    await w.sync.section.getByText(/^Team passphrase must be at least 8 characters/).waitFor();
    expect(await passphraseField().getAttribute('aria-invalid')).toBe('true');
    expect(await w.app.backend.client.sync.status()).toMatchObject({ folder: null });
    expect(fs.readdirSync(w.shared)).toEqual([]);
    await shoot('error');
  });

  test('creating with a passphrase makes the folder encrypted', async () => {
    await passphraseField().fill(PASSPHRASE);
    await toggle().click();
    expect(await passphraseField().getAttribute('type')).toBe('password');
    await w.sync.section.getByRole('button', { name: 'Create team folder here' }).click();
    await w.sync.syncNowButton.waitFor();
    const manifest = JSON.parse(
      fs.readFileSync(path.join(w.shared, 'baton', 'workspace.json'), 'utf8'),
    ) as { formatVersion: number; encryption?: unknown };
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.encryption).toBeDefined();
  });

  test('a teammate needs the passphrase; with it, their campaign reaches this window', async () => {
    const join = (passphrase: string) =>
      w.second.client.sync.setup({
        folder: w.shared,
        deviceName: 'Sam’s desktop',
        mode: 'join',
        passphrase,
      });
    await expect(join('lantern tide 81 meadows')).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect(await w.second.client.sync.status()).toMatchObject({ folder: null });
    await join(PASSPHRASE);
    const people = await w.second.client.people.list();
    await w.second.client.workspace.setMe({ personId: people[0]!.id });
    const [client] = await w.second.client.clients.list();
    await w.second.client.campaigns.create({
      name: 'Harbor Winter Blend',
      clientId: client!.id,
      type: 'email',
    });
    expect(await w.second.client.sync.run()).toMatchObject({ error: null, problems: [] });
    const folderText = fs
      .readdirSync(w.shared, { recursive: true })
      .map((p) => path.join(w.shared, String(p)))
      .filter((p) => fs.statSync(p).isFile())
      .map((p) => fs.readFileSync(p, 'utf8'))
      .join('\n');
    expect(folderText).not.toContain('Harbor Winter Blend');

    await w.sync.syncNowButton.click();
    await w.sync.device(/Sam’s desktop/).waitFor();
    await shoot('set-up');
    await w.shell.open('Board');
    await new BoardPage(w.page).cardIn('Strategy', 'Harbor Winter Blend').waitFor();
    expect(w.pageErrors).toEqual([]);
  });
});
