import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    /*
     * vitest's default on this 2-core machine is one worker (cores − 1), so unit and integration
     * files ran one at a time while most integration time is spent waiting on child processes,
     * SQLite files and timers. Two files at a time; e2e stays one file at a time (below).
     */
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // The CLI bundled once per run, so each spawned `baton` is plain node, not tsx.
          globalSetup: ['test/harness/cliBundleSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium per file is enough load for a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
