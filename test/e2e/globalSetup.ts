import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumArgs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's one Chromium (Playwright's server); each spec connects with a fresh context. */
    chromiumEndpoint?: string;
    /** The run's own build of the browser renderer, which the specs' web servers hand out. */
    webBuildDir?: string;
  }
}

/**
 * Builds the browser renderer once for every e2e spec (the same build `npm run web` serves) and
 * starts one Chromium for the whole run: a launch per spec cost 0.4–0.8 s, more under load.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A folder of the run's own: vite empties its outDir first, so runs sharing out/web (several
  // engineers on this machine) made each other's pages answer 503 mid-test.
  const root = path.resolve(__dirname, '..', '..');
  const runs = path.join(root, 'out', 'web-e2e');
  fs.mkdirSync(runs, { recursive: true });
  const webDir = fs.mkdtempSync(path.join(runs, 'run-'));
  buildWebApp(root, webDir);
  project.provide('webBuildDir', webDir);
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    host: '127.0.0.1',
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  };
}

function buildWebApp(root: string, outDir: string): void {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.web.config.mts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    // vitest sets NODE_ENV=test, which would make vite build React's development bundle.
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error('Building the web app for e2e tests failed');
}
