import {
  GENERIC_TEMPLATE,
  knownCampaignType,
  templateById,
  templateForTransition,
  type TemplateChooser,
} from '../../shared/domain';
import { newestVersion } from '../../shared/domain/templates/templateEdit';
import { HandoffTemplate, type StageKey } from '../../shared/model';
import { preparedOnce } from '../db/prepared';
import * as s from '../db/schema';
import type { ReadDb } from '../db/writeTx';

type TemplateRow = typeof s.handoffTemplates.$inferSelect;

export interface StoredTemplate {
  id: string;
  version: number;
  updatedAt: string;
  deleted: boolean;
  slot: string;
  template: HandoffTemplate;
}

// Rows are immutable versions (a save adds a row), so a body parsed once stays right for that id.
const parsed = new Map<string, HandoffTemplate | null>();

function parseBody(row: TemplateRow): HandoffTemplate | null {
  let hit = parsed.get(row.id);
  if (hit === undefined) {
    const result = HandoffTemplate.safeParse(row.body);
    // A body this build cannot read (written by a newer Baton) is skipped: its slot falls back
    // to the built-in, and handoffs that use it to their template id's built-in.
    hit = result.success ? { ...result.data, id: row.id, version: row.version } : null;
    parsed.set(row.id, hit);
  }
  return hit;
}

export function slotKey(from: string | null, to: string | null, type: string): string {
  return `${from ?? ''}>${to ?? ''}:${type}`;
}

/**
 * The workspace's handoff templates and the built-ins, read once per request: which template a
 * transition gives new handoffs of a campaign type, and which one an existing handoff started
 * with (its template id and version).
 */
export class TemplateCatalog {
  private rows: StoredTemplate[] | null = null;
  private newest: Map<string, StoredTemplate> | null = null;

  constructor(private readonly read: ReadDb) {}

  /** Every stored version this build can read, deleted ones included. */
  stored(): StoredTemplate[] {
    if (!this.rows) {
      const q = preparedOnce(this.read, 'handoffTemplates', () =>
        this.read.select().from(s.handoffTemplates).prepare(),
      );
      this.rows = q.all().flatMap((row) => {
        const template = parseBody(row);
        return template
          ? [
              {
                id: row.id,
                version: row.version,
                updatedAt: row.updatedAt,
                deleted: row.deletedAt !== null,
                slot: slotKey(row.fromStage, row.toStage, row.campaignType),
                template,
              },
            ]
          : [];
      });
    }
    return this.rows;
  }

  /** The workspace's newest version for a transition and campaign type, if it edited one. */
  edited(from: StageKey | null, to: StageKey | null, type: string): StoredTemplate | null {
    if (!this.newest) {
      const bySlot = new Map<string, StoredTemplate[]>();
      for (const r of this.stored()) {
        if (r.deleted) continue;
        bySlot.set(r.slot, [...(bySlot.get(r.slot) ?? []), r]);
      }
      this.newest = new Map(
        [...bySlot].map(([slot, versions]) => [slot, newestVersion(versions)!]),
      );
    }
    return this.newest.get(slotKey(from, to, type)) ?? null;
  }

  /** What new handoffs of a campaign of `type` (a row's text) get on each transition. */
  chooserFor(type: string): TemplateChooser {
    const known = knownCampaignType(type);
    return (from, to) =>
      (known && this.edited(from, to, known)?.template) ?? templateForTransition(from, to, known);
  }

  /** The template a handoff started with: its stored version, else the built-in of that id. */
  forHandoff(templateId: string): HandoffTemplate {
    const builtin = templateById(templateId);
    if (builtin) return builtin;
    return this.stored().find((r) => r.id === templateId)?.template ?? GENERIC_TEMPLATE;
  }
}

/** The template of one handoff row, for code that has no catalog of its own at hand. */
export function templateOfHandoff(read: ReadDb, handoff: { templateId: string }): HandoffTemplate {
  return new TemplateCatalog(read).forHandoff(handoff.templateId);
}
