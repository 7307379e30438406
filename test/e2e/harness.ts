import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { startWebServer, type WebServer } from '../../electron/backend/web/webServer';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumArgs';
import { BoardPage } from './pages/BoardPage';
import { HandoffPanelPage } from './pages/HandoffPanelPage';

const ROOT = path.resolve(__dirname, '..', '..');

export { CHROMIUM_ARGS };

const VIEWPORT = { width: 1440, height: 900 };

/**
 * A fresh browser context of its own for the spec: on the run's one Chromium when globalSetup
 * started it (a new context shares no cookies, storage or cache with other specs), otherwise
 * Debian's Chromium launched with a fresh profile. Never a downloaded browser.
 */
export async function launchChromium(): Promise<{
  browser: BrowserContext;
  close: () => Promise<void>;
}> {
  const endpoint = inject('chromiumEndpoint');
  if (endpoint !== undefined) {
    const shared = await chromium.connect(endpoint);
    const context = await shared.newContext({ viewport: VIEWPORT });
    return {
      browser: context,
      close: async () => {
        await context.close();
        // Disconnects this spec; the run's Chromium stays for the next one.
        await shared.close();
      },
    };
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface RunningApp {
  dataDir: string;
  backend: Backend;
  server: WebServer;
  stop: () => Promise<void>;
}

/** Browser mode on a fresh data folder: the real backend and the built renderer on 127.0.0.1. */
export async function startApp(): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-e2e-'));
  const backend = startBackend({ dataDir });
  const server = await startWebServer({
    backend,
    staticDir: inject('webBuildDir') ?? path.join(ROOT, 'out', 'web'),
    port: 0,
  });
  return {
    dataDir,
    backend,
    server,
    stop: async () => {
      await server.close();
      backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fails the test on any uncaught page error or console error, which tests would otherwise miss. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Typed API answers (400 bad input, 409 conflict, 422 rule, 423 read-only) are expected
    // replies the UI shows; the browser still logs them as failed resources.
    if (m.type() === 'error' && !/status of 4(00|09|22|23) /.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** A new tab on the app, watched for errors, once the board shows its Strategy column. */
export async function openWindow(
  browser: BrowserContext,
  url: string,
): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage();
  const pageErrors = watchPageErrors(page);
  await page.goto(url);
  await new BoardPage(page).column('Strategy').waitFor();
  return { page, pageErrors };
}

export interface Teammate {
  /** The shared folder (empty at first) both laptops sync through. */
  shared: string;
  backend: Backend;
  close: () => void;
}

/** A teammate's laptop, reached only through its API, and an empty shared folder. */
export function startTeammate(): Teammate {
  const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-e2e-shared-'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-e2e-second-'));
  const backend = startBackend({ dataDir });
  return {
    shared,
    backend,
    close: () => {
      backend.close();
      for (const dir of [dataDir, shared]) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Northstar with Ada Byron (Strategist) as its only person and one client, Harbor Coffee. */
export async function seedNorthstar(api: Backend['client']): Promise<void> {
  await api.workspace.create({
    name: 'Northstar',
    me: { name: 'Ada Byron', roleTitle: 'Strategist' },
  });
  await api.clients.create({ name: 'Harbor Coffee', accentColor: '#237032' });
}

export interface BoardTab {
  page: Page;
  pageErrors: string[];
  board: BoardPage;
  panel: HandoffPanelPage;
}

/**
 * A tab on the app's board, watched for errors, once the card `card` shows; `shotsDir` (the
 * spec's screenshots folder) is created. `viewport` sizes the tab before the app loads.
 */
export async function openBoardTab(
  browser: BrowserContext,
  app: RunningApp,
  o: { card: string; shotsDir?: string; viewport?: { width: number; height: number } },
): Promise<BoardTab> {
  const page = await browser.newPage();
  if (o.viewport) await page.setViewportSize(o.viewport);
  const pageErrors = watchPageErrors(page);
  const board = new BoardPage(page);
  const panel = new HandoffPanelPage(page);
  await page.goto(app.server.url);
  await board.card(o.card).waitFor();
  if (o.shotsDir) fs.mkdirSync(o.shotsDir, { recursive: true });
  return { page, pageErrors, board, panel };
}

/** What `useBoardTab` opens for a spec: its app and a board tab on it. */
export interface BoardSession extends BoardTab {
  app: RunningApp;
}

/**
 * One app and one board tab for the whole spec file: a fresh Chromium context and app before
 * its tests (`seed` fills the workspace first), all closed after them. The fields are set
 * once the spec's `beforeAll` has run.
 */
export function useBoardTab(
  seed: (api: Backend['client']) => Promise<void>,
  o: Parameters<typeof openBoardTab>[2],
): BoardSession {
  const session = {} as BoardSession;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    chromium = await launchChromium();
    session.app = await startApp();
    await seed(session.app.backend.client);
    Object.assign(session, await openBoardTab(chromium.browser, session.app, o));
  });
  afterAll(() => closeAll(session.page, session.app, chromium));
  return session;
}

/** Closes what a spec's beforeAll opened, in reverse order; any of it may be missing after a failure there. */
export async function closeAll(
  page: Page | undefined,
  app: RunningApp | undefined,
  browser: { close: () => Promise<void> } | undefined,
): Promise<void> {
  await page?.close();
  await app?.stop();
  await browser?.close();
}
