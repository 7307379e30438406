import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listCampaignSummaries } from '../../electron/backend/views/campaignViews';
import { SummaryCache } from '../../electron/backend/views/summaryCache';
import { BatonDatabase } from '../../electron/db/batonDatabase';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// The board's cards are kept between requests. Whatever happens to the data, the kept list
// must equal one computed from scratch: writes in this process (by campaign and board-wide),
// a write by another process on the same file, and a new day.

let env: TestBackend;
let now = Date.parse('2026-03-10T09:00:00Z');

beforeEach(async () => {
  now = Date.parse('2026-03-10T09:00:00Z');
  env = openBackend({ now: () => now });
  await env.backend.client.workspace.loadDemo();
});
afterEach(() => env.close());

const api = () => env.backend.client;
/** The cards as a window gets them (cached) and as computed anew. */
async function bothWays() {
  const kept = await api().campaigns.list();
  const fresh = listCampaignSummaries({ ...env.backend.context, summaries: new SummaryCache() });
  return { kept, fresh };
}

describe('the kept board cards', () => {
  test('follow writes to one campaign: a field, a checklist tick, a move, a delete and a restore', async () => {
    await api().campaigns.list(); // fills the cache
    const stages = await api().stages.list();
    const first = stages.find((s) => s.position === 0)!;
    // Past the first stage (so it can move back) with a checklist item to tick.
    let card = null;
    let detail = null;
    for (const c of await api().campaigns.list()) {
      if (c.stageId === first.id || !c.currentHandoff) continue;
      const d = await api().handoffs.get({ id: c.currentHandoff.id });
      if (d.gate.missing.some((m) => m.kind === 'checklist')) {
        card = c;
        detail = d;
        break;
      }
    }
    if (!card || !detail) throw new Error('the demo has no such card');
    await api().handoffs.setField({ handoffId: detail.handoff.id, key: 'objective', value: 'x' });
    await api().handoffs.setChecklistItem({
      id: detail.checklist.find((i) => !i.done)!.id,
      done: true,
    });
    let { kept, fresh } = await bothWays();
    expect(kept).toEqual(fresh);
    expect(kept.find((c) => c.id === card.id)!.gate).not.toEqual(card.gate);

    const position = stages.find((s) => s.id === card.stageId)!.position;
    const earlier = stages.find((s) => s.position === position - 1)!;
    await api().campaigns.move({ id: card.id, toStageId: earlier.id, reason: 'Brief reopened' });
    ({ kept, fresh } = await bothWays());
    expect(kept).toEqual(fresh);
    expect(kept.find((c) => c.id === card.id)!.stageId).toBe(earlier.id);

    await api().campaigns.remove({ id: card.id });
    ({ kept, fresh } = await bothWays());
    expect(kept).toEqual(fresh);
    expect(kept.some((c) => c.id === card.id)).toBe(false);
    await api().campaigns.restore({ id: card.id });
    ({ kept, fresh } = await bothWays());
    expect(kept).toEqual(fresh);
    expect(kept.some((c) => c.id === card.id)).toBe(true);
  });

  test('follow a new campaign and a board-wide write (a renamed stage, a renamed client)', async () => {
    await api().campaigns.list();
    const clients = await api().clients.list();
    await api().campaigns.create({
      name: 'Aardvark Drop',
      clientId: clients[0]!.id,
      type: 'email',
    });
    const stages = await api().stages.list();
    await api().stages.rename({ id: stages[0]!.id, name: 'Discovery' });
    await api().clients.update({ id: clients[0]!.id, name: 'Northwind Coffee Co.' });
    const { kept, fresh } = await bothWays();
    expect(kept).toEqual(fresh);
    expect(kept[0]!.name).toBe('Aardvark Drop');
    expect(kept[0]!.stageName).toBe('Discovery');
    expect(kept.filter((c) => c.clientName === 'Northwind Coffee Co.').length).toBeGreaterThan(1);
  });

  test('follow a write by another process on the same database file', async () => {
    await api().campaigns.list();
    const other = BatonDatabase.open(env.dir);
    try {
      const card = (await api().campaigns.list())[0]!;
      other.write(null, (tx) => tx.update('campaign', card.id, { name: 'Renamed Elsewhere' }));
    } finally {
      other.close();
    }
    const { kept, fresh } = await bothWays();
    expect(kept).toEqual(fresh);
    expect(kept.some((c) => c.name === 'Renamed Elsewhere')).toBe(true);
  });

  test('follow another connection’s writes to a handoff and to a person, read from the change log', async () => {
    const before = await api().campaigns.list();
    const card = before.find((c) => c.currentHandoff && c.gate && c.gate.missingCount > 0)!;
    const detail = await api().handoffs.get({ id: card.currentHandoff!.id });
    const missingField = detail.gate.missing.find((m) => m.kind === 'field');
    const other = BatonDatabase.open(env.dir);
    try {
      // A package field filled elsewhere (the sync worker, the CLI): that card's gate moves.
      if (missingField && 'key' in missingField) {
        other.write(null, (tx) =>
          tx.insert('handoffField', {
            handoffId: detail.handoff.id,
            key: String(missingField.key),
            value: 'Filled by another connection',
          }),
        );
      }
      const { kept, fresh } = await bothWays();
      expect(kept).toEqual(fresh);
      expect(kept.find((c) => c.id === card.id)!.gate!.missingCount).toBeLessThan(
        card.gate!.missingCount,
      );
      // A person renamed elsewhere shows on every card of theirs.
      const person = detail.raci[0]!.personId;
      other.write(null, (tx) => tx.update('person', person, { name: 'Renamed Person' }));
    } finally {
      other.close();
    }
    const { kept, fresh } = await bothWays();
    expect(kept).toEqual(fresh);
  });

  test('follow another connection renaming more cards than one turn recomputes', async () => {
    const client = (await api().clients.list())[0]!;
    for (let i = 0; i < 45; i++) {
      await api().campaigns.create({ name: `Extra ${i}`, clientId: client.id, type: 'email' });
    }
    const before = await api().campaigns.list();
    const other = BatonDatabase.open(env.dir);
    try {
      other.write(null, (tx) => {
        for (const c of before) tx.update('campaign', c.id, { name: `${c.name} (renamed)` });
      });
    } finally {
      other.close();
    }
    const { kept, fresh } = await bothWays();
    expect(kept).toEqual(fresh);
    expect(kept).toHaveLength(before.length);
    expect(kept.every((c) => c.name.endsWith('(renamed)'))).toBe(true);
  });

  test('follow the calendar: overdue is recomputed on a new day', async () => {
    const before = await api().campaigns.list();
    now += 60 * 86_400_000;
    const { kept, fresh } = await bothWays();
    expect(kept).toEqual(fresh);
    const overdue = (cards: typeof before) => cards.filter((c) => c.currentHandoff?.overdue).length;
    expect(overdue(kept)).toBeGreaterThan(overdue(before));
  });

  test('a caller sorting its copy does not reorder what the next caller gets', async () => {
    const first = await api().campaigns.list();
    listCampaignSummaries(env.backend.context).reverse();
    expect(await api().campaigns.list()).toEqual(first);
  });
});
