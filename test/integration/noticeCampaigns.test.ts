import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CommitEvent } from '../../electron/db/batonDatabase';
import type { EntityName } from '../../electron/db/entities';
import { CAMPAIGN_SCOPED_TABLES } from '../../shared/model';
import {
  campaignsChangedSince,
  campaignsOfRows,
  MAX_NOTICE_ROWS,
} from '../../electron/backend/views/noticeCampaigns';
import { openBackend, type TestBackend } from '../harness/apiBindings';

// Which campaigns a committed write concerned, looked up from the rows it changed in a real
// database: what lets a window refetch one card instead of the whole board.

let env: TestBackend;
let commits: CommitEvent[];

beforeEach(() => {
  env = openBackend();
  commits = [];
  env.backend.context.db.onCommit((e) => commits.push(e));
});
afterEach(() => env.close());

const api = () => env.backend.client;
const lastCampaigns = () =>
  campaignsOfRows(env.backend.context.db.read, commits[commits.length - 1]!.rows);

describe('the campaigns of a write', () => {
  test('a checklist tick, a brief field and a comment name their campaign', async () => {
    await api().workspace.loadDemo();
    const card = (await api().campaigns.list()).find((c) => c.currentHandoff)!;
    const detail = await api().handoffs.get({ id: card.currentHandoff!.id });

    await api().handoffs.setChecklistItem({ id: detail.checklist[0]!.id, done: true });
    expect(lastCampaigns()).toEqual([card.id]);
    await api().handoffs.setField({ handoffId: detail.handoff.id, key: 'context', value: 'x' });
    expect(commits.at(-1)!.tables).toEqual(['handoffField']);
    expect(lastCampaigns()).toEqual([card.id]);
    await api().handoffs.comment({ handoffId: detail.handoff.id, body: 'Looks good' });
    expect(lastCampaigns()).toEqual([card.id]);
  });

  test('a person names no campaign; a write of many rows names none (the board refetches)', async () => {
    await api().workspace.loadDemo();
    expect(Object.values(commits.at(-1)!.rows).flat().length).toBeGreaterThan(MAX_NOTICE_ROWS);
    expect(lastCampaigns()).toBeNull();
    const person = (await api().people.list())[0]!;
    await api().people.update({ id: person.id, roleTitle: 'Senior Producer' });
    expect(commits.at(-1)!.tables).toEqual(['person']);
    expect(lastCampaigns()).toEqual([]);
  });

  test('the change log names the same campaigns as the rows it wrote, for every kind of row', async () => {
    // The sync worker names the cards a batch changed from the log's rows (one query); the
    // app names them from the rows a commit wrote. Over every window of the sample agency's
    // log (all kinds of rows: package fields, checklists, RACI, events, comments, assets and
    // their versions, reviews, retrospectives) the two must agree.
    await api().workspace.loadDemo();
    const card = (await api().campaigns.list()).find((c) => c.currentHandoff)!;
    await api().handoffs.comment({ handoffId: card.currentHandoff!.id, body: 'Seen' });
    const someone = (await api().people.list()).at(-1)!;
    await api().decisions.add({
      campaignId: card.id,
      text: 'We agreed on a call to keep the launch date.',
      otherPartyId: someone.id,
    });
    const db = env.backend.context.db;
    const log = db.sqlite
      .prepare('SELECT rowid, entity, entity_id AS entityId FROM changes ORDER BY rowid')
      .all() as { rowid: number; entity: EntityName; entityId: string }[];
    const kinds = new Set<string>();
    let compared = 0;
    for (let i = 0; i < log.length; i += 40) {
      const window = log.slice(i, i + 40);
      const after = window[0]!.rowid - 1;
      const named = campaignsChangedSince(db, after, window.at(-1)!.rowid);
      if (named === null) continue; // a person, a client, a stage: every card
      const rows: Partial<Record<EntityName, string[]>> = {};
      for (const r of window) {
        (rows[r.entity] ??= []).push(r.entityId);
        kinds.add(r.entity);
      }
      expect([...named].sort()).toEqual([...campaignsOfRows(db.read, rows, Infinity)!].sort());
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    // Every kind of row a card can be named by was among the windows compared.
    for (const kind of CAMPAIGN_SCOPED_TABLES) expect(kinds).toContain(kind);
  });
});
