import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

// Vitest globalSetup: the `baton` CLI bundled once per run into one CommonJS file, so each
// command a test spawns is plain `node` (about 0.7 s here) instead of tsx transpiling the whole
// backend again (about 2.4 s). The bundle is built from the same sources the test run sees.

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled CLI (`cli.js`, with `syncWorker.js` beside it), when this run built one. */
    batonCliBundle?: string;
  }
}

const ROOT = path.resolve(__dirname, '..', '..');

/*
 * Native and file-reading packages stay external (better-sqlite3 loads a .node binary, pdfkit
 * reads its font files beside its own code); everything else, oRPC's ESM included, is bundled.
 * The bundle lives under node_modules/.cache so those externals resolve from this checkout, and
 * so the migrations folder and package.json are found by walking up from it as from the sources.
 */
const EXTERNAL = ['better-sqlite3', 'pdfkit', 'electron', 'tsx'];

export async function buildCliBundle(outDir: string): Promise<string> {
  await build({
    entryPoints: {
      cli: path.join(ROOT, 'electron', 'cli', 'index.ts'),
      // The sync worker thread is its own entry, loaded from beside the CLI (syncWorkerClient.ts).
      syncWorker: path.join(ROOT, 'electron', 'sync', 'syncWorker.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: outDir,
    external: EXTERNAL,
    logLevel: 'warning',
  });
  return path.join(outDir, 'cli.js');
}

export default async function setup(project: TestProject): Promise<() => void> {
  // One folder per run: other runs on this machine may be building theirs at the same time.
  const cache = path.join(ROOT, 'node_modules', '.cache', 'baton-test-cli');
  fs.mkdirSync(cache, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(cache, 'run-'));
  const cleanup = () => fs.rmSync(outDir, { recursive: true, force: true });
  try {
    project.provide('batonCliBundle', await buildCliBundle(outDir));
  } catch (e) {
    // A file the CLI imports does not build (someone is mid-edit): tests that never spawn the
    // CLI still run, and those that do run it through tsx and meet the same error there.
    console.warn(`The baton CLI bundle did not build; CLI tests run it through tsx. ${String(e)}`);
  }
  return cleanup;
}
