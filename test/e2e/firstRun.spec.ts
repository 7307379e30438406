import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchChromium, startApp, watchPageErrors, type RunningApp } from './harness';
import { BoardPage } from './pages/BoardPage';
import { FirstRunPage } from './pages/FirstRunPage';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let app: RunningApp;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium.close();
});
beforeEach(async () => {
  app = await startApp();
  page = await chromium.browser.newPage();
  pageErrors = watchPageErrors(page);
  await page.goto(app.server.url);
});
afterEach(async () => {
  await page.close();
  await app.stop();
});

const DEFAULT_STAGES = [
  'Strategy',
  'Creative',
  'Production',
  'Launch',
  'Live',
  'Optimization',
  'Retrospective',
  'Done',
];

describe('first run', () => {
  test('a new workspace: required fields are named inline, then the empty board opens', async () => {
    const firstRun = new FirstRunPage(page);
    await firstRun.heading.waitFor();
    // The per-run token is taken out of the address bar once read.
    expect(page.url()).not.toContain('token=');

    await firstRun.createWorkspace({ workspace: '', name: '' });
    await expect.poll(() => page.getByText('Workspace name is required').count()).toBe(1);
    expect(await firstRun.field('Workspace name').getAttribute('aria-invalid')).toBe('true');

    await firstRun.createWorkspace({
      workspace: 'Northstar',
      name: 'Ada Byron',
      email: 'not-an-email',
      role: 'Strategist',
    });
    // The backend's answer names the field; nothing is created.
    await expect.poll(() => page.getByText(/Email must be an email address/).count()).toBe(1);
    expect(await app.backend.client.workspace.get()).toBeNull();

    await firstRun.field('Email').fill('ada@northstar.example');
    await page.getByRole('button', { name: 'Create workspace' }).click();

    const board = new BoardPage(page);
    await board.column('Strategy').waitFor();
    expect(await board.columnNames()).toEqual(DEFAULT_STAGES);
    await page.getByText('No campaigns yet').waitFor();
    await page.getByRole('banner').getByText('Ada Byron').waitFor();
    expect(await page.getByText('Northstar').count()).toBeGreaterThan(0);

    const saved = await app.backend.client.workspace.get();
    expect(saved?.workspace.name).toBe('Northstar');
    expect(saved?.me?.name).toBe('Ada Byron');

    // The session survives a reload: the token was kept for this tab.
    await page.reload();
    await board.column('Strategy').waitFor();
    expect(pageErrors).toEqual([]);
  });

  test('explore with a sample agency fills the board with campaigns and gate states', async () => {
    const firstRun = new FirstRunPage(page);
    await firstRun.exploreSampleAgency();
    const board = new BoardPage(page);
    await board.card('Spring Origins Launch').waitFor();

    const expected = await app.backend.client.campaigns.list();
    expect(await board.cards().count()).toBe(expected.length);
    for (const c of expected) {
      const card = board.card(c.name);
      expect(await card.count()).toBe(1);
      // Each card sits in the column of its stage.
      expect(
        await board
          .column(c.stageName)
          .getByRole('article', { name: new RegExp(`^${c.name}`) })
          .count(),
      ).toBe(1);
    }
    const spring = board.card('Spring Origins Launch');
    expect(await spring.getAttribute('aria-label')).toMatch(
      /^Spring Origins Launch, Northwind Coffee/,
    );
    await expect.poll(() => spring.textContent()).toMatch(/\d+ missing/);
    expect(await page.getByText(/Overdue/).count()).toBeGreaterThan(0);

    // Cards are reachable by keyboard.
    await spring.focus();
    expect(await page.locator(':focus').getAttribute('aria-label')).toMatch(
      /^Spring Origins Launch/,
    );
    expect(pageErrors).toEqual([]);
  });

  test('a change written elsewhere appears on the board without a reload', async () => {
    const firstRun = new FirstRunPage(page);
    await firstRun.exploreSampleAgency();
    const board = new BoardPage(page);
    await board.card('Spring Origins Launch').waitFor();

    const clients = await app.backend.client.clients.list();
    await app.backend.client.campaigns.create({
      name: 'Live Update Check',
      clientId: clients[0]!.id,
      type: 'email',
    });
    await board.card('Live Update Check').waitFor({ timeout: 10_000 });
    expect(
      await board
        .column('Strategy')
        .getByRole('article', { name: /^Live Update Check/ })
        .count(),
    ).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
