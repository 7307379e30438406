import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { startWebServer, type WebServer } from '../../electron/backend/web/webServer';
import { BoardPage } from './pages/BoardPage';

const ROOT = path.resolve(__dirname, '..', '..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium with a fresh profile, never a downloaded browser. */
export async function launchChromium(): Promise<{
  browser: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
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
    staticDir: path.join(ROOT, 'out', 'web'),
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
