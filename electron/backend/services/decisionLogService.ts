import { and, desc, eq, isNull } from 'drizzle-orm';
import {
  confirmDecision,
  DomainError,
  decisionStatus,
  ruleViolation,
  validateDecisionEntry,
  type DecisionEntry,
} from '../../../shared/domain';
import type { DecisionLogItem, NewDecisionLogEntry } from '../../../shared/model';
import * as s from '../../db/schema';
import type { WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { peopleNames } from '../views/peopleNames';
import { requireWorkspace } from './workspaceService';

type DecisionRow = typeof s.decisionEntries.$inferSelect;

function nameLookup(ctx: BackendContext): (id: string) => string {
  const names = peopleNames(ctx.db.read);
  return (id) => names.get(id) ?? 'someone no longer in the workspace';
}

function toItem(
  row: DecisionRow,
  nameOf: (id: string) => string,
  now: string,
  timeZone: string,
): DecisionLogItem {
  const status = decisionStatus(row, now, timeZone, nameOf);
  return {
    ...row,
    byName: nameOf(row.byId),
    otherPartyName: nameOf(row.otherPartyId),
    confirmedByName: row.confirmedById ? nameOf(row.confirmedById) : null,
    state: status.state,
    statusMessage: status.message,
  };
}

/** A campaign's decision log, newest first, each entry with its confirmation state as of now. */
export function listDecisions(
  ctx: BackendContext,
  input: { campaignId: string },
): DecisionLogItem[] {
  const { workspace } = requireWorkspace(ctx);
  const t = s.decisionEntries;
  const rows = ctx.db.read
    .select()
    .from(t)
    .where(and(eq(t.campaignId, input.campaignId), isNull(t.deletedAt)))
    .orderBy(desc(t.at), desc(t.id))
    .all();
  const nameOf = nameLookup(ctx);
  const now = new Date(ctx.now()).toISOString();
  return rows.map((r) => toItem(r, nameOf, now, workspace.homeTimeZone));
}

function requireActor(tx: WriteTx): string {
  if (tx.actorId === null) {
    throw ruleViolation('actor', 'is unknown: choose who you are on this computer first');
  }
  return tx.actorId;
}

function itemOf(ctx: BackendContext, row: DecisionRow): DecisionLogItem {
  const { workspace } = requireWorkspace(ctx);
  return toItem(row, nameLookup(ctx), new Date(ctx.now()).toISOString(), workspace.homeTimeZone);
}

/** Writes "we agreed on a call that…" as the person using this laptop. */
export function addDecision(ctx: BackendContext, input: NewDecisionLogEntry): DecisionLogItem {
  const row = ctx.db.write(actorOf(ctx), (tx) => {
    const byId = requireActor(tx);
    tx.require('campaign', input.campaignId);
    const other = tx.get('person', input.otherPartyId);
    if (!other || other.deletedAt) {
      throw ruleViolation('otherPartyId', 'is not a person of this workspace');
    }
    const entry = { text: input.text.trim(), byId, otherPartyId: input.otherPartyId, at: tx.at };
    const issues = validateDecisionEntry(entry);
    if (issues.length > 0) {
      throw new DomainError(
        'RULE_VIOLATION',
        issues.map((i) => `${i.field} ${i.problem}`).join('; '),
        issues,
      );
    }
    return tx.insert('decisionEntry', { ...entry, campaignId: input.campaignId });
  });
  return itemOf(ctx, row);
}

/** Confirms an entry as the person using this laptop: only its other party may. */
export function confirmDecisionEntry(ctx: BackendContext, input: { id: string }): DecisionLogItem {
  const nameOf = nameLookup(ctx);
  const row = ctx.db.write(actorOf(ctx), (tx) => {
    const personId = requireActor(tx);
    const current = tx.require('decisionEntry', input.id);
    const entry: DecisionEntry = current;
    const confirmed = confirmDecision(entry, personId, tx.at, nameOf);
    if (!confirmed.ok) {
      throw new DomainError('RULE_VIOLATION', confirmed.message, [
        { field: 'id', problem: confirmed.message },
      ]);
    }
    return tx.update('decisionEntry', input.id, {
      confirmedById: personId,
      confirmedAt: tx.at,
    });
  });
  return itemOf(ctx, row);
}

/** Removes an entry (soft: sync merges it and it can be restored). */
export function removeDecision(ctx: BackendContext, input: { id: string }): DecisionLogItem {
  const row = ctx.db.write(actorOf(ctx), (tx) => tx.softDelete('decisionEntry', input.id));
  return itemOf(ctx, row);
}
