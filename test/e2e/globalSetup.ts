import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Builds the browser renderer once for every e2e spec (the same build `npm run web` serves). */
export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.web.config.mts',
      '--logLevel',
      'warn',
    ],
    // vitest sets NODE_ENV=test, which would make vite build React's development bundle.
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error('Building the web app for e2e tests failed');
}
