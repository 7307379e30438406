import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  closeAll,
  launchChromium,
  openBoardTab,
  seedNorthstar,
  startApp,
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
  ({ page, pageErrors } = await openBoardTab(chromium.browser, app, {
    card: 'Spring menu',
    shotsDir: SHOTS,
  }));
});

afterAll(() => closeAll(page, app, chromium));

test('a teaser moved after its email is warned about, and the warning goes when it is dragged back', async () => {
  const calendar = new CalendarPage(page);
  await calendar.open();
  // A new workspace has nothing planned this month, and says how to start.
  await calendar.view('Month');
  await expect
    .poll(() =>
      calendar.main.getByRole('status').filter({ hasText: 'Nothing planned' }).textContent(),
    )
    .toMatch(/^Nothing planned in [A-Z][a-z]+ — press N or New item$/);
  await page.screenshot({ path: `${SHOTS}/K-calendar-empty-light.png` });
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
  // saveAs works whether the browser runs here or is reached over a connection.
  const saved = `${SHOTS}/K-calendar-export.ics`;
  await download.saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8');
  expect(text).toContain(`] ${EMAIL}`);
  expect(text).toContain(`] ${TEASER}`);
  expect(pageErrors).toEqual([]);
});

test('the More menu works from the keyboard; the calendar updates live and looks right in both themes', async () => {
  const api = app.backend.client;
  const sam = await api.people.create({ name: 'Sam Patel', roleTitle: 'Email lead' });
  const rio = await api.people.create({ name: 'Rio Tanaka', roleTitle: 'Social lead' });
  const harbor = (await api.clients.list())[0]!;
  const lumen = await api.clients.create({ name: 'Lumen Bikes', accentColor: '#1864ab' });
  const spring = (await api.campaigns.list()).find((c) => c.name === 'Spring menu')!;
  const bikes = await api.campaigns.create({
    name: 'Commuter season',
    clientId: lumen.id,
    type: 'multi_channel',
    launchDate: '2027-03-22',
  });
  void harbor;
  // A month of sends and posts across five channels, with a segment hit twice in one day.
  const plan: [
    string,
    string,
    string,
    'email' | 'social' | 'paid' | 'blog' | 'event',
    string,
    string,
  ][] = [
    ['2027-03-02', '09:00', 'Menu preview: baristas pick', 'blog', spring.id, ''],
    ['2027-03-03', '11:30', 'Commuter season kickoff ad', 'paid', bikes.id, 'Commuters'],
    ['2027-03-04', '08:00', 'Lumen launch newsletter', 'email', bikes.id, 'Subscribers'],
    ['2027-03-04', '12:00', 'Lumen launch reel', 'social', bikes.id, 'Subscribers'],
    ['2027-03-05', '17:00', 'Ride-to-work meetup', 'event', bikes.id, ''],
    ['2027-03-16', '09:30', 'Spring menu recap', 'email', spring.id, 'Regulars'],
    ['2027-03-17', '10:00', 'Latte art carousel', 'social', spring.id, 'Followers'],
    ['2027-03-18', '14:00', 'Spring retargeting', 'paid', spring.id, 'Site visitors'],
    ['2027-03-19', '16:00', 'Tasting evening', 'event', spring.id, ''],
    ['2027-03-23', '08:30', 'Commuter tips post', 'blog', bikes.id, ''],
    ['2027-03-24', '09:00', 'Bike check reminder', 'email', bikes.id, 'Owners'],
    ['2027-03-25', '12:30', 'Rider stories', 'social', bikes.id, 'Followers'],
    ['2027-03-30', '10:00', 'April preview', 'email', spring.id, 'Regulars'],
  ];
  const people = [sam.id, rio.id, null];
  for (const [i, [date, time, title, channel, campaignId, segment]] of plan.entries()) {
    await api.calendar.create({
      date,
      time,
      title,
      channel,
      campaignId,
      audienceSegment: segment,
      ownerId: people[i % 3] ?? null,
      status: i % 4 === 0 ? 'ready' : i % 5 === 0 ? 'idea' : 'planned',
    });
  }
  const recap = (await api.calendar.list({ from: '2027-03-16', to: '2027-03-16' })).items[0]!;
  const adapted = await api.calendar.repurpose({ sourceId: recap.id, channel: 'social' });
  await api.calendar.update({
    id: adapted.item.id,
    date: '2027-03-16',
    time: '13:00',
    title: 'Spring menu recap carousel',
    adaptationNote: 'Three dishes as a carousel; the CTA points to the menu page.',
  });

  await page.goto(`${app.server.url}#calendar`);
  const calendar = new CalendarPage(page);
  await calendar.main.waitFor();
  await calendar.view('Month');
  await calendar.jumpTo('2027-03-15');
  await calendar.chip('Rider stories').waitFor();

  // The More menu: ↓ opens it on its first page, arrows move, Escape gives focus back.
  const more = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'More' });
  await more.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'More pages' });
  await menu.waitFor();
  expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
    'Handoff map',
    'Health',
    'Optimization',
    'Retrospectives',
  ]);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Handoff map');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Retrospectives');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await calendar.view('Month');
    await calendar.chip('Rider stories').waitFor();
    await page.screenshot({ path: `${SHOTS}/K-calendar-month-${scheme}.png` });
    await calendar.view('Week');
    await calendar.chip('Latte art carousel').waitFor();
    await page.screenshot({ path: `${SHOTS}/K-calendar-week-${scheme}.png` });
    await calendar.view('List');
    await calendar.main.getByRole('table', { name: 'Calendar items' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/K-calendar-list-${scheme}.png` });
    await calendar.view('Week');
    await calendar.chip('Spring menu recap').click();
    await calendar.dialog.getByRole('heading', { name: 'Spring menu recap' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/K-calendar-dialog-${scheme}.png` });
    await calendar.dialog.getByRole('button', { name: 'Cancel' }).click();
    await calendar.dialog.waitFor({ state: 'hidden' });
    await more.click();
    await menu.waitFor();
    await page.screenshot({ path: `${SHOTS}/K-more-menu-${scheme}.png` });
    await page.keyboard.press('Escape');
  }

  // An item written elsewhere (a teammate's sync, the CLI) shows up by itself.
  await api.calendar.create({
    date: '2027-03-20',
    time: '15:00',
    title: 'Weekend post from a teammate',
    channel: 'social',
    campaignId: spring.id,
  });
  await calendar.chip('Weekend post from a teammate').waitFor();

  // A page of the menu, once open, names itself on the button.
  await more.click();
  await menu.getByRole('menuitem', { name: 'Health' }).click();
  await page.getByRole('main', { name: 'Health' }).waitFor();
  expect(
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'More pages: Health' })
      .getAttribute('aria-current'),
  ).toBe('page');
  expect(pageErrors).toEqual([]);
});
