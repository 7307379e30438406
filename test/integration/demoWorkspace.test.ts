import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHlc } from '../../shared/domain';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { changeLogProblems } from '../harness/changeLog';
import { makeTempDir } from '../harness/tempDir';

// The sample agency (`baton demo`, "Explore with a sample agency") on a real SQLite file: months
// of history written at the times it happened through the write path, so Health names the
// handoff the demo makes hurt (Production → Launch) first, and the Optimization,
// Retrospectives and calendar pages have a real agency's month to show.

const DAY = 86_400_000;

let t: ReturnType<typeof makeTempDir>;
let backend: Backend;
let loadMs = 0;
const api = () => backend.client;

beforeAll(async () => {
  t = makeTempDir('baton-demo-');
  backend = startBackend({ dataDir: t.dir });
  const started = performance.now();
  await api().workspace.loadDemo();
  loadMs = performance.now() - started;
  console.info(`loadDemo: ${Math.round(loadMs)} ms`);
}, 60_000);

afterAll(() => {
  backend?.close();
  t?.cleanup();
});

describe('the demo history', () => {
  it('is written through the write path, with change times spread over months', () => {
    const db = backend.context.db;
    expect(changeLogProblems(db)).toEqual([]);
    const hlcs = db.sqlite.prepare('SELECT hlc FROM changes').pluck().all() as string[];
    const times = hlcs.map((h) => parseHlc(h)!.millis);
    const now = Date.now();
    expect(Math.min(...times)).toBeLessThan(now - 150 * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    // The clock the laptop carries on from is no later than now: edits today sort after.
    const last = db.sqlite.prepare('SELECT last_hlc FROM device').pluck().get() as string;
    expect(parseHlc(last)!.millis).toBeLessThanOrEqual(now);
    // Fast enough for the first-run button (measured: ~1 s on the loaded 2-core box).
    expect(loadMs).toBeLessThan(10_000);
  });

  it('makes Health name Production → Launch first, for its waits and overdue rate', async () => {
    const report = await api().health.report({});
    expect(report.enoughHistory).toBe(true);
    const [first, second] = report.types;
    expect(first!.label).toBe('Production → Launch');
    // Clearly first, not by a rounding error.
    expect(first!.pain.score - second!.pain.score).toBeGreaterThan(2);
    expect(first!.pain.because).toMatch(/^the slowest tenth wait [\d.]+ days or more/);
    expect(first!.p90WaitAfterSubmitDays).toBeGreaterThan(5);
    expect(first!.overdue.rate).toBeGreaterThan(0.5);
    expect(first!.overrides.count).toBeGreaterThanOrEqual(1);
    // Send-backs with reasons elsewhere: Creative → Production comes back for file hygiene.
    const creative = report.types.find((x) => x.label === 'Creative → Production')!;
    expect(creative.sendBack.count).toBeGreaterThan(0);
    expect(creative.topReasons.map((r) => r.reason).join(' ')).toMatch(/source file|png/);
    // Every type was submitted several times; waits are hours and days, not zero.
    for (const type of report.types) {
      expect(type.submitted).toBeGreaterThanOrEqual(5);
      expect(type.p90WaitAfterSubmitDays).toBeGreaterThan(0);
    }
    // The 12-week trend has handoffs finished in most weeks.
    const busyWeeks = report.types[0]!.trend.filter((w) => w.completed > 0).length;
    const allDone = report.types.flatMap((x) => x.trend).filter((w) => w.completed > 0);
    expect(busyWeeks).toBeGreaterThan(0);
    expect(new Set(allDone.map((w) => w.week)).size).toBeGreaterThanOrEqual(8);
  });

  it('keeps the board of the sample agency: cards over the stages, finished ones in Done', async () => {
    const cards = await api().campaigns.list();
    const stages = [...(await api().stages.list())].sort((a, b) => a.position - b.position);
    const inStage = (name: string) =>
      cards.filter((c) => c.stageId === stages.find((s) => s.name === name)!.id).map((c) => c.name);
    expect(new Set(cards.map((c) => c.stageId)).size).toBeGreaterThanOrEqual(7);
    expect(inStage('Done')).toEqual(
      expect.arrayContaining(['Autumn Blend Search Push', 'Café Partner Program']),
    );
    // Trails read as people's work: a past handoff has its submit, approval and move on record.
    const autumn = await api().campaigns.get({
      id: cards.find((c) => c.name === 'Autumn Blend Search Push')!.id,
    });
    const brief = await api().handoffs.get({ id: autumn.handoffs[0]!.handoff.id });
    const kinds = brief.events.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['submitted', 'approved', 'acknowledged', 'done']),
    );
    expect(new Set(brief.events.map((e) => e.actorId)).size).toBeGreaterThanOrEqual(2);
  });
});
