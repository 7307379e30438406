import type Database from 'better-sqlite3';
import { getTableName, inArray } from 'drizzle-orm';
import { CAMPAIGN_SCOPED_TABLES } from '../../../shared/model';
import type { BatonDatabase } from '../../db/batonDatabase';
import { preparedOnce } from '../../db/prepared';
import * as s from '../../db/schema';
import type { EntityName } from '../../db/entities';
import type { ReadDb } from '../../db/writeTx';
import { rowsWhereIn } from './rows';

/** Past this many changed rows a notice names no campaigns: the board refetches everything. */
export const MAX_NOTICE_ROWS = 200;

/** The tables whose rows belong to one handoff. */
const HANDOFF_PARTS = {
  handoffField: s.handoffFields,
  checklistItem: s.checklistItems,
  raci: s.raciAssignments,
  handoffEvent: s.handoffEvents,
  comment: s.comments,
} as const;

/**
 * The campaigns a committed write concerned, looked up after the commit by the rows it
 * changed: so a window refetches just those cards instead of the whole board.
 */
export function campaignsOfRows(
  read: ReadDb,
  rows: Partial<Record<EntityName, readonly string[]>>,
  maxRows = MAX_NOTICE_ROWS,
): string[] | null {
  const total = Object.values(rows).reduce((n, ids) => n + (ids?.length ?? 0), 0);
  if (total > maxRows) return null;
  const campaigns = new Set<string>(rows.campaign ?? []);
  const handoffIds = new Set<string>(rows.handoff ?? []);
  for (const [ids, table] of [
    [rows.performanceReview, s.performanceReviews],
    [rows.retrospective, s.retrospectives],
  ] as const) {
    for (const r of rowsWhereIn([...(ids ?? [])], (chunk) =>
      read
        .select({ campaignId: table.campaignId })
        .from(table)
        .where(inArray(table.id, chunk))
        .all(),
    )) {
      campaigns.add(r.campaignId);
    }
  }
  const assetIds = new Set<string>(rows.asset ?? []);
  for (const r of rowsWhereIn([...(rows.assetVersion ?? [])], (chunk) =>
    read
      .select({ assetId: s.assetVersions.assetId })
      .from(s.assetVersions)
      .where(inArray(s.assetVersions.id, chunk))
      .all(),
  )) {
    assetIds.add(r.assetId);
  }
  for (const r of rowsWhereIn([...assetIds], (chunk) =>
    read
      .select({ campaignId: s.assets.campaignId })
      .from(s.assets)
      .where(inArray(s.assets.id, chunk))
      .all(),
  )) {
    campaigns.add(r.campaignId);
  }
  for (const [entity, table] of Object.entries(HANDOFF_PARTS)) {
    const ids = rows[entity as keyof typeof HANDOFF_PARTS];
    if (!ids?.length) continue;
    for (const r of rowsWhereIn([...ids], (chunk) =>
      read.select({ handoffId: table.handoffId }).from(table).where(inArray(table.id, chunk)).all(),
    )) {
      handoffIds.add(r.handoffId);
    }
  }
  for (const r of rowsWhereIn([...handoffIds], (chunk) =>
    read
      .select({ campaignId: s.handoffs.campaignId })
      .from(s.handoffs)
      .where(inArray(s.handoffs.id, chunk))
      .all(),
  )) {
    campaigns.add(r.campaignId);
  }
  return [...campaigns];
}

/**
 * The campaigns whose cards changed through rows written since change-log row `rowid` by any
 * connection (the sync worker, the CLI): every write appends to `changes`, so the log names
 * them. Null when a write touched what every card shows (a person, a client, a stage).
 */
export function campaignsChangedSince(
  db: BatonDatabase,
  rowid: number,
  upTo = Number.MAX_SAFE_INTEGER,
): string[] | null {
  const q = changedSinceQueries(db.sqlite);
  if (q.boardWide.get(rowid, upTo) !== undefined) return null;
  return q.campaigns.all(rowid, upTo) as string[];
}

/**
 * The two questions in SQL: whether the log's new rows (read by rowid) touch what every card
 * shows; then the campaigns of the rows they touch, each row once however many of its fields
 * changed. Handoff parts are gathered into distinct handoffs first, so a catch-up of
 * thousands of package fields looks up each handoff's campaign once, not once per field.
 */
function changedSinceQueries(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'views:changedSince', () => {
    const scoped = [...CAMPAIGN_SCOPED_TABLES].map((t) => `'${t}'`).join(', ');
    const partsHandoffs = Object.entries(HANDOFF_PARTS).map(
      ([entity, table]) =>
        `UNION SELECT p.handoff_id FROM r JOIN "${getTableName(table)}" p ON p.id = r.entity_id
           WHERE r.entity = '${entity}'`,
    );
    const ofEntity = (entity: string) => `(SELECT entity_id FROM r WHERE entity = '${entity}')`;
    return {
      boardWide: sqlite
        .prepare(
          `SELECT 1 FROM changes WHERE rowid > ? AND rowid <= ? AND entity NOT IN (${scoped})
           LIMIT 1`,
        )
        .pluck(),
      campaigns: sqlite
        .prepare(
          `WITH r AS (SELECT DISTINCT entity, entity_id FROM changes WHERE rowid > ? AND rowid <= ?),
           h AS (SELECT entity_id AS id FROM r WHERE entity = 'handoff'
             ${partsHandoffs.join('\n             ')})
           SELECT campaign_id FROM (
             SELECT entity_id AS campaign_id FROM r WHERE entity = 'campaign'
             UNION SELECT campaign_id FROM handoffs WHERE id IN h
             UNION SELECT campaign_id FROM assets WHERE id IN ${ofEntity('asset')}
             UNION SELECT a.campaign_id FROM asset_versions v JOIN assets a ON a.id = v.asset_id
               WHERE v.id IN ${ofEntity('assetVersion')}
             UNION SELECT campaign_id FROM performance_reviews
               WHERE id IN ${ofEntity('performanceReview')}
             UNION SELECT campaign_id FROM retrospectives WHERE id IN ${ofEntity('retrospective')})
           WHERE campaign_id IS NOT NULL`,
        )
        .pluck(),
    };
  });
}

/** The last change-log row: where `campaignsChangedSince` carries on from. */
export function lastChangeRowid(db: BatonDatabase): number {
  const sqlite = db.sqlite;
  return (
    (preparedOnce(sqlite, 'views:lastChange', () =>
      sqlite.prepare('SELECT max(rowid) FROM changes').pluck(),
    ).get() as number | null) ?? 0
  );
}
