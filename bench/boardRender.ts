import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startBackend, type Backend } from '../electron/backend/startBackend';
import { startWebServer } from '../electron/backend/web/webServer';
import { dbFilePath } from '../electron/db/paths';
import { compareCards } from '../renderer/features/board/boardColumns';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromiumArgs';
import { boardDataset } from './boardDataset';
import {
  BENCH_DIR,
  CACHE_DIR,
  median,
  percentile,
  RESULTS_DIR,
  tempDir,
  type Measurement,
} from './lib';

// The board in Debian's Chromium on the 2,000-campaign benchmark database, in browser mode
// (the same renderer and backend as the app, over HTTP instead of IPC).

const ROOT = path.resolve(BENCH_DIR, '..');
const WEB_DIR = path.join(CACHE_DIR, 'web');
const RENDER_RUNS = 5;
const MOVES = 30;

/**
 * A production build of the renderer of its own (about a second): out/web may be stale, may be
 * a development build (React's development mode is several times slower), and the e2e setup
 * rebuilds it in place, which a concurrent run would race.
 */
function buildWeb(): void {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.web.config.mts',
      '--outDir',
      WEB_DIR,
      '--logLevel',
      'error',
      // Readable function names in a profile (BENCH_PROFILE) at a small cost in speed.
      ...(process.env.BENCH_PROFILE ? ['--minify', 'false'] : []),
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error('Building the web renderer failed');
}

/**
 * Debian's Chromium with a fresh profile, the way the e2e harness launches it outside a
 * vitest run (the harness itself imports vitest, which cannot be loaded here under tsx).
 */
async function launchChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
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

/**
 * Lets the first `count` cards of the first stage (in board order) pass their gate, by the
 * override of their Accountable person, so dropping them on the next stage moves them.
 */
async function passGates(backend: Backend, count: number): Promise<string[]> {
  const api = backend.client;
  const stages = await api.stages.list();
  const first = [...stages].sort((a, b) => a.position - b.position)[0]!;
  const cards = (await api.campaigns.list())
    .filter((c) => c.stageId === first.id && c.currentHandoff)
    .sort(compareCards)
    .slice(0, count);
  for (const card of cards) {
    const detail = await api.handoffs.get({ id: card.currentHandoff!.id });
    const accountable = detail.raci.find((r) => r.role === 'A');
    if (!accountable) throw new Error(`${card.name} has no Accountable person`);
    await api.workspace.setMe({ personId: accountable.personId });
    await api.handoffs.override({ id: detail.handoff.id, reason: 'Benchmark: let it through' });
  }
  return cards.map((c) => c.name);
}

// Page-side code is passed as strings: tsx wraps named inner functions in a helper (`__name`)
// that does not exist in the page.
const RENDER_TIMES = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const list = performance.getEntriesByType('resource')
    .find((e) => e.name.includes('/rpc/campaigns/list'));
  return {
    ms: at('board:rendered'),
    listMs: list ? list.duration : NaN,
    paintMs: at('board:rendered') - at('board:data'),
  };
})()`;

interface RenderTimes {
  /** Navigation start → columns painted with every card. */
  ms: number;
  /** Of which: the campaigns.list request, as the browser timed it. */
  listMs: number;
  /** Cards applied to the store → columns painted: the renderer's own share. */
  paintMs: number;
}

/** Navigation start → the board's `board:rendered` mark (columns painted with all cards). */
async function firstRender(page: Page, url: string): Promise<RenderTimes> {
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('board:rendered').length > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  return (await page.evaluate(RENDER_TIMES)) as RenderTimes;
}

const WAIT_FOR_MOVE = `(({ name, stage }) => new Promise((resolve, reject) => {
  const started = performance.now();
  const out = { optimistic: NaN, confirmed: NaN, live: NaN };
  const column = () => [...document.querySelectorAll('section')].find(
    (s) => s.querySelector('h2')?.textContent === stage);
  const tick = () => {
    const now = performance.now();
    if (now - started > 10000) return reject(new Error('move did not land: ' + name + ' ' +
      JSON.stringify(out) + ' drop=' + performance.getEntriesByName('board:drop').length +
      ' live=' + performance.getEntriesByName('board:live').map((e) => e.startTime) +
      ' inColumn=' + !!column()?.querySelector('article[aria-label^="' + name + ',"]') +
      ' anywhere=' + !!document.querySelector('article[aria-label^="' + name + ',"]') +
      ' focus=' + document.activeElement?.getAttribute('aria-label') +
      ' toasts=' + document.querySelector('[aria-label=Notifications]')?.textContent));
    const drop = performance.getEntriesByName('board:drop')[0];
    if (drop) {
      const card = column()?.querySelector('article[aria-label^="' + name + ',"]');
      if (card && Number.isNaN(out.optimistic)) out.optimistic = now - drop.startTime;
      if (card && !card.hasAttribute('aria-busy') && Number.isNaN(out.confirmed))
        out.confirmed = now - drop.startTime;
      const live = performance.getEntriesByName('board:live')[0];
      if (card && live && live.startTime > drop.startTime && Number.isNaN(out.live))
        out.live = now - drop.startTime;
      if (!Number.isNaN(out.live) && !Number.isNaN(out.confirmed)) {
        const request = (path) => performance.getEntriesByType('resource')
          .filter((e) => e.name.includes(path)).at(-1)?.duration ?? NaN;
        out.moveRequest = request('/rpc/campaigns/move');
        return resolve(out);
      }
    }
    requestAnimationFrame(tick);
  };
  performance.clearMarks('board:drop');
  performance.clearResourceTimings();
  requestAnimationFrame(tick);
}))`;

interface MoveTimes {
  /** Drop → the card painted in its new column (before the backend answered). */
  optimistic: number;
  /** Drop → the backend's answer to the move painted. */
  confirmed: number;
  /** Drop → the answer painted and the write's live update applied (for this window's own move, recognised by its write id; no refetch). */
  live: number;
  /** The campaigns.move request as the browser timed it. */
  moveRequest: number;
}

/** Whole-board refetches in flight, so each move starts from a quiet board. */
function countListRequests(page: Page): () => number {
  let inFlight = 0;
  const isList = (url: string) => url.includes('/rpc/campaigns/list');
  page.on('request', (r) => {
    if (isList(r.url())) inFlight++;
  });
  const done = (r: { url: () => string }) => {
    if (isList(r.url())) inFlight--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

/** Picks the card up with Space, → to the next stage, drops it with Space; times the landing. */
async function keyboardMove(
  page: Page,
  name: string,
  from: string,
  to: string,
  listsInFlight: () => number,
) {
  const card = page
    .getByRole('region', { name: from, exact: true })
    .getByRole('article', { name: new RegExp(`^${name}, `) });
  await card.focus();
  await page.keyboard.press('Space');
  await page
    .getByRole('status')
    .filter({ hasText: `Picked up ${name} in ${from}.` })
    .waitFor();
  await page.keyboard.press('ArrowRight');
  await page
    .getByRole('status')
    .filter({ hasText: `${name} is over ${to}.` })
    .waitFor();
  // Installed (and the old drop mark cleared) before the key goes out: CDP does not order a
  // script and a key event against each other.
  await page.evaluate(
    `window.__boardMove = ${WAIT_FOR_MOVE}(${JSON.stringify({ name, stage: to })}); undefined`,
  );
  await page.keyboard.press('Space');
  const times = (await page.evaluate('window.__boardMove')) as MoveTimes;
  // A person does not drop cards faster than this, and any whole-board refetch a change set
  // off should be over before the next one.
  await page.waitForTimeout(300);
  while (listsInFlight() > 0) await page.waitForTimeout(20);
  return times;
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
].join(',');

/** Ends the page's trace and writes it to `file` (Chrome's JSON trace format). */
async function saveTrace(session: CDPSession, file: string): Promise<void> {
  const complete = new Promise<string>((resolve) =>
    session.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await session.send('Tracing.end');
  const handle = await complete;
  let data = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle });
    data += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(file, data);
}

/**
 * Its own 2,000-campaign workspace (bench/boardDataset.ts), so the board is measured even when
 * the big history database is being regenerated.
 */
export async function benchBoardRender(): Promise<Measurement[]> {
  const dataset = await boardDataset();
  buildWeb();
  const t = tempDir();
  fs.copyFileSync(dbFilePath(dataset.dataDir), dbFilePath(t.dir));
  const backend = startBackend({ dataDir: t.dir });
  const server = await startWebServer({ backend, staticDir: WEB_DIR, port: 0 });
  const chromium = await launchChromium();
  try {
    const movable = await passGates(backend, MOVES);
    const cards = (await backend.client.campaigns.list()).length;
    const stages = (await backend.client.stages.list()).sort((a, b) => a.position - b.position);
    const page = await chromium.browser.newPage();
    const listsInFlight = countListRequests(page);
    // One warm-up so Chromium's caches and the backend's statements are as on a second start.
    await firstRender(page, server.url);
    const renders = [];
    for (let i = 0; i < RENDER_RUNS; i++) renders.push(await firstRender(page, server.url));
    const columns = await page.locator('section h2').count();
    if (columns < stages.length) throw new Error(`only ${columns} columns rendered`);

    // BENCH_PROFILE=1: a CPU profile of the page over the moves, to open in Chromium's DevTools.
    const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    // BENCH_TRACE=1: a Chromium trace of the moves (style, layout, paint per frame), to open in
    // DevTools' Performance panel or chrome://tracing.
    const tracer = process.env.BENCH_TRACE ? await page.context().newCDPSession(page) : null;
    await tracer?.send('Tracing.start', {
      categories: TRACE_CATEGORIES,
      transferMode: 'ReturnAsStream',
    });
    const moves: MoveTimes[] = [];
    for (const name of movable) {
      moves.push(await keyboardMove(page, name, stages[0]!.name, stages[1]!.name, listsInFlight));
    }
    if (tracer) {
      const file = path.join(RESULTS_DIR, 'board-moves.trace.json');
      await saveTrace(tracer, file);
      process.stderr.write(`\ntrace of the moves: ${file}\n`);
    }
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, 'board-moves.cpuprofile');
      fs.writeFileSync(file, JSON.stringify(profile));
      process.stderr.write(`\nprofile of the moves: ${file}\n`);
    }
    const moved = (await backend.client.campaigns.list()).filter(
      (c) => movable.includes(c.name) && c.stageId === stages[1]!.id,
    ).length;
    if (moved !== movable.length) throw new Error(`only ${moved} of ${movable.length} moved`);

    const ms = renders.map((r) => r.ms);
    const pick = (k: keyof MoveTimes) => moves.map((m) => m[k]);
    const p = (k: keyof MoveTimes, q: number) => percentile(pick(k), q).toFixed(0);
    return [
      {
        name: `Board first render in Chromium, ${cards.toLocaleString('en-US')} cards`,
        value: median(ms),
        unit: 'ms',
        detail: `navigation → columns painted, p50 of ${RENDER_RUNS} loads (max ${Math.max(...ms).toFixed(0)} ms); of which campaigns.list p50 ${median(renders.map((r) => r.listMs)).toFixed(0)} ms, cards → painted p50 ${median(renders.map((r) => r.paintMs)).toFixed(0)} ms`,
        budget: 500,
        budgetNote: 'board first render < 500 ms',
      },
      {
        name: `Card move round trip, keyboard drop → write → live update → repaint (p95, n=${moves.length})`,
        value: percentile(pick('live'), 95),
        unit: 'ms',
        detail: `p50 ${p('live', 50)} ms; on screen (optimistic) p95 ${p('optimistic', 95)} ms; write answered p95 ${p('confirmed', 95)} ms; campaigns.move request p50 ${p('moveRequest', 50)} ms`,
        budget: 50,
        budgetNote: 'move round trip p95 < 50 ms',
      },
    ];
  } finally {
    await chromium.close();
    await server.close();
    backend.close();
    t.cleanup();
  }
}
