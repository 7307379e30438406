import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchChromium,
  seedNorthstar,
  startApp,
  watchPageErrors,
  type RunningApp,
} from './harness';
import { CalendarPage } from './pages/CalendarPage';

// Planning an email and its social teaser on the calendar: the teaser moved after the email with
// the keyboard raises the "Teaser before email" warning naming both items; dragged back with the
// mouse, the warning goes. The .ics export of the week holds both.

const SHOTS = '/tmp/shots';
const EMAIL = 'Spring menu newsletter';
const TEASER = 'Spring menu teaser';
// A week of March 2027 (Mon 8 – Sun 14), far from today and from any daylight-saving change.
const EMAIL_DAY = '2027-03-10';
const TEASER_DAY = '2027-03-09';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  const api = app.backend.client;
  await seedNorthstar(api);
  const client = (await api.clients.list())[0]!;
  await api.campaigns.create({
    name: 'Spring menu',
    clientId: client.id,
    type: 'multi_channel',
    launchDate: '2027-03-15',
  });
  page = await chromium.browser.newPage();
  pageErrors = watchPageErrors(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

test('a teaser moved after its email is warned about, and the warning goes when it is dragged back', async () => {
  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  const calendar = new CalendarPage(page);
  await calendar.open();
  await calendar.view('Week');
  await calendar.jumpTo('2027-03-08');
  await expect
    .poll(() => calendar.main.getByRole('heading', { level: 1 }).textContent())
    .toBe('8–14 Mar 2027');

  await calendar.plan({
    title: EMAIL,
    date: EMAIL_DAY,
    time: '10:00',
    channel: 'Email',
    campaign: 'Spring menu',
  });
  await calendar.plan({
    title: TEASER,
    date: TEASER_DAY,
    time: '10:00',
    channel: 'Social',
    campaign: 'Spring menu',
  });
  expect(await calendar.day(TEASER_DAY).locator('.cal-chip').textContent()).toContain(TEASER);
  expect(await calendar.warnings.textContent()).toContain('No rule is broken');

  // Alt+→ twice: Tue → Thu, the day after the email. Each move is announced.
  await calendar.moveWithKeyboard(TEASER, 'ArrowRight', 2);
  expect(await calendar.announcer.textContent()).toMatch(
    /^Moved Spring menu teaser to Thu 11 Mar, 10:00\. Warning: Teaser before email\./,
  );
  await expect.poll(() => calendar.day('2027-03-11').textContent()).toContain(TEASER);
  // The chip says it in words (not colour alone) and keeps focus for the next move.
  expect(await calendar.chip(TEASER).textContent()).toContain('Teaser before email');
  expect(await calendar.chip(TEASER).evaluate((el) => el === document.activeElement)).toBe(true);
  const warning = calendar.warnings
    .getByRole('listitem')
    .filter({ hasText: 'Teaser before email' });
  await expect.poll(() => warning.count()).toBe(1);
  const named = await warning.getByRole('list').getByRole('button').allTextContents();
  expect(named.some((t) => t.startsWith(TEASER))).toBe(true);
  expect(named.some((t) => t.startsWith(EMAIL))).toBe(true);

  // The warning's item opens the item.
  await warning.getByRole('button', { name: new RegExp(`^${EMAIL}`) }).click();
  await expect.poll(() => calendar.dialog.getByRole('heading', { name: EMAIL }).count()).toBe(1);
  await calendar.dialog.getByRole('button', { name: 'Cancel' }).click();
  await calendar.dialog.waitFor({ state: 'hidden' });

  // Dragged back to Tuesday with the mouse: the rule holds again.
  await calendar.dragTo(TEASER, TEASER_DAY);
  await expect.poll(() => calendar.day(TEASER_DAY).textContent()).toContain(TEASER);
  await expect.poll(() => calendar.warnings.textContent()).toContain('No rule is broken');
  expect(await calendar.chip(TEASER).textContent()).not.toContain('Teaser before email');

  // The .ics of the week shown holds both.
  const download = await calendar.exportIcs();
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain(`] ${EMAIL}`);
  expect(text).toContain(`] ${TEASER}`);
  expect(pageErrors).toEqual([]);
});
