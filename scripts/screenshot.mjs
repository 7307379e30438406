#!/usr/bin/env node
/**
 * Screenshot a page in headless Chromium (Debian's /usr/bin/chromium, never a downloaded one).
 *
 *   node scripts/screenshot.mjs <url | dir> <out.png> [--dark] [--width 1280] [--height 800]
 *                               [--full] [--scale 2] [--click <selector>]... [--press <key>]... [--wait <ms>]
 *
 * Given a directory (e.g. out/web) instead of a URL, it serves that folder on 127.0.0.1 for the
 * duration of the shot, so a build can be checked without a separate server. --click and --press
 * run in the order given (e.g. `--click 'text=Open dialog' --press Tab` to show a focus ring).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function parseArgs(argv) {
  const opts = {
    dark: false,
    width: 1280,
    height: 800,
    scale: 1,
    full: false,
    steps: [],
    wait: 250,
  };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dark') opts.dark = true;
    else if (arg === '--full') opts.full = true;
    else if (arg === '--width') opts.width = Number(argv[++i]);
    else if (arg === '--height') opts.height = Number(argv[++i]);
    else if (arg === '--wait') opts.wait = Number(argv[++i]);
    else if (arg === '--scale') opts.scale = Number(argv[++i]);
    else if (arg === '--click') opts.steps.push({ click: argv[++i] });
    else if (arg === '--press') opts.steps.push({ press: argv[++i] });
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [target, out] = positional;
  if (!target || !out || !(opts.width > 0) || !(opts.height > 0)) {
    throw new Error('usage: screenshot.mjs <url|dir> <out.png> [--dark] [--width N --height N]');
  }
  return { ...opts, target, out: resolve(out) };
}

/** Static file server bound to loopback on a free port; resolves to its base URL. */
async function serve(dir) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const server = (await isDirectory(opts.target)) ? await serve(opts.target) : undefined;
  const url = server?.url ?? opts.target;
  // A fresh profile each run: no cached pages or stale service workers between shots.
  const profile = await mkdtemp(join(tmpdir(), 'baton-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    colorScheme: opts.dark ? 'dark' : 'light',
    viewport: { width: opts.width, height: opts.height },
    deviceScaleFactor: opts.scale,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      // Chromium asks for a favicon on its own; its absence says nothing about the page.
      const ignorable = new URL(r.url()).pathname === '/favicon.ico';
      if (r.status() >= 400 && !ignorable) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    // Not 'networkidle': the app keeps a live-update stream open for as long as it runs.
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(800);
    for (const step of opts.steps) {
      if (step.click) await page.click(step.click);
      else await page.keyboard.press(step.press);
    }
    await sleep(opts.wait);
    await page.screenshot({ path: opts.out, fullPage: opts.full });
    for (const p of problems) console.error(p);
    console.log(`${opts.out} (${url}, ${opts.dark ? 'dark' : 'light'})`);
  } finally {
    await context.close();
    server?.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
