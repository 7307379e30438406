import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/*
 * Browser mode: the same renderer as the Electron window, built as static files that the harness
 * (and `baton serve`) hand out over 127.0.0.1. Relative base so it works from any mount path.
 */
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromHere('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromHere('./out/web'),
    emptyOutDir: true,
    minify: true,
  },
});
