import { DomainError, templateForTransition } from '../../../shared/domain';
import {
  templateFromEdit,
  templateProblems,
  isDefaultTransition,
  type TemplateEdit,
} from '../../../shared/domain/templates/templateEdit';
import {
  CAMPAIGN_TYPES,
  STAGE_KEYS,
  type HandoffTemplate,
  type TemplateDetail,
  type TemplateSlot,
  type TemplateSummary,
} from '../../../shared/model';
import { newId } from '../../db/uuid';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { slotKey, TemplateCatalog } from '../templateCatalog';

/** The default transitions, in board order. */
const TRANSITIONS = STAGE_KEYS.slice(0, -1).map((from, i) => ({ from, to: STAGE_KEYS[i + 1]! }));

function current(catalog: TemplateCatalog, slot: TemplateSlot) {
  const edited = catalog.edited(slot.from, slot.to, slot.campaignType);
  const builtin = templateForTransition(slot.from, slot.to, slot.campaignType);
  return { template: edited?.template ?? builtin, edited: edited !== null, builtin };
}

/** Every default transition for every campaign type, with the template new handoffs get. */
export function listTemplates(ctx: BackendContext): TemplateSummary[] {
  const catalog = new TemplateCatalog(ctx.db.read);
  return CAMPAIGN_TYPES.flatMap((campaignType) =>
    TRANSITIONS.map(({ from, to }) => {
      const { template, edited } = current(catalog, { from, to, campaignType });
      return {
        from,
        to,
        campaignType,
        id: template.id,
        version: template.version,
        name: template.name,
        edited,
        fieldCount: template.fields.length,
        requiredFieldCount: template.fields.filter((f) => f.required).length,
        checklistCount: template.checklist.length,
      };
    }),
  );
}

function detail(read: ReadDb, slot: TemplateSlot): TemplateDetail {
  assertSlot(slot);
  const catalog = new TemplateCatalog(read);
  const { template, edited, builtin } = current(catalog, slot);
  const key = slotKey(slot.from, slot.to, slot.campaignType);
  const versions = catalog
    .stored()
    .filter((r) => r.slot === key && !r.deleted)
    .sort((a, b) => b.version - a.version || b.updatedAt.localeCompare(a.updatedAt));
  return {
    template,
    edited,
    builtinId: builtin.id,
    history: [
      ...versions.map((r) => ({
        id: r.id,
        version: r.version,
        savedAt: r.updatedAt,
        builtin: false,
      })),
      { id: builtin.id, version: builtin.version, savedAt: null, builtin: true },
    ],
  };
}

export function getTemplate(ctx: BackendContext, slot: TemplateSlot): TemplateDetail {
  return detail(ctx.db.read, slot);
}

function assertSlot(slot: TemplateSlot): void {
  if (!isDefaultTransition(slot.from, slot.to)) {
    throw new DomainError(
      'RULE_VIOLATION',
      `${slot.from} → ${slot.to} is not a default transition`,
      [{ field: 'to', problem: `does not follow ${slot.from} on the default board` }],
    );
  }
}

/** Adds `template`'s content as the slot's next version; existing handoffs keep theirs. */
function addVersion(
  tx: WriteTx,
  slot: TemplateSlot,
  base: string,
  build: (id: string, version: number) => HandoffTemplate,
  after: number,
): void {
  const id = newId();
  tx.insert('handoffTemplate', {
    id,
    version: after + 1,
    base,
    fromStage: slot.from,
    toStage: slot.to,
    campaignType: slot.campaignType,
    body: build(id, after + 1),
    updatedAt: tx.at,
  });
}

/**
 * Saves an edited template as a new version. Refused with every problem named by field
 * (RULE_VIOLATION), or with CONFLICT when someone saved a newer version since the editor
 * opened this one.
 */
export function saveTemplate(
  ctx: BackendContext,
  input: TemplateEdit & { expectedVersion: number },
): TemplateDetail {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const problems = templateProblems(input);
    if (problems.length > 0) {
      throw new DomainError(
        'RULE_VIOLATION',
        `The template cannot be saved: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}`,
        problems,
      );
    }
    const slot = { from: input.from, to: input.to, campaignType: input.campaignType };
    const now = current(new TemplateCatalog(tx.read), slot);
    if (now.template.version !== input.expectedVersion) {
      throw new DomainError(
        'CONFLICT',
        `Version ${now.template.version} of this template was saved since you opened version ${input.expectedVersion}; reopen it to see the changes`,
        [
          {
            field: 'expectedVersion',
            problem: `is not the newest version (${now.template.version})`,
          },
        ],
      );
    }
    addVersion(
      tx,
      slot,
      now.builtin.id,
      (id, v) => templateFromEdit(input, id, v),
      now.template.version,
    );
    return detail(tx.read, slot);
  });
}

/** Back to the built-in as a new version (handoffs on edited versions keep them). */
export function resetTemplate(ctx: BackendContext, slot: TemplateSlot): TemplateDetail {
  assertSlot(slot);
  return ctx.db.write(actorOf(ctx), (tx) => {
    const now = current(new TemplateCatalog(tx.read), slot);
    // Nothing to reset: a save that changes nothing writes nothing.
    if (!now.edited || sameContent(now.template, now.builtin)) return detail(tx.read, slot);
    addVersion(
      tx,
      slot,
      now.builtin.id,
      (id, version) => ({ ...now.builtin, id, version }),
      now.template.version,
    );
    return detail(tx.read, slot);
  });
}

function sameContent(a: HandoffTemplate, b: HandoffTemplate): boolean {
  return (
    JSON.stringify({ ...a, id: '', version: 0 }) === JSON.stringify({ ...b, id: '', version: 0 })
  );
}
