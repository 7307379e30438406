import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';
import { BoardPage } from './pages/BoardPage';
import { CommandPalettePage } from './pages/CommandPalettePage';
import { HandoffPanelPage } from './pages/HandoffPanelPage';

// Export from the handoff panel in browser mode: the download is the PDF the backend rendered,
// and its text (pdftotext) is the package the panel shows.

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await app.backend.client.workspace.loadDemo();
  page = await chromium.browser.newPage();
  pageErrors = watchPageErrors(page);
});

/**
 * The download saved into a folder of this run: saveAs works whether Chromium runs here or is
 * reached over a connection (the run shares one browser), where `path()` is not available.
 */
async function savedDownload(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, `download-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

test('Export PDF on the handoff panel downloads the package as a PDF', async () => {
  const card = (await app.backend.client.campaigns.list()).find((c) => c.currentHandoff)!;
  const detail = await app.backend.client.handoffs.get({ id: card.currentHandoff!.id });
  const board = new BoardPage(page);
  const panel = new HandoffPanelPage(page);
  await page.goto(app.server.url);
  await board.card(card.name).click();
  await panel.title.waitFor();

  fs.mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/C-panel-export.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.root.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await savedDownload(download, app.dataDir);
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(card.name);
  expect(text).toContain(`Handoff package: ${detail.fromStageName} → ${detail.toStageName}`);
  expect(text).toContain(card.clientName);
  for (const field of detail.template.fields) expect(text).toContain(field.label);

  // Ctrl+E with the panel open exports the package it shows.
  await page
    .getByText(/^Exported /)
    .first()
    .waitFor();
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Control+e'),
  ]);
  expect(again.suggestedFilename()).toBe(download.suggestedFilename());
  expect(pageErrors).toEqual([]);
}, 120_000);

test('Ctrl+E exports a whole campaign, counting its handoff packages on the way', async () => {
  const card = (await app.backend.client.campaigns.list()).find((c) => c.currentHandoff)!;
  const detail = await app.backend.client.campaigns.get({ id: card.id });
  await page.goto(app.server.url);
  await new BoardPage(page).card(card.name).waitFor();
  // Every text the progress bar shows, however briefly: a short campaign renders in a blink.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const el = document.querySelector('.export-progress [role="status"]');
      if (el?.textContent) seen.push(el.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('Control+e');
  const palette = new CommandPalettePage(page);
  await palette.search.waitFor();
  expect(await palette.search.inputValue()).toBe('Export campaign as PDF: ');
  await palette.search.pressSequentially(card.name);
  await palette.dialog
    .getByRole('option', { selected: true })
    .filter({ hasText: card.name })
    .waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const text = execFileSync('pdftotext', [await savedDownload(download, app.dataDir), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  for (const h of detail.handoffs) {
    expect(text).toContain(`${h.fromStageName} → ${h.toStageName}`);
  }
  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: string[] }).progressSeen,
  );
  const total = detail.handoffs.length;
  expect(seen.some((s) => s.includes(`of ${total} handoff packages`))).toBe(true);
  await page.getByText(/^Exported .*\.pdf$/).waitFor();
  expect(pageErrors).toEqual([]);
}, 120_000);
