import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeAll, launchChromium, openBoardTab, startApp, type RunningApp } from './harness';

// The Health page's "Export PDF" for the team meeting: on the sample agency, the downloaded PDF
// names the handoff the page names first, and the overdue retrospective.

const SHOTS = '/tmp/shots';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await app.backend.client.workspace.loadDemo();
  ({ page, pageErrors } = await openBoardTab(chromium.browser, app, {
    card: 'Holiday Gift Boxes',
    shotsDir: SHOTS,
  }));
});

afterAll(() => closeAll(page, app, chromium));

test('Export PDF saves the report the page shows, the most painful handoff first', async () => {
  await page.goto(`${app.server.url}#health`);
  const main = page.getByRole('main', { name: 'Health' });
  const headline = main.getByText('The handoff that hurts most:');
  await headline.waitFor();
  const worst = (await main.locator('.health-headline__title strong').textContent()) ?? '';
  expect(worst).not.toBe('');

  const exports = main.getByRole('group', { name: 'Export the health report' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await main
      .locator('.manage-screen__header')
      .screenshot({ path: `${SHOTS}/H-health-export-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Export PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^handoff-health-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = path.join(app.dataDir, download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`The handoff that hurts most: ${worst}`);
  expect(text).toContain(`1. ${worst} — pain`);
  expect(text).toContain('Time from Done to retrospective');
  expect(text).toMatch(/Retrospectives overdue: [1-9]/);
  await page.getByText(/^Saved handoff-health-/).waitFor();
  expect(pageErrors).toEqual([]);
});
