import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchChromium,
  seedNorthstar,
  startApp,
  watchPageErrors,
  type RunningApp,
} from './harness';
import { AppShellPage } from './pages/AppShellPage';

// The sales ↔ marketing lead handoff in the browser: a lead created through New lead (a
// duplicate email named on the email field), touched until sales-ready, refused at hand-off
// while it has no receiver (the missing part named, a button to the assignee field), handed to
// sales once assigned, rejected with a reason and words — then counted in the quality report
// under its campaign and source, and waiting in the re-engagement queue. A bare lead's refusal
// leads from each missing part to the field that fixes it.

const SHOTS = '/tmp/shots';
const LEAD = 'Mira Jensen';
const EMAIL = 'mira@harbor-cafes.test';
const CAMPAIGN = 'Spring menu';
const CHANNEL = 'Webinar';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let samId: string;

/** The Leads page: its view tabs, the view shown and the open lead's panel. */
class LeadsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Leads', exact: true })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Leads' }).waitFor();
  }

  async view(tab: string, heading: string) {
    await this.page.getByRole('tab', { name: tab, exact: true }).click();
    await this.page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
  }

  get shown(): Locator {
    return this.page.getByRole('tabpanel');
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Lead', exact: true });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async addTouch(kind: string, note: string) {
    const form = this.panel.getByRole('form', { name: 'Add touch' });
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Add touch' }).click();
    await this.panel.getByRole('list', { name: 'Touches, oldest first' }).getByText(note).waitFor();
  }
}

const hasFocus = (field: Locator) => field.evaluate((el) => el === document.activeElement);

/** Whether the element is inside the window's visible height. */
const inView = (field: Locator) =>
  field.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  const api = app.backend.client;
  await seedNorthstar(api);
  samId = (await api.people.create({ name: 'Sam Ortiz', roleTitle: 'Sales' })).id;
  const client = (await api.clients.list())[0]!;
  await api.campaigns.create({
    name: CAMPAIGN,
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

test('a lead handed to sales and rejected shows in the quality report and the re-engagement queue', async () => {
  await page.goto(app.server.url);
  await page.getByRole('main', { name: 'Board' }).waitFor();
  const shell = new AppShellPage(page);
  const leads = new LeadsPage(page);
  await leads.open();

  // An empty queue says what brings a lead into it.
  await leads.view('SLA queue', 'Lead queue');
  expect(await leads.shown.getByRole('heading', { name: 'No lead is waiting' }).count()).toBe(1);

  // New lead, without an assignee yet; the panel opens on it.
  await leads.view('All leads', 'All leads');
  await leads.shown.getByRole('button', { name: 'New lead' }).click();
  let dialog = leads.dialog('New lead');
  await dialog.getByLabel('Person', { exact: true }).fill(LEAD);
  await dialog.getByLabel('Email', { exact: true }).fill(EMAIL);
  await dialog.getByLabel('Company', { exact: true }).fill('Harbor Cafés');
  await dialog.getByLabel('Job title', { exact: true }).fill('Head of Marketing');
  await dialog.getByLabel('Source campaign').selectOption({ label: CAMPAIGN });
  await dialog.getByLabel('Source channel').fill(CHANNEL);
  await dialog.getByLabel('Interests').fill('oat milk pricing, wholesale');
  await dialog.getByLabel('Notes').fill('Runs twelve cafés in Oslo. Wants a pilot before March.');
  await dialog.getByRole('button', { name: 'Add lead' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await leads.panel.getByRole('heading', { level: 2, name: LEAD }).waitFor();
  await expect.poll(() => leads.shown.getByRole('button', { name: LEAD }).count()).toBe(1);

  // The same email again (other case) is refused on the email field, naming the lead it belongs to.
  await leads.shown.getByRole('button', { name: 'New lead' }).click();
  dialog = leads.dialog('New lead');
  await dialog.getByLabel('Person', { exact: true }).fill('Mira J.');
  await dialog.getByLabel('Email', { exact: true }).fill(EMAIL.toUpperCase());
  await dialog.getByRole('button', { name: 'Add lead' }).click();
  const email = dialog.getByLabel('Email', { exact: true });
  await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
  const emailError = page.locator(`[id="${describedBy.split(' ')[0]}"]`);
  expect(await emailError.textContent()).toContain(`is already the email of lead ${LEAD}`);
  await page.screenshot({ path: `${SHOTS}/L-new-lead-duplicate-light.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Touches until sales-ready: 15 (Head of …) + 20 (meeting) + 10 (webinar) = 45 ≥ 40.
  expect(await leads.panel.getByRole('heading', { name: 'Why 15 points' }).count()).toBe(1);
  await leads.addTouch('Webinar', 'Joined the spring menu webinar');
  await leads.addTouch('Meeting', 'Coffee tasting at the Oslo roastery');
  await leads.panel.getByRole('heading', { name: 'Why 45 points' }).waitFor();
  const why = await leads.panel.getByRole('list', { name: 'Fit points' }).textContent();
  expect(why).toContain("job title contains 'Head'");
  const engagement = await leads.panel
    .getByRole('list', { name: 'Engagement points' })
    .allTextContents();
  expect(engagement.join(' ')).toMatch(/\+20.*meeting/);
  const touches = await leads.panel
    .getByRole('list', { name: 'Touches, oldest first' })
    .getByRole('listitem')
    .allTextContents();
  expect(touches).toHaveLength(2);
  expect(touches[0]).toContain('Joined the spring menu webinar');
  expect(await leads.panel.getByText('Sales-ready', { exact: true }).count()).toBeGreaterThan(0);

  // Without a receiver the package is refused, and the missing part is named.
  await leads.panel.getByRole('button', { name: 'Hand off to sales' }).click();
  const missing = leads.panel.getByRole('list', { name: 'Missing parts' });
  await missing.waitFor();
  expect(await missing.textContent()).toContain('Receiver');
  await shell.dismissNotifications();
  await page.screenshot({ path: `${SHOTS}/L-lead-handoff-refused-light.png` });
  // The part is a button to the field that fixes it: Enter on it puts the focus on the assignee.
  await missing.getByRole('button', { name: 'Receiver: go to Assignee (sales)' }).focus();
  await page.keyboard.press('Enter');
  const assignee = leads.panel
    .getByRole('form', { name: 'Lead details' })
    .getByLabel('Assignee (sales)');
  await expect.poll(() => hasFocus(assignee)).toBe(true);

  // The sales-ready lead waits in the queue on its hand-off clock; Enter on it opens it.
  await leads.view('SLA queue', 'Lead queue');
  const row = leads.shown.getByRole('row').filter({ hasText: LEAD });
  expect(await row.textContent()).toContain('hand off within 24 h');
  expect(await row.textContent()).toMatch(/\d+ h( \d+ min)? left/);
  await page.keyboard.press('Escape');
  await expect.poll(() => leads.panel.count()).toBe(0);
  // Closing gives the focus back to the lead's row; Enter there opens it again.
  const rowButton = row.getByRole('button', { name: LEAD });
  await expect.poll(() => rowButton.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await leads.panel.getByRole('heading', { level: 2, name: LEAD }).waitFor();
  await shell.dismissNotifications();
  await page.screenshot({ path: `${SHOTS}/L-lead-queue-light.png` });

  // Sam becomes the assignee; now the hand-off goes through and the accept clock runs.
  const details = leads.panel.getByRole('form', { name: 'Lead details' });
  await details.getByLabel('Assignee (sales)').selectOption({ label: 'Sam Ortiz' });
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect
    .poll(() => leads.panel.getByText('Sam Ortiz receives the lead intelligence package.').count())
    .toBe(1);
  await leads.panel.getByRole('button', { name: 'Hand off to sales' }).click();
  const accept = leads.panel.getByRole('button', { name: 'Accept — I have what I need' });
  await accept.waitFor();
  const pkg = leads.panel.locator('details', { hasText: 'Lead intelligence package' });
  const pkgText = (await pkg.textContent()) ?? '';
  expect(pkgText).toContain('Sam Ortiz');
  expect(pkgText).toContain('Suggested talking points');
  expect(pkgText).toContain('Runs twelve cafés in Oslo.');
  expect(pkgText).toContain('Ask about their interest in oat milk pricing');
  expect(await leads.panel.textContent()).toContain('accept within 24 h');
  await expect
    .poll(() => leads.shown.getByRole('row').filter({ hasText: LEAD }).textContent())
    .toContain('accept within 24 h');
  await shell.dismissNotifications();
  await page.screenshot({ path: `${SHOTS}/L-lead-panel-handed-off-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  // Colours ease between themes; the screenshot waits for them to settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/L-lead-panel-handed-off-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // Reject: Other without words is refused on the Why field; Wrong fit with words goes through.
  await leads.panel.getByRole('button', { name: 'Reject', exact: true }).click();
  dialog = leads.dialog(`Reject ${LEAD}`);
  await dialog.getByLabel('Reason').selectOption({ label: 'Other' });
  await dialog.getByRole('button', { name: 'Reject lead' }).click();
  const whyField = dialog.getByLabel('Why');
  await expect.poll(() => whyField.getAttribute('aria-invalid')).toBe('true');
  expect(await dialog.textContent()).toContain('is required when the reason is Other');
  await page.screenshot({ path: `${SHOTS}/L-lead-reject-dialog-light.png` });
  await dialog.getByLabel('Reason').selectOption({ label: 'Wrong fit' });
  await whyField.fill('Buys through a franchise deal, not from us.');
  await dialog.getByRole('button', { name: 'Reject lead' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const answers = leads.panel.getByRole('list', { name: "Sales' answers" });
  await answers.waitFor();
  expect(await answers.textContent()).toContain('Rejected: Wrong fit');
  expect(await answers.textContent()).toContain('Buys through a franchise deal, not from us.');
  // Out of the SLA queue: no clock runs on a rejected lead.
  await expect.poll(() => leads.shown.getByRole('row').filter({ hasText: LEAD }).count()).toBe(0);

  // The quality report counts the rejection under the lead's campaign and its source channel.
  await leads.view('Quality report', 'Lead quality report');
  const byCampaign = leads.shown
    .getByRole('region', { name: 'By campaign' })
    .getByRole('row')
    .filter({ hasText: CAMPAIGN });
  await expect.poll(() => byCampaign.textContent()).toContain('Wrong fit');
  const campaignCells = await byCampaign.getByRole('cell').allTextContents();
  // Handed off, accepted, rejected, waiting.
  expect(campaignCells.slice(0, 4)).toEqual(['1', '0', '1', '0']);
  const bySource = leads.shown
    .getByRole('region', { name: 'By source channel' })
    .getByRole('row')
    .filter({ hasText: CHANNEL });
  expect(await bySource.textContent()).toContain('Wrong fit (1)');

  // The re-engagement queue holds the lead with its next touch.
  await leads.view('Re-engagement', 'Re-engagement queue');
  const waiting = leads.shown.getByRole('listitem').filter({ hasText: LEAD });
  await expect.poll(() => waiting.count()).toBe(1);
  expect(await waiting.textContent()).toContain('Wrong fit');

  // All leads shows it rejected; dark theme screenshots of the list and the panel.
  await leads.view('All leads', 'All leads');
  const listed = leads.shown.getByRole('row').filter({ hasText: LEAD });
  expect(await listed.textContent()).toContain('Rejected');
  await shell.dismissNotifications();
  await page.screenshot({ path: `${SHOTS}/L-lead-list-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/L-lead-list-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  expect(pageErrors).toEqual([]);
});

test('a lead found by search is handed off and accepted; deleting it can be undone', async () => {
  // Written through the API: sales-ready (15 for VP, 20 for a meeting, 15 for a call) and assigned.
  const api = app.backend.client;
  const created = await api.leads.create({
    personName: 'Jonas Berg',
    company: 'Nordlicht Bakeries',
    email: 'jonas@nordlicht.test',
    jobTitle: 'VP Operations',
    sourceChannel: 'Referral',
    notes: 'Asked for wholesale prices for nine shops.',
    assigneeId: samId,
  });
  await api.leads.addTouch({ leadId: created.id, kind: 'meeting', note: 'Intro call' });
  await api.leads.addTouch({ leadId: created.id, kind: 'call', note: 'Prices discussed' });

  const leads = new LeadsPage(page);
  const shell = new AppShellPage(page);
  await leads.view('All leads', 'All leads');
  await leads.shown.getByLabel('Search').fill('nordlicht');
  const rows = leads.shown.getByRole('table').getByRole('row');
  // The header row and the one lead whose company matches.
  await expect.poll(() => rows.count()).toBe(2);
  await rows.nth(1).getByRole('button', { name: 'Jonas Berg' }).click();
  await leads.panel.getByRole('heading', { level: 2, name: 'Jonas Berg' }).waitFor();

  await leads.panel.getByRole('button', { name: 'Hand off to sales' }).click();
  await leads.panel.getByRole('button', { name: 'Accept — I have what I need' }).click();
  const answers = leads.panel.getByRole('list', { name: "Sales' answers" });
  await answers.waitFor();
  expect(await answers.textContent()).toContain('Accepted by Ada Byron');
  await expect.poll(() => rows.nth(1).textContent()).toContain('Accepted');

  // Delete, then Undo in the notification: the lead is back and open again.
  await shell.dismissNotifications();
  await leads.panel.getByRole('button', { name: 'Delete lead' }).click();
  await expect.poll(() => leads.panel.count()).toBe(0);
  // The search now matches nothing, and says so.
  await expect
    .poll(() => leads.shown.getByRole('heading', { name: 'No lead matches these filters' }).count())
    .toBe(1);
  await shell.notificationAction('Deleted Jonas Berg', 'Undo');
  await leads.panel.getByRole('heading', { level: 2, name: 'Jonas Berg' }).waitFor();
  await expect.poll(() => rows.count()).toBe(2);
  expect(await leads.panel.getByText('Deleted', { exact: true }).count()).toBe(0);

  expect(pageErrors).toEqual([]);
});

test('each missing part of a refused hand off is a button to the field in the panel that fixes it', async () => {
  // Sales-ready by hand, with nothing but a name and an email: every part but the email missing.
  const api = app.backend.client;
  const bare = await api.leads.create({ personName: 'Ola Tomt', email: 'ola@tomt.test' });
  await api.leads.setStatus({ id: bare.id, status: 'sales-ready' });

  const leads = new LeadsPage(page);
  await leads.view('All leads', 'All leads');
  await leads.shown.getByLabel('Search').fill('tomt');
  await leads.shown.getByRole('button', { name: 'Ola Tomt' }).click();
  await leads.panel.getByRole('heading', { level: 2, name: 'Ola Tomt' }).waitFor();
  await leads.panel.getByRole('button', { name: 'Hand off to sales' }).click();
  const missing = leads.panel.getByRole('list', { name: 'Missing parts' });
  await missing.waitFor();

  const details = leads.panel.getByRole('form', { name: 'Lead details' });
  const touch = leads.panel.getByRole('form', { name: 'Add touch' });
  const fixes: [string, Locator][] = [
    ['Receiver: go to Assignee (sales)', details.getByLabel('Assignee (sales)')],
    ['Company: go to Company', details.getByLabel('Company', { exact: true })],
    ['Source: go to Source campaign', details.getByLabel('Source campaign')],
    ['Journey: go to Add touch', touch.getByLabel('Kind')],
    ['Talking points: go to Notes', details.getByLabel('Notes')],
  ];
  for (const [name, field] of fixes) {
    await missing.getByRole('button', { name }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(field), { message: name }).toBe(true);
    await expect.poll(() => inView(field), { message: name }).toBe(true);
  }
  // A click does the same.
  await missing.getByRole('button', { name: 'Company: go to Company' }).click();
  await expect.poll(() => hasFocus(details.getByLabel('Company', { exact: true }))).toBe(true);

  // The score is no field of the panel: it stays words, and only the five parts are buttons.
  const score = missing
    .getByRole('listitem')
    .filter({ hasText: 'below the sales-ready threshold' });
  expect(await score.textContent()).toBe('Score 0 is below the sales-ready threshold of 40');
  expect(await score.getByRole('button').count()).toBe(0);
  expect(await missing.getByRole('button').count()).toBe(fixes.length);

  expect(pageErrors).toEqual([]);
});
