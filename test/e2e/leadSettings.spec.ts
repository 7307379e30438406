import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_LEAD_SCORING } from '../../shared/domain/leads';
import { launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';
import { shootLightAndDark } from './shots';

// Settings → Lead scoring and Lead SLA: the team gives webinars more points and adds a fit rule;
// saving re-scores the lead and says so; a bad value is named on its field and nothing is saved;
// Reset to built-in goes back to the built-in criteria and, after a reload, says it uses them.
// The SLA moves to business hours; a zero-hour clock is refused by name.

const SHOTS = '/tmp/shots';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];
let leadId: string;

const api = () => app.backend.client;
const scoreOf = async () => (await api().leads.get({ id: leadId })).score.score;

const shoot = (section: ReturnType<Page['getByRole']>, name: string) =>
  shootLightAndDark(page, section, `${SHOTS}/${name}`, { reducedMotion: true });

beforeAll(async () => {
  chromium = await launchChromium();
  app = await startApp();
  await api().workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'Europe/Berlin',
    me: { name: 'Mo Marketer', email: 'mo@northwind.example', roleTitle: 'Marketing' },
  });
  const lead = await api().leads.create({
    personName: 'Lena Lead',
    email: 'lena@acme.example',
    company: 'Acme Corp',
    jobTitle: 'Marketing Manager',
  });
  leadId = lead.id;
  await api().leads.addTouch({ leadId, kind: 'webinar' });
  page = await chromium.browser.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  pageErrors = watchPageErrors(page);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await page?.close();
  await app?.stop();
  await chromium?.close();
});

test('changing the scoring criteria re-scores the lead; a bad value is named and nothing saved', async () => {
  // Built-in criteria: "Manager" in the job title +8, a webinar today +10.
  expect(await scoreOf()).toBe(18);
  await page.goto(`${app.server.url}#settings`);
  const section = page.getByRole('region', { name: 'Lead scoring' });
  await section.getByLabel('Webinar').waitFor();
  expect(await section.getByLabel('Webinar').inputValue()).toBe('10');

  await section.getByLabel('Webinar').fill('30');
  await section.getByRole('button', { name: 'Save and re-score' }).click();
  await section.getByText('Saved — 1 lead re-scored').waitFor();
  expect(await scoreOf()).toBe(38);
  expect((await api().leads.scoring()).scoring.touchPoints.webinar).toBe(30);

  // A new fit rule without points and a threshold that is not a number: both named, nothing sent.
  await section.getByRole('button', { name: 'Add fit rule' }).click();
  await section.getByLabel('Field of fit rule 3').selectOption('company');
  await section.getByLabel('Values of fit rule 3').fill('Acme, Globex');
  await section.getByLabel('Sales-ready threshold').fill('lots');
  await section.getByRole('button', { name: 'Save and re-score' }).click();
  await section
    .getByRole('alert', { name: 'Fit rule problems' })
    .getByText('Fit rule 3 (company contains), points: is required: a whole number of points')
    .waitFor();
  expect(await section.getByLabel('Points of fit rule 3').getAttribute('aria-invalid')).toBe(
    'true',
  );
  const threshold = section.getByLabel('Sales-ready threshold');
  expect(await threshold.getAttribute('aria-invalid')).toBe('true');
  await section.getByText('Sales-ready threshold: “lots” is not a whole number').waitFor();
  const before = (await api().leads.scoring()).scoring;
  expect(before.salesReadyThreshold).toBe(40);
  expect(before.fitRules).toHaveLength(2);
  await shoot(section, 'L-lead-scoring');

  await section.getByLabel('Points of fit rule 3').fill('5');
  await threshold.fill('35');
  await section.getByRole('button', { name: 'Save and re-score' }).click();
  await section.getByText('Saved — 1 lead re-scored').waitFor();
  expect(await scoreOf()).toBe(43);
  const saved = (await api().leads.scoring()).scoring;
  expect(saved.fitRules[2]).toEqual({
    field: 'company',
    op: 'contains',
    values: ['Acme', 'Globex'],
    points: 5,
  });
  expect(saved.salesReadyThreshold).toBe(35);
  // The score explains itself with the new rule.
  const lines = (await api().leads.get({ id: leadId })).score.lines.map((l) => l.text);
  expect(lines.some((t) => /company contains 'Acme'/.test(t))).toBe(true);

  // Back to the built-in criteria: the lead's score is the built-in one again.
  await section.getByText('This workspace’s own criteria', { exact: true }).waitFor();
  await section.getByRole('button', { name: 'Reset to built-in' }).click();
  await expect.poll(scoreOf).toBe(18);
  await section.getByText('Uses the built-in criteria').waitFor();
  await section.getByText('Saved — 1 lead re-scored').waitFor();
  expect(await api().leads.scoring()).toEqual({ scoring: DEFAULT_LEAD_SCORING, custom: false });

  // After a reload the section shows the built-in values and says it uses them.
  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Lead scoring' });
  await reloaded.getByText('Uses the built-in criteria').waitFor();
  expect(await reloaded.getByLabel('Webinar').inputValue()).toBe('10');
  expect(await reloaded.getByLabel('Sales-ready threshold').inputValue()).toBe('40');
  expect(await reloaded.getByLabel('Values of fit rule 2').inputValue()).toBe('Manager');
  expect(await reloaded.getByLabel('Values of fit rule 3').count()).toBe(0);
  expect(await reloaded.getByRole('button', { name: 'Reset to built-in' }).isDisabled()).toBe(true);
  expect(pageErrors).toEqual([]);
}, 120_000);

test('the SLA: a zero-hour clock is refused by name; business hours are saved', async () => {
  await page.goto(`${app.server.url}#settings`);
  const section = page.getByRole('region', { name: 'Lead SLA' });
  const accept = section.getByLabel('Accept within (hours)');
  await accept.waitFor();
  expect(await accept.inputValue()).toBe('24');
  await accept.fill('0');
  await section.getByLabel('Count business hours only', { exact: false }).check();
  await section.getByLabel('Sat').check();
  await section.getByLabel('Time zone').fill('Mars/Olympus');
  await section.getByRole('button', { name: 'Save SLA' }).click();
  await section.getByText('Accept within: must be more than 0 hours').waitFor();
  expect(await accept.getAttribute('aria-invalid')).toBe('true');
  expect(await section.getByLabel('Time zone').getAttribute('aria-invalid')).toBe('true');
  expect((await api().leads.sla()).acceptWithinHours).toBe(24);
  await shoot(section, 'L-lead-sla');

  await accept.fill('8');
  await section.getByLabel('Time zone').fill('Europe/Berlin');
  await section.getByLabel('Start').fill('08:30');
  await section.getByRole('button', { name: 'Save SLA' }).click();
  await page.getByText('Lead SLA saved').waitFor();
  expect(await api().leads.sla()).toEqual({
    handOffWithinHours: 24,
    acceptWithinHours: 8,
    businessHours: {
      start: '08:30',
      end: '17:00',
      days: [1, 2, 3, 4, 5, 6],
      timeZone: 'Europe/Berlin',
    },
  });
  expect(pageErrors).toEqual([]);
}, 120_000);
