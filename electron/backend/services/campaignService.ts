import { checklistItemId, handoffFieldId, handoffRowId, newId, raciId } from '../../db/uuid';
import { and, eq, isNull } from 'drizzle-orm';
import {
  brandGuidelinesText,
  defaultRaci,
  DomainError,
  orderStages,
  planCampaign,
  ruleViolation,
  type PlanOverrides,
  type PlannedHandoff,
  type TemplateChooser,
} from '../../../shared/domain';
import type {
  BrandGuidelines,
  Campaign,
  CampaignInput,
  CampaignPatch,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { TemplateCatalog } from '../templateCatalog';
import { toCampaign } from '../views/toModel';
import { requireWorkspace } from './workspaceService';

function assertPeopleExist(tx: WriteTx, ids: readonly string[], field: string): void {
  for (const id of ids) {
    const p = tx.get('person', id);
    if (!p || p.deletedAt)
      throw ruleViolation(field, `names a person who is not in the workspace (${id})`);
  }
}

/** Creates the handoff leaving `plan.fromStageId`, with its checklist and default RACI. */
export function openHandoff(tx: WriteTx, campaignId: string, plan: PlannedHandoff) {
  const people = tx.read.select().from(s.people).where(isNull(s.people.deletedAt)).all();
  const raci = defaultRaci(plan.template, people);
  const accountable = raci.find((r) => r.role === 'A');
  const derived = handoffRowId(campaignId, plan.fromStageId, plan.toStageId);
  const handoff = tx.insert('handoff', {
    // A row of that id left from before (deleted with a stage that came back) keeps its history.
    id: tx.get('handoff', derived) ? newId() : derived,
    campaignId,
    fromStageId: plan.fromStageId,
    toStageId: plan.toStageId,
    templateId: plan.template.id,
    templateVersion: plan.template.version,
    status: 'draft',
    dueDate: plan.dueDate,
    qualityOwnerId: accountable?.personId ?? null,
    createdAt: tx.at,
  });
  plan.template.checklist.forEach((item, position) =>
    tx.insert('checklistItem', {
      id: checklistItemId(handoff.id, item.key),
      handoffId: handoff.id,
      key: item.key,
      label: item.label,
      required: item.required,
      position,
      done: false,
    }),
  );
  // The brief starts from the client's brand guidelines; the team edits them per campaign.
  if (plan.template.fields.some((f) => f.key === 'brand')) {
    const campaign = tx.require('campaign', campaignId);
    const client = tx.get('client', campaign.clientId);
    const text = client ? brandGuidelinesText(client.brand as BrandGuidelines) : '';
    if (text)
      tx.insert('handoffField', {
        id: handoffFieldId(handoff.id, 'brand'),
        handoffId: handoff.id,
        key: 'brand',
        value: text,
      });
  }
  for (const r of raci)
    tx.insert('raci', {
      id: raciId(handoff.id, r.personId, r.role),
      handoffId: handoff.id,
      personId: r.personId,
      role: r.role,
    });
  return handoff;
}

/**
 * The templates a campaign of this type (a row's `type` text) gets for each transition: the
 * workspace's newest version where it edited one, else the built-in.
 */
export function templatesForCampaign(read: ReadDb, type: string): TemplateChooser {
  return new TemplateCatalog(read).chooserFor(type);
}

/**
 * The workspace's stages and a campaign's plan over them. Without `chooseTemplate` the untyped
 * built-ins: pass templatesForCampaign for the campaign's type wherever it is known.
 */
export function stagePlan(
  read: ReadDb,
  launchDate: string | null,
  overrides: PlanOverrides = {},
  chooseTemplate?: TemplateChooser,
) {
  const stages = orderStages(read.select().from(s.stages).all());
  return { stages, plan: planCampaign(stages, launchDate, overrides, chooseTemplate) };
}

export function createCampaign(ctx: BackendContext, input: CampaignInput): Campaign {
  const ws = requireWorkspace(ctx);
  return ctx.db.write(actorOf(ctx), (tx) => {
    const client = tx.get('client', input.clientId);
    if (!client || client.deletedAt)
      throw ruleViolation('clientId', 'names a client that does not exist');
    const team = input.team ?? [];
    assertPeopleExist(tx, team, 'team');
    if (input.ownerId) assertPeopleExist(tx, [input.ownerId], 'ownerId');
    const { stages, plan } = stagePlan(
      tx.read,
      input.launchDate ?? null,
      {},
      templatesForCampaign(tx.read, input.type),
    );
    const first = stages[0];
    if (!first) throw new DomainError('CONFLICT', 'The workspace has no stages');
    const row = tx.insert('campaign', {
      workspaceId: ws.workspace.id,
      clientId: input.clientId,
      name: input.name.trim(),
      type: input.type,
      channels: input.channels ?? [],
      launchDate: input.launchDate ?? null,
      stageId: first.id,
      ownerId: input.ownerId ?? null,
      team,
      createdAt: tx.at,
    });
    if (plan[0]) openHandoff(tx, row.id, plan[0]);
    return toCampaign(row);
  });
}

export function updateCampaign(ctx: BackendContext, patch: CampaignPatch): Campaign {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const current = tx.require('campaign', patch.id);
    if (patch.clientId) {
      const client = tx.get('client', patch.clientId);
      if (!client || client.deletedAt)
        throw ruleViolation('clientId', 'names a client that does not exist');
    }
    if (patch.team) assertPeopleExist(tx, patch.team, 'team');
    if (patch.ownerId) assertPeopleExist(tx, [patch.ownerId], 'ownerId');
    const row = tx.update('campaign', patch.id, {
      name: patch.name?.trim(),
      clientId: patch.clientId,
      type: patch.type,
      channels: patch.channels,
      launchDate: patch.launchDate,
      ownerId: patch.ownerId,
      team: patch.team,
    });
    // Durations are the templates', which differ by campaign type.
    const typeChanged = patch.type !== undefined && patch.type !== current.type;
    if (
      (patch.launchDate !== undefined && patch.launchDate !== current.launchDate) ||
      typeChanged
    ) {
      replanDueDates(tx, row.id, row.launchDate, row.planOverrides as PlanOverrides);
    }
    return toCampaign(row);
  });
}

/** Moving the launch date re-plans the due date of every open handoff. */
export function replanDueDates(
  tx: WriteTx,
  campaignId: string,
  launchDate: string | null,
  overrides: PlanOverrides,
): void {
  const campaign = tx.require('campaign', campaignId);
  const { plan } = stagePlan(
    tx.read,
    launchDate,
    overrides,
    templatesForCampaign(tx.read, campaign.type),
  );
  const handoffs = tx.read
    .select()
    .from(s.handoffs)
    .where(and(eq(s.handoffs.campaignId, campaignId), isNull(s.handoffs.deletedAt)))
    .all();
  for (const h of handoffs) {
    const p = plan.find((x) => x.fromStageId === h.fromStageId && x.toStageId === h.toStageId);
    if (p && h.status !== 'done' && h.status !== 'acknowledged') {
      tx.update('handoff', h.id, { dueDate: p.dueDate });
    }
  }
}

export function removeCampaign(ctx: BackendContext, id: string): Campaign {
  return ctx.db.write(actorOf(ctx), (tx) => toCampaign(tx.softDelete('campaign', id)));
}

export function restoreCampaign(ctx: BackendContext, id: string): Campaign {
  return ctx.db.write(actorOf(ctx), (tx) => toCampaign(tx.restore('campaign', id)));
}

/** Sets the campaign's own durations and buffers (working days) and re-plans due dates. */
export function setCampaignPlan(
  ctx: BackendContext,
  input: { id: string; steps: { fromStageId: string; durationDays: number; bufferDays: number }[] },
): void {
  ctx.db.write(actorOf(ctx), (tx) => {
    const campaign = tx.require('campaign', input.id);
    const { stages } = stagePlan(tx.read, null);
    const overrides: Record<string, { durationDays: number; bufferDays: number }> = {
      ...(campaign.planOverrides as Record<string, { durationDays: number; bufferDays: number }>),
    };
    for (const step of input.steps) {
      if (!stages.some((st) => st.id === step.fromStageId)) {
        throw ruleViolation('fromStageId', 'is not a stage of this workspace');
      }
      overrides[step.fromStageId] = {
        durationDays: step.durationDays,
        bufferDays: step.bufferDays,
      };
    }
    tx.update('campaign', campaign.id, { planOverrides: overrides });
    replanDueDates(tx, campaign.id, campaign.launchDate, overrides);
  });
}
