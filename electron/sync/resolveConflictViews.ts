import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { GENERIC_TEMPLATE, parseHlc } from '../../shared/domain';
import { handoffTemplateOf } from './longTextFields';
import { conflictChoices, hasConflictMarkers } from '../../shared/domain/conflictChoices';
import type {
  ConflictAuthor,
  ConflictEdit,
  ConflictMove,
  SyncConflictKind,
  SyncConflictView,
} from '../../shared/model';
import type { BatonDatabase } from '../db/batonDatabase';
import { ENTITIES, type EntityName } from '../db/entities';
import * as s from '../db/schema';
import type { SyncConflict } from './syncConflicts';

/**
 * What a person needs to decide a conflict, read back from the change log by the HLCs the
 * merge noted (`sync_conflicts.detail`): the competing versions and their base, what was
 * deleted and edited, the two moves; and whether the conflict still needs anyone (the value
 * may have moved on since: edited, restored, moved again).
 */

const Hlc = z.string().min(1);
const TextDetail = z.object({
  hlcs: z.tuple([Hlc, Hlc]),
  baseHlc: Hlc.nullable(),
  conflicts: z.number().int().nonnegative(),
});
const DeletionDetail = z.object({ deletedHlc: Hlc, editHlcs: z.array(Hlc) });
const Move = z.object({ hlc: Hlc, deviceId: z.string(), stageId: z.string() });
const MoveDetail = z.object({ won: Move, lost: Move });

/** What the names of a view come from besides the database: teammates' device names. */
export interface ConflictContext {
  deviceNames: ReadonlyMap<string, string>;
}

export type ConflictLook =
  | { state: 'open'; view: SyncConflictView }
  /** The value moved on since the merge: nobody needs to decide any more. */
  | { state: 'settled'; why: string }
  /** The noted details are not what this Baton writes (never expected): left alone. */
  | { state: 'unreadable' };

interface ChangeRow {
  field: string;
  value: unknown;
  hlc: string;
  deviceId: string;
  actorId: string | null;
}

const CAMPAIGN_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  clientId: 'Client',
  type: 'Type',
  channels: 'Channels',
  launchDate: 'Launch date',
  stageId: 'Stage',
  ownerId: 'Owner',
  team: 'Team',
  planOverrides: 'Plan durations',
};

function humanize(field: string): string {
  const words = field.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** Reads the views of conflicts for one database; names are looked up once per call. */
export class ConflictReader {
  private readonly people: Map<string, string>;
  private readonly stages: Map<string, string>;

  constructor(
    private readonly db: BatonDatabase,
    private readonly context: ConflictContext,
  ) {
    this.people = new Map(
      db.read
        .select({ id: s.people.id, name: s.people.name })
        .from(s.people)
        .all()
        .map((p) => [p.id, p.name]),
    );
    this.stages = new Map(
      db.read
        .select({ id: s.stages.id, name: s.stages.name })
        .from(s.stages)
        .all()
        .map((st) => [st.id, st.name]),
    );
  }

  look(conflict: SyncConflict): ConflictLook {
    switch (conflict.kind) {
      case 'text':
        return this.text(conflict);
      case 'changed-after-deletion':
        return this.deletion(conflict);
      case 'stage-move':
        return this.move(conflict);
      default:
        return { state: 'unreadable' };
    }
  }

  private common(conflict: SyncConflict, kind: SyncConflictKind) {
    const place = this.placeOf(conflict.entity, conflict.entityId);
    return {
      id: conflict.id,
      detectedAt: conflict.detectedAt,
      entity: conflict.entity,
      entityId: conflict.entityId,
      title: place.title,
      where: place.where,
      campaignId: place.campaignId,
      choices: conflictChoices(kind, conflict.entity),
    };
  }

  private text(conflict: SyncConflict): ConflictLook {
    const detail = TextDetail.safeParse(conflict.detail);
    if (!detail.success || conflict.entity !== 'handoffField') return { state: 'unreadable' };
    const row = this.db.read
      .select()
      .from(s.handoffFields)
      .where(eq(s.handoffFields.id, conflict.entityId))
      .get();
    if (!row || typeof row.value !== 'string' || !hasConflictMarkers(row.value)) {
      return { state: 'settled', why: 'the text was edited since: it holds no conflict any more' };
    }
    const { hlcs, baseHlc, conflicts } = detail.data;
    const changes = this.changesAt('handoffField', conflict.entityId, [
      ...hlcs,
      ...(baseHlc ? [baseHlc] : []),
    ]).filter((c) => c.field === 'value');
    const byHlc = new Map(changes.map((c) => [c.hlc, c]));
    const versions = hlcs.flatMap((hlc) => {
      const c = byHlc.get(hlc);
      return c ? [{ ...this.author(c), text: typeof c.value === 'string' ? c.value : '' }] : [];
    });
    if (versions.length !== 2) return { state: 'unreadable' };
    const base = baseHlc ? byHlc.get(baseHlc) : undefined;
    return {
      state: 'open',
      view: {
        ...this.common(conflict, 'text'),
        kind: 'text',
        fieldLabel: this.fieldLabel(row.handoffId, row.key),
        versions,
        base: base && typeof base.value === 'string' ? base.value : null,
        merged: row.value,
        conflicts,
      },
    };
  }

  private deletion(conflict: SyncConflict): ConflictLook {
    const detail = DeletionDetail.safeParse(conflict.detail);
    const entity = conflict.entity as EntityName;
    if (!detail.success || !(entity in ENTITIES)) return { state: 'unreadable' };
    // Any entity table has `id` and `deletedAt`, all this reads; drizzle has no common type for
    // "one of these tables", so one stands for all.
    const table = ENTITIES[entity] as unknown as typeof s.campaigns;
    const row = this.db.read
      .select({ deletedAt: table.deletedAt })
      .from(table)
      .where(eq(table.id, conflict.entityId))
      .get();
    if (!row || row.deletedAt === null) {
      return { state: 'settled', why: 'it was restored since' };
    }
    const { deletedHlc, editHlcs } = detail.data;
    const changes = this.changesAt(entity, conflict.entityId, [deletedHlc, ...editHlcs]);
    const deleted = changes.find((c) => c.hlc === deletedHlc && c.field === 'deletedAt');
    if (!deleted) return { state: 'unreadable' };
    const edits: ConflictEdit[] = changes
      .filter((c) => c.hlc !== deletedHlc && editHlcs.includes(c.hlc))
      .map((c) => ({
        ...this.author(c),
        field: c.field,
        fieldLabel: this.editLabel(entity, conflict.entityId, c.field),
        value: this.valueText(c.field, c.value),
      }));
    return {
      state: 'open',
      view: {
        ...this.common(conflict, 'changed-after-deletion'),
        kind: 'changed-after-deletion',
        deleted: this.author(deleted),
        edits,
      },
    };
  }

  private move(conflict: SyncConflict): ConflictLook {
    const detail = MoveDetail.safeParse(conflict.detail);
    if (!detail.success || conflict.entity !== 'campaign') return { state: 'unreadable' };
    const campaign = this.db.read
      .select()
      .from(s.campaigns)
      .where(eq(s.campaigns.id, conflict.entityId))
      .get();
    if (!campaign || campaign.deletedAt) return { state: 'settled', why: 'the card was deleted' };
    const { won, lost } = detail.data;
    const latest = this.db.sqlite
      .prepare(
        `SELECT max(hlc) FROM changes WHERE entity = 'campaign' AND entity_id = ? AND field = 'stageId'`,
      )
      .pluck()
      .get(conflict.entityId) as string | null;
    if (latest !== null && latest > won.hlc) {
      return { state: 'settled', why: 'the card was moved again since' };
    }
    const changes = this.changesAt('campaign', conflict.entityId, [won.hlc, lost.hlc]);
    const moveOf = (m: z.infer<typeof Move>): ConflictMove => {
      const change = changes.find((c) => c.hlc === m.hlc && c.field === 'stageId');
      return {
        ...this.author(change ?? { hlc: m.hlc, deviceId: m.deviceId, actorId: null }),
        stageId: m.stageId,
        stageName: this.stages.get(m.stageId) ?? 'a stage no longer on the board',
      };
    };
    return {
      state: 'open',
      view: {
        ...this.common(conflict, 'stage-move'),
        kind: 'stage-move',
        won: moveOf(won),
        lost: moveOf(lost),
        currentStageName: this.stages.get(campaign.stageId) ?? 'another stage',
      },
    };
  }

  private changesAt(entity: EntityName, entityId: string, hlcs: string[]): ChangeRow[] {
    return this.db.read
      .select({
        field: s.changes.field,
        value: s.changes.value,
        hlc: s.changes.hlc,
        deviceId: s.changes.deviceId,
        actorId: s.changes.actorId,
      })
      .from(s.changes)
      .where(
        and(
          eq(s.changes.entity, entity),
          eq(s.changes.entityId, entityId),
          inArray(s.changes.hlc, hlcs),
        ),
      )
      .orderBy(s.changes.hlc)
      .all()
      .map((c) => ({ ...c, value: JSON.parse(c.value) as unknown }));
  }

  private author(c: Pick<ChangeRow, 'hlc' | 'deviceId' | 'actorId'>): ConflictAuthor {
    const millis = parseHlc(c.hlc)?.millis;
    const thisDevice = c.deviceId === this.db.deviceId;
    return {
      hlc: c.hlc,
      at: new Date(millis ?? 0).toISOString(),
      deviceId: c.deviceId,
      deviceName: thisDevice
        ? this.db.deviceInfo().deviceName
        : (this.context.deviceNames.get(c.deviceId) ?? null),
      personName: c.actorId ? (this.people.get(c.actorId) ?? null) : null,
      isThisDevice: thisDevice,
    };
  }

  private fieldLabel(handoffId: string, key: string): string {
    const handoff = this.db.read
      .select({ templateId: s.handoffs.templateId })
      .from(s.handoffs)
      .where(eq(s.handoffs.id, handoffId))
      .get();
    const template = handoff ? handoffTemplateOf(this.db, handoff.templateId) : GENERIC_TEMPLATE;
    return template.fields.find((f) => f.key === key)?.label ?? key;
  }

  private editLabel(entity: EntityName, entityId: string, field: string): string {
    if (entity === 'campaign') return CAMPAIGN_FIELD_LABELS[field] ?? humanize(field);
    if (entity === 'handoffField' && field === 'value') {
      const row = this.db.read
        .select()
        .from(s.handoffFields)
        .where(eq(s.handoffFields.id, entityId))
        .get();
      if (row) return this.fieldLabel(row.handoffId, row.key);
    }
    return humanize(field);
  }

  private valueText(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '(cleared)';
    if (typeof value === 'string') {
      const named = field.endsWith('Id')
        ? (this.people.get(value) ?? this.stages.get(value) ?? this.clientName(value))
        : undefined;
      const text = named ?? value;
      return text.length > 200 ? `${text.slice(0, 199)}…` : text;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) {
      const names = value.map((v) =>
        typeof v === 'string' ? (this.people.get(v) ?? v) : JSON.stringify(v),
      );
      const text = names.join(', ');
      return text.length > 200 ? `${value.length} items` : text || '(none)';
    }
    return 'changed';
  }

  private clientName(id: string): string | undefined {
    return this.db.read
      .select({ name: s.clients.name })
      .from(s.clients)
      .where(eq(s.clients.id, id))
      .get()?.name;
  }

  /** A conflict's place for a person: the campaign (or client, person) and where inside it. */
  private placeOf(
    entity: string,
    id: string,
  ): { title: string; where: string | null; campaignId: string | null } {
    const read = this.db.read;
    const handoffPlace = (handoffId: string, inside: string | null) => {
      const h = read.select().from(s.handoffs).where(eq(s.handoffs.id, handoffId)).get();
      if (!h) return { title: 'A handoff', where: inside, campaignId: null };
      const campaign = read
        .select({ name: s.campaigns.name })
        .from(s.campaigns)
        .where(eq(s.campaigns.id, h.campaignId))
        .get();
      const name = `${this.stages.get(h.fromStageId) ?? '?'} → ${this.stages.get(h.toStageId) ?? '?'} handoff`;
      return {
        title: campaign?.name ?? 'A campaign',
        where: inside ? `${name} · ${inside}` : name,
        campaignId: h.campaignId,
      };
    };
    switch (entity) {
      case 'campaign': {
        const c = read
          .select({ name: s.campaigns.name })
          .from(s.campaigns)
          .where(eq(s.campaigns.id, id))
          .get();
        return { title: c?.name ?? 'A campaign', where: null, campaignId: id };
      }
      case 'client':
        return { title: this.clientName(id) ?? 'A client', where: null, campaignId: null };
      case 'person':
        return { title: this.people.get(id) ?? 'A person', where: null, campaignId: null };
      case 'stage':
        return { title: this.stages.get(id) ?? 'A stage', where: null, campaignId: null };
      case 'handoff':
        return handoffPlace(id, null);
      case 'handoffField': {
        const f = read.select().from(s.handoffFields).where(eq(s.handoffFields.id, id)).get();
        return f
          ? handoffPlace(f.handoffId, this.fieldLabel(f.handoffId, f.key))
          : { title: 'A package field', where: null, campaignId: null };
      }
      case 'raci': {
        const r = read
          .select({ handoffId: s.raciAssignments.handoffId })
          .from(s.raciAssignments)
          .where(eq(s.raciAssignments.id, id))
          .get();
        return r
          ? handoffPlace(r.handoffId, 'RACI')
          : { title: 'A RACI entry', where: null, campaignId: null };
      }
      case 'comment': {
        const c = read
          .select({ handoffId: s.comments.handoffId })
          .from(s.comments)
          .where(eq(s.comments.id, id))
          .get();
        return c
          ? handoffPlace(c.handoffId, 'a comment')
          : { title: 'A comment', where: null, campaignId: null };
      }
      default:
        return { title: humanize(entity), where: null, campaignId: null };
    }
  }
}
