import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLogProblems } from '../harness/changeLog';
import { copyOfFolder, deviceAt } from '../harness/deviceAt';
import { changeIds, contentDump, START, type SyncDevice } from '../harness/syncDevices';
import { makeTempDir } from '../harness/tempDir';
import { isRefusal, ownChangeIds } from '../harness/syncSchedule';

// Issue 7's convergence property: whatever three laptops edit, and in whatever order they sync
// through one real shared folder, once every laptop has synced twice in turn they hold the same
// content and every change any of them accepted.
//
// Replay a failure: fast-check prints `seed` and `path`; run this file again with
// BATON_PROPERTY_SEED=<seed> BATON_PROPERTY_PATH=<path> (and BATON_PROPERTY_RUNS for more runs).

const RUNS = Number(process.env.BATON_PROPERTY_RUNS ?? 15);
// A fixed seed unless one is given (BATON_PROPERTY_SEED=random for a fresh one each run), so
// the suite gives the same answer on every run; explore with random seeds and more runs.
const SEED_TEXT = process.env.BATON_PROPERTY_SEED ?? '20261126';
const SEED = SEED_TEXT === 'random' ? undefined : SEED_TEXT;
const PATH = process.env.BATON_PROPERTY_PATH;

const LINES = [
  'Goal: awareness',
  'Audience: parents',
  'Tone: warm',
  'Budget: 10k',
  'Channels: social',
  'Owner: Ana',
  'Due: May',
];

const device = fc.integer({ min: 0, max: 2 });
/** How far the acting laptop's wall clock moves before the step (clocks drift apart). */
const ms = fc.integer({ min: 1, max: 120_000 });
const card = fc.integer({ min: 0, max: 2 });
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'omega');

const step = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), device, ms, card, word }),
  fc.record({
    kind: fc.constant('launch' as const),
    device,
    ms,
    card,
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({ kind: fc.constant('text' as const), device, ms, line: fc.nat(), word }),
  fc.record({ kind: fc.constant('tick' as const), device, ms, item: fc.nat(), done: fc.boolean() }),
  fc.record({ kind: fc.constant('addItem' as const), device, ms, word }),
  fc.record({ kind: fc.constant('deleteItem' as const), device, ms, item: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), device, ms, card, stage: fc.nat() }),
  fc.record({ kind: fc.constant('comment' as const), device, ms, word }),
  fc.record({ kind: fc.constant('delete' as const), device, ms, card }),
  fc.record({ kind: fc.constant('restore' as const), device, ms, card }),
  // Syncs as often as edits: the interleavings are what the property is about.
  fc.record({ kind: fc.constant('sync' as const), device, ms }),
  fc.record({ kind: fc.constant('sync' as const), device, ms }),
  fc.record({ kind: fc.constant('sync' as const), device, ms }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

interface World {
  devices: SyncDevice[];
  /** Laptops that edited the long text in this schedule. */
  cards: string[];
  handoffId: string;
  key: string;
  stages: string[];
}

/** The three laptops' folders after setup, closed: each run starts from a copy of them. */
interface Template extends Omit<World, 'devices'> {
  dataDirs: string[];
  sharedDir: string;
}

const cleanups: (() => void)[] = [];
const closeAll = () => {
  for (const c of cleanups.splice(0).reverse()) c();
};
afterEach(closeAll);
afterAll(closeAll);

let template: Template;
const templateCleanups: (() => void)[] = [];
afterAll(() => {
  for (const c of templateCleanups.splice(0)) c();
});

/** Three laptops with the demo agency and a long text of five lines, all synced, closed. */
beforeAll(async () => {
  const shared = makeTempDir('baton-shared-');
  templateCleanups.push(shared.cleanup);
  const dataDirs = ['a', 'b', 'c'].map((n) => {
    const t = makeTempDir(`baton-${n}-`);
    templateCleanups.push(t.cleanup);
    return t.dir;
  });
  const devices = ['a', 'b', 'c'].map((n, i) => deviceAt(n, dataDirs[i]!, shared.dir));
  const a = devices[0]!;
  await a.client.workspace.loadDemo();
  const cards = (await a.client.campaigns.list({})).slice(0, 3);
  let found: { handoffId: string; key: string } | undefined;
  for (const c of await a.client.campaigns.list({})) {
    if (!c.currentHandoff) continue;
    const h = await a.client.handoffs.get({ id: c.currentHandoff.id });
    const field = h.template.fields.find((f) => f.type === 'long_text');
    if (field && h.checklist.length > 0) {
      found = { handoffId: h.handoff.id, key: field.key };
      break;
    }
  }
  if (!found) throw new Error('the demo has no handoff with a long text and a checklist');
  await a.client.handoffs.setField({ ...found, value: LINES.join('\n') });
  const me = (await a.client.workspace.get())!.me!;
  for (const d of devices) d.sync();
  for (const d of devices.slice(1)) await d.client.workspace.setMe({ personId: me.id });
  for (const d of devices) d.sync();
  for (const d of devices) d.sync();
  const stages = (await a.client.workspace.get())!.stages.map((s) => s.id);
  for (const d of devices) d.close();
  template = { dataDirs, sharedDir: shared.dir, cards: cards.map((c) => c.id), stages, ...found };
}, 120_000);

/** A fresh copy of the template's folders, opened: one run's laptops. */
function threeLaptops(): World {
  const shared = copyOfFolder(template.sharedDir, 'baton-shared-');
  cleanups.push(shared.cleanup);
  const devices = template.dataDirs.map((dir, i) => {
    const data = copyOfFolder(dir, 'baton-data-');
    // Later than the template's last HLC, as a laptop opened the next morning.
    const d = deviceAt(['a', 'b', 'c'][i]!, data.dir, shared.dir, START + 3_600_000);
    cleanups.push(() => {
      d.close();
      data.cleanup();
    });
    return d;
  });
  return { ...template, devices };
}

const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

/** Performs one step through the app's procedures; a refusal (a domain rule) is an answer too. */
async function perform(w: World, s: Step): Promise<void> {
  const d = w.devices[s.device]!;
  d.advance(s.ms);
  const { client } = d;
  try {
    switch (s.kind) {
      case 'sync':
        d.sync();
        return;
      case 'rename':
        await client.campaigns.update({ id: w.cards[s.card]!, name: `${s.word} on ${d.name}` });
        return;
      case 'launch':
        await client.campaigns.update({
          id: w.cards[s.card]!,
          launchDate: `2026-07-${String(s.day).padStart(2, '0')}`,
        });
        return;
      case 'text': {
        const { fields } = await client.handoffs.get({ id: w.handoffId });
        const lines = String(fields[w.key] ?? '').split('\n');
        // Any line, any number of times: same lines on two laptops conflict (markers), a
        // laptop's own successive edits never do.
        lines[s.line % lines.length] = `${s.word} (${d.name})`;
        await client.handoffs.setField({
          handoffId: w.handoffId,
          key: w.key,
          value: lines.join('\n'),
        });
        return;
      }
      case 'tick': {
        const { checklist } = await client.handoffs.get({ id: w.handoffId });
        const item = pick(checklist, s.item);
        if (item) await client.handoffs.setChecklistItem({ id: item.id, done: s.done });
        return;
      }
      case 'addItem':
        // No procedure adds one item yet: the write path, as the app's service would.
        d.backend.context.db.write(null, (tx) =>
          tx.insert('checklistItem', {
            handoffId: w.handoffId,
            key: null,
            label: `${s.word} from ${d.name}`,
            required: false,
            position: 100,
          }),
        );
        return;
      case 'deleteItem': {
        const { checklist } = await client.handoffs.get({ id: w.handoffId });
        const item = pick(checklist, s.item);
        if (item) d.backend.context.db.write(null, (tx) => tx.softDelete('checklistItem', item.id));
        return;
      }
      case 'move':
        await client.campaigns.move({
          id: w.cards[s.card]!,
          toStageId: pick(w.stages, s.stage)!,
          reason: `moved on ${d.name}`,
        });
        return;
      case 'comment':
        await client.handoffs.comment({ handoffId: w.handoffId, body: `${s.word} says ${d.name}` });
        return;
      case 'delete':
        await client.campaigns.remove({ id: w.cards[s.card]! });
        return;
      case 'restore':
        await client.campaigns.restore({ id: w.cards[s.card]! });
        return;
    }
  } catch (err) {
    if (!isRefusal(err)) throw err;
  }
}

/** Every accepted change on every laptop, and the same content, after syncing in turns. */
const converges = fc.asyncProperty(
  fc.array(step, { minLength: 5, maxLength: 30 }),
  async (steps) => {
    const w = threeLaptops();
    for (const s of steps) await perform(w, s);
    const own = w.devices.map(ownChangeIds);

    // Every laptop syncs twice in turn: they show the same content, nothing is wrong.
    for (const d of w.devices) d.sync();
    for (const d of w.devices) expect(d.sync().problems).toEqual([]);
    const [a, b, c] = w.devices as [SyncDevice, SyncDevice, SyncDevice];
    const content = contentDump(a);
    expect(contentDump(b)).toEqual(content);
    expect(contentDump(c)).toEqual(content);

    // A merge (a merged text, an item kept by add-wins) is the merging laptop's own
    // change, written while applying: one made in the second round goes out with that
    // laptop's next sync, so the histories match a round or two later, and then every
    // laptop is quiet (no ping-pong of merges).
    let rounds = 0;
    for (let busy = true; busy; rounds++) {
      expect(rounds, 'sync rounds until nothing more moves').toBeLessThan(4);
      busy = false;
      for (const d of w.devices) {
        const report = d.sync();
        expect(report.problems).toEqual([]);
        if (report.exported.length > 0 || report.applied.length > 0) busy = true;
      }
    }
    const ids = changeIds(a);
    expect(changeIds(b)).toEqual(ids);
    expect(changeIds(c)).toEqual(ids);
    const held = new Set(ids);
    for (const mine of own) expect(mine.filter((id) => !held.has(id))).toEqual([]);
    for (const d of w.devices) expect(changeLogProblems(d.backend.context.db)).toEqual([]);
    expect(contentDump(a)).toEqual(content);
    expect(contentDump(b)).toEqual(content);
    expect(contentDump(c)).toEqual(content);
    closeAll();
  },
);

describe('three laptops, random edits and syncs', () => {
  it(
    'converge: same content and every accepted change on all three',
    { timeout: 180_000 },
    async () => {
      await fc.assert(converges, {
        numRuns: RUNS,
        // Shrinking replays whole three-laptop schedules and can run for many minutes; the
        // first failure's seed and path are printed, and BATON_PROPERTY_SHRINK=1 shrinks it.
        endOnFailure: process.env.BATON_PROPERTY_SHRINK !== '1',
        ...(SEED !== undefined ? { seed: Number(SEED) } : {}),
        ...(PATH !== undefined ? { path: PATH } : {}),
      });
    },
  );

  // Schedules that failed once, replayed every run: a teammate's clock drifted more than five
  // minutes ahead, so a laptop could not stamp its merges after the batch and lost a line
  // (until merges became a function of the edits) and kept an item deleted that add-wins keeps.
  it.each([['-1325187656', '42']])(
    'converge in the schedule of seed %s, path %s',
    { timeout: 60_000 },
    async (seed, path) => {
      await fc.assert(converges, { seed: Number(seed), path, numRuns: 1, endOnFailure: true });
    },
  );
});
