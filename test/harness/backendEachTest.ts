import { afterEach, beforeEach } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { makeTempDir } from './tempDir';

/**
 * A fresh backend over its own SQLite file for each test of the calling file, its clock starting
 * at `startIso` and moving a second per reading; closed and removed after the test.
 * Returns the running test's backend.
 */
export function backendEachTest(prefix: string, startIso: string): () => Backend {
  let backend: Backend | null = null;
  let cleanup = () => {};
  beforeEach(() => {
    const t = makeTempDir(prefix);
    let clock = Date.parse(startIso);
    const started = startBackend({ dataDir: t.dir, now: () => (clock += 1000) });
    backend = started;
    cleanup = () => {
      started.close();
      t.cleanup();
    };
  });
  afterEach(() => cleanup());
  return () => {
    if (!backend) throw new Error('backendEachTest: no backend outside a test');
    return backend;
  };
}
