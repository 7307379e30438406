import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';
import { shootLightAndDark } from './shots';
import { BoardPage } from './pages/BoardPage';
import { CampaignDetailsPage } from './pages/CampaignDetailsPage';
import { CommandPalettePage } from './pages/CommandPalettePage';
import { FolderStructurePage } from './pages/FolderStructurePage';

// Browser mode: a person types a folder's path, previews the campaign's tree, creates it, and
// reads which of the files already there break the naming convention.

const SHOTS = '/tmp/shots';
const CAMPAIGN = 'Spring launch';
const TREE = 'acme-outdoor_spring-launch';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let chosen: string;

const shoot = (name: string, dialog: FolderStructurePage) =>
  shootLightAndDark(page, dialog.dialog, `${SHOTS}/F-${name}`);

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  const api = app.backend.client;
  await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'UTC',
    me: { name: 'Maya Lin', email: 'maya@northwind.example', roleTitle: 'Account Director' },
  });
  const client = await api.clients.create({ name: 'Acme Outdoor' });
  await api.campaigns.create({ name: CAMPAIGN, clientId: client.id, type: 'email' });
  chosen = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-e2e-folders-'));
  // Work already started: a creative folder holding a badly named file.
  fs.mkdirSync(path.join(chosen, TREE, '02_creative'), { recursive: true });
  const file = path.join(chosen, TREE, '02_creative', 'Hero Banner FINAL v3.PSD');
  fs.writeFileSync(file, 'psd');
  const day = new Date('2026-03-14T12:00:00');
  fs.utimesSync(file, day, day);
  // And a file standing where a stage folder goes: reported, never replaced.
  fs.writeFileSync(path.join(chosen, TREE, '08_done'), 'notes');

  page = await chromium.browser.newPage();
  pageErrors = watchPageErrors(page);
  await page.goto(app.server.url);
  await new BoardPage(page).card(CAMPAIGN).waitFor();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
  if (chosen) fs.rmSync(chosen, { recursive: true, force: true });
});

describe('campaign folder structure', () => {
  test('preview, create, and the files that break the convention with suggestions', async () => {
    await new CommandPalettePage(page).run(`Open campaign: ${CAMPAIGN}`, CAMPAIGN);
    const details = new CampaignDetailsPage(page, CAMPAIGN);
    await details.plan.waitFor();
    await details.dialog.getByRole('button', { name: 'Folder structure…' }).click();

    const folders = new FolderStructurePage(page);
    await folders.folder.waitFor();
    // Focus starts in the folder field: a keyboard user types and presses Enter to preview.
    await page.keyboard.type(chosen);
    await page.keyboard.press('Enter');
    await folders.tree.waitFor();
    const preview = await folders.folders();
    expect(preview[0]).toBe(`${TREE}/ already there`);
    expect(preview).toContain('01_strategy/ will be created');
    expect(preview).toContain('02_creative/ already there');
    expect(fs.readdirSync(path.join(chosen, TREE)).sort()).toEqual(['02_creative', '08_done']);
    // The stray file in the campaign's folder breaks the convention too.
    await folders.dialog.getByText('0 follow the naming convention, 2 break it.').waitFor();
    await folders.breakingFiles.getByText('Hero Banner FINAL v3.PSD', { exact: false }).waitFor();
    await folders.breakingFiles
      .getByText('2026-03-14_acme-outdoor-spring-launch_hero-banner-final_v03.psd')
      .waitFor();
    await shoot('preview', folders);

    await folders.create();
    await folders.dialog.getByText('01_strategy/').waitFor();
    await folders.tree.getByText('created', { exact: true }).first().waitFor();
    const made = await folders.folders();
    expect(made).toContain('01_strategy/ created');
    expect(made).toContain('07_retrospective/ created');
    expect(made.find((r) => r.startsWith('08_done/'))).toMatch(/a file is where this folder/);
    await shoot('created', folders);

    // On disk: every stage folder, and the person's file exactly as it was.
    const onDisk = fs.readdirSync(path.join(chosen, TREE)).sort();
    expect(onDisk).toEqual([
      '01_strategy',
      '02_creative',
      '03_production',
      '04_launch',
      '05_live',
      '06_optimization',
      '07_retrospective',
      '08_done',
    ]);
    expect(fs.readFileSync(path.join(chosen, TREE, '08_done'), 'utf8')).toBe('notes');
    expect(fs.readdirSync(path.join(chosen, TREE, '02_creative'))).toEqual([
      'Hero Banner FINAL v3.PSD',
    ]);

    // A folder that does not exist is named under the field.
    await folders.folder.fill(path.join(chosen, 'nope'));
    await folders.preview();
    await folders.dialog.getByText(/Folder .*nope does not exist/).waitFor();
    await shoot('error', folders);

    // Escape closes the folder dialog and leaves the campaign's details open.
    await page.keyboard.press('Escape');
    await folders.dialog.waitFor({ state: 'hidden' });
    await details.plan.waitFor();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
