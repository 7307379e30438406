import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Backend } from '../../electron/backend/startBackend';
import {
  launchChromium,
  openWindow,
  startApp,
  startTeammate,
  type RunningApp,
  type Teammate,
} from './harness';
import { AppShellPage } from './pages/AppShellPage';
import { SyncPage } from './pages/SyncPage';

/** What `useSyncWindow` opens for a spec. */
export interface SyncWindow {
  /** This laptop: its app, shown in `page`. */
  app: RunningApp;
  /** A teammate's laptop, reached only through its API. */
  second: Backend;
  /** The shared folder (empty at first) both laptops sync through. */
  shared: string;
  page: Page;
  pageErrors: string[];
  shell: AppShellPage;
  sync: SyncPage;
}

/**
 * Two laptops and one shared folder for the whole spec file: this one in a browser window, a
 * teammate's only through its API. `seed` runs on both before the window opens; everything is
 * closed after the spec. The fields are set once the spec's `beforeAll` has run.
 */
export function useSyncWindow(
  seed: (w: Pick<SyncWindow, 'app' | 'second' | 'shared'>) => Promise<void>,
): SyncWindow {
  const w = {} as SyncWindow;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let teammate: Teammate | undefined;
  beforeAll(async () => {
    chromium = await launchChromium();
    w.app = await startApp();
    teammate = startTeammate();
    w.second = teammate.backend;
    w.shared = teammate.shared;
    await seed(w);
    Object.assign(w, await openWindow(chromium.browser, w.app.server.url));
    w.shell = new AppShellPage(w.page);
    w.sync = new SyncPage(w.page);
  });
  afterAll(async () => {
    await w.page?.close();
    teammate?.close();
    await w.app?.stop();
    await chromium?.close();
  });
  return w;
}
