import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { notFound, ruleViolation } from '../../../shared/domain';
import {
  buildFtsQuery,
  combinedPlaybookScore,
  playbookRelevance,
  type RelevanceTarget,
} from '../../../shared/domain/retrospective';
import type {
  NewPlaybookEntry,
  PlaybookEntry,
  PlaybookHit,
  PlaybookSearch,
  UpdatePlaybookEntry,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';

type EntryRow = typeof s.playbookEntries.$inferSelect;

// bm25 column weights (title, body): a word in a learning's title says more than one in its body.
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;

function clientNames(read: ReadDb): ReadonlyMap<string, string> {
  return new Map(
    read
      .select({ id: s.clients.id, name: s.clients.name })
      .from(s.clients)
      .all()
      .map((c) => [c.id, c.name]),
  );
}

function toEntry(row: EntryRow, clients: ReadonlyMap<string, string>): PlaybookEntry {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    campaignType: row.campaignType,
    channels: Array.isArray(row.channels) ? row.channels.map(String) : [],
    clientId: row.clientId,
    clientName: row.clientId ? (clients.get(row.clientId) ?? null) : null,
    retrospectiveId: row.retrospectiveId,
    createdAt: row.createdAt,
  };
}

export function playbookEntryById(read: ReadDb, id: string): PlaybookEntry {
  const row = read.select().from(s.playbookEntries).where(eq(s.playbookEntries.id, id)).get();
  if (!row || row.deletedAt) throw notFound('playbookEntry', id);
  return toEntry(row, clientNames(read));
}

/**
 * bm25 per entry for the typed text (FTS5 over title and body; diacritics folded by the
 * index's tokenizer). The index keeps soft-deleted rows, so the join filters `deleted_at`.
 */
function textMatches(read: ReadDb, match: string): Map<string, number> {
  const rows = read
    .select({
      id: sql<string>`e.id`,
      rank: sql<number>`bm25(playbook_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`,
    })
    .from(sql`playbook_fts JOIN playbook_entries e ON e.rowid = playbook_fts.rowid`)
    .where(sql`playbook_fts MATCH ${match} AND e.deleted_at IS NULL`)
    .all();
  return new Map(rows.map((r) => [r.id, r.rank]));
}

function rank(
  read: ReadDb,
  rows: readonly EntryRow[],
  target: RelevanceTarget,
  bm25: ReadonlyMap<string, number> | null,
  limit: number,
): PlaybookHit[] {
  const clients = clientNames(read);
  const hits: PlaybookHit[] = [];
  for (const row of rows) {
    const entry = toEntry(row, clients);
    const relevance = playbookRelevance(entry, target);
    if (!relevance.relevant) continue;
    const textRank = bm25 ? bm25.get(row.id) : null;
    if (bm25 && textRank === undefined) continue;
    hits.push({
      entry,
      score: combinedPlaybookScore(textRank ?? null, relevance.score),
      reasons: relevance.reasons,
    });
  }
  return hits
    .sort((a, b) => b.score - a.score || b.entry.createdAt.localeCompare(a.entry.createdAt))
    .slice(0, limit);
}

/**
 * The playbook searched by text (FTS5, bm25 with title weighted) and tag filters: a campaign
 * type keeps that type's and any-type entries, a channel or client keeps entries with it.
 */
export function searchPlaybook(ctx: BackendContext, input: PlaybookSearch): PlaybookHit[] {
  const read = ctx.db.read;
  const match = buildFtsQuery(input.text);
  const bm25 = match === null ? null : textMatches(read, match);
  if (bm25 && bm25.size === 0) return [];
  const rows = read
    .select()
    .from(s.playbookEntries)
    .where(
      and(
        isNull(s.playbookEntries.deletedAt),
        bm25 ? inArray(s.playbookEntries.id, [...bm25.keys()]) : undefined,
        input.clientId ? eq(s.playbookEntries.clientId, input.clientId) : undefined,
      ),
    )
    .all()
    .filter((r) => {
      if (!input.channel) return true;
      return Array.isArray(r.channels) && r.channels.includes(input.channel);
    });
  const target: RelevanceTarget = {
    campaignType: input.campaignType ?? null,
    channels: input.channel ? [input.channel] : [],
    clientId: input.clientId ?? null,
  };
  return rank(read, rows, target, bm25, input.limit);
}

/** What the playbook knows that fits a campaign: its type's and any-type learnings, ranked. */
export function playbookForCampaign(
  ctx: BackendContext,
  input: { campaignId: string; limit?: number },
): PlaybookHit[] {
  const read = ctx.db.read;
  const campaign = read
    .select()
    .from(s.campaigns)
    .where(eq(s.campaigns.id, input.campaignId))
    .get();
  if (!campaign || campaign.deletedAt) throw notFound('campaign', input.campaignId);
  const own = new Set(
    read
      .select({ id: s.retrospectives.id })
      .from(s.retrospectives)
      .where(eq(s.retrospectives.campaignId, campaign.id))
      .all()
      .map((r) => r.id),
  );
  const rows = read
    .select()
    .from(s.playbookEntries)
    .where(isNull(s.playbookEntries.deletedAt))
    .all()
    // A campaign's own learnings are for the next one, not for itself.
    .filter((r) => !r.retrospectiveId || !own.has(r.retrospectiveId));
  return rank(
    read,
    rows,
    {
      campaignType: campaign.type,
      channels: Array.isArray(campaign.channels) ? campaign.channels.map(String) : [],
      clientId: campaign.clientId,
    },
    null,
    input.limit ?? 10,
  );
}

function requireClient(tx: WriteTx, clientId: string | null | undefined): void {
  if (!clientId) return;
  const c = tx.get('client', clientId);
  if (!c || c.deletedAt) throw ruleViolation('clientId', 'names a client that does not exist');
}

export function createPlaybookEntry(ctx: BackendContext, input: NewPlaybookEntry): PlaybookEntry {
  const id = ctx.db.write(actorOf(ctx), (tx) => {
    requireClient(tx, input.clientId);
    return tx.insert('playbookEntry', { ...input, retrospectiveId: null, createdAt: tx.at }).id;
  });
  return playbookEntryById(ctx.db.read, id);
}

export function updatePlaybookEntry(
  ctx: BackendContext,
  input: UpdatePlaybookEntry,
): PlaybookEntry {
  ctx.db.write(actorOf(ctx), (tx) => {
    tx.require('playbookEntry', input.id);
    requireClient(tx, input.clientId);
    const { id, ...patch } = input;
    tx.update('playbookEntry', id, patch);
  });
  return playbookEntryById(ctx.db.read, input.id);
}

export function removePlaybookEntry(ctx: BackendContext, input: { id: string }): { id: string } {
  ctx.db.write(actorOf(ctx), (tx) => tx.softDelete('playbookEntry', input.id));
  return { id: input.id };
}
