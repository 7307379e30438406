import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * renderer/index.html carries a strict CSP <meta> for the built app and browser mode. Under
 * `electron-vite dev` that tag would block Vite's inline React-refresh preamble; there, main
 * sends the dev policy as a header (electron/main/security.ts), so the tag is dropped.
 */
function dropCspMetaInDev(): Plugin {
  return {
    name: 'baton:drop-csp-meta-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>\s*/i, '');
    },
  };
}

/*
 * Main and preload come out as CommonJS (package.json has no "type": "module"): an ESM preload
 * would need `sandbox: false`. Outputs: out/main, out/preload, out/renderer (electron-vite's
 * defaults, relied on by package.json "main" and by electron/main/index.ts).
 */
export default defineConfig({
  main: {
    build: {
      // The sync worker thread is its own entry, emitted beside index.js (syncWorkerClient.ts).
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          syncWorker: resolve(root, 'electron/sync/syncWorker.ts'),
        },
      },
      // Dependencies stay external (loaded from node_modules at run time), except oRPC: it ships
      // ESM only, which a CommonJS main cannot require, so it is bundled in.
      externalizeDeps: { exclude: ['@orpc/client', '@orpc/contract', '@orpc/server'] },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      // A sandboxed preload can require nothing but `electron`: bundle everything else.
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), dropCspMetaInDev()],
    build: {
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
      // electron-vite leaves the renderer unminified by default.
      minify: true,
    },
  },
});
