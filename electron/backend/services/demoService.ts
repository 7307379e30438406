import { handoffFieldId } from '../../db/uuid';
import {
  addDays,
  dayInZone,
  packageHash,
  planCampaign,
  type PlannedHandoff,
} from '../../../shared/domain';
import type {
  FieldValue,
  HandoffEventKind,
  HandoffStatus,
  WorkspaceView,
} from '../../../shared/model';
import { eq } from 'drizzle-orm';
import * as schema from '../../db/schema';
import type { WriteTx } from '../../db/writeTx';
import type { BackendContext } from '../context';
import { openHandoff } from './campaignService';
import {
  DEMO_AGENCY,
  DEMO_CAMPAIGNS,
  DEMO_CLIENTS,
  DEMO_PEOPLE,
  demoFieldValues,
  type DemoCampaign,
} from './demoData';
import {
  assertNoWorkspace,
  createWorkspaceRows,
  insertPerson,
  requireWorkspace,
} from './workspaceService';

const DAY_MS = 86_400_000;

/**
 * Creates the sample agency in one transaction: people, clients with brand guidelines, and
 * campaigns spread over the board with handoffs in every state (done, approved, waiting,
 * blocked, overdue). Dates are relative to today so the demo always looks current.
 */
export function loadDemo(ctx: BackendContext): WorkspaceView {
  assertNoWorkspace(ctx);
  const now = ctx.now();
  const today = dayInZone(now, DEMO_AGENCY.homeTimeZone);
  const { workspaceId, meId } = ctx.db.write(null, (tx) => {
    const { workspaceId } = createWorkspaceRows(tx, DEMO_AGENCY);
    const people = DEMO_PEOPLE.map((p) => insertPerson(tx, workspaceId, p));
    const byRole = (title: string) => people.find((p) => p.roleTitle === title)!.id;
    const clients = DEMO_CLIENTS.map((c) =>
      tx.insert('client', { workspaceId, ...c, createdAt: tx.at }),
    );
    const stages = tx.read
      .select()
      .from(schema.stages)
      .where(eq(schema.stages.workspaceId, workspaceId))
      .all()
      .sort((a, b) => a.position - b.position);
    DEMO_CAMPAIGNS.forEach((demo, index) => {
      const client = clients[demo.client]!;
      const launchDate = addDays(today, demo.launchInDays);
      const campaign = tx.insert('campaign', {
        workspaceId,
        clientId: client.id,
        name: demo.name,
        type: demo.type,
        channels: demo.channels,
        launchDate,
        stageId: stages[demo.stage]!.id,
        ownerId: byRole('Account Director'),
        // The Account Director plus two specialists, varied across campaigns.
        team: [
          byRole('Account Director'),
          people[(index % 5) + 1]!.id,
          people[((index + 2) % 5) + 1]!.id,
        ],
        createdAt: tx.at,
      });
      const plan = planCampaign(stages, launchDate);
      const values = demoFieldValues(demo, client.name);
      plan.forEach((step, i) => {
        if (i > demo.stage) return;
        const state = i < demo.stage ? 'done' : demo.current;
        // Live campaigns entered their stage at launch; others a few days ago.
        const launched = demo.launchInDays < 0 && i >= 4;
        fillHandoff(tx, campaign.id, step, state, values, {
          now,
          daysAgo: (demo.stage - i) * 7 + 1,
          openedDaysAgo: launched ? -demo.launchInDays + (i - 4) * 14 : (demo.stage - i) * 7 + 3,
          qualityOwner: byRole('Account Director'),
          // The receiver is the Responsible of the next stage: the Designer takes the brief.
          receiver: byRole(i === 0 ? 'Designer' : 'Producer'),
          responsible: byRole(i === 0 ? 'Strategist' : 'Designer'),
        });
      });
    });
    return { workspaceId, meId: byRole('Account Director') };
  });
  ctx.db.setLocalPerson(meId, workspaceId);
  return requireWorkspace(ctx);
}

interface Actors {
  now: number;
  daysAgo: number;
  /** When the campaign entered the stage this handoff leaves. */
  openedDaysAgo: number;
  qualityOwner: string;
  receiver: string;
  responsible: string;
}

function fillHandoff(
  tx: WriteTx,
  campaignId: string,
  step: PlannedHandoff,
  state: DemoCampaign['current'] | 'done',
  values: Record<string, FieldValue>,
  actors: Actors,
): void {
  const handoff = openHandoff(tx, campaignId, step);
  tx.update('handoff', handoff.id, {
    createdAt: new Date(actors.now - Math.max(0, actors.openedDaysAgo) * DAY_MS).toISOString(),
  });
  if (state === 'empty') return;
  const fields = step.template.fields.filter((f) => values[f.key] !== undefined);
  // A partial package has its first answers and is missing the rest: the gate names them.
  const filled = state === 'partial' ? fields.slice(0, 2) : fields;
  const written: Record<string, FieldValue> = {};
  for (const f of filled) {
    written[f.key] = values[f.key]!;
    tx.insert('handoffField', {
      id: handoffFieldId(handoff.id, f.key),
      handoffId: handoff.id,
      key: f.key,
      value: values[f.key]!,
    });
  }
  if (state === 'partial') return;
  const checklist = tx.read
    .select()
    .from(schema.checklistItems)
    .where(eq(schema.checklistItems.handoffId, handoff.id))
    .all();
  const at = (offsetDays: number) => new Date(actors.now - offsetDays * DAY_MS).toISOString();
  for (const item of checklist) {
    tx.update('checklistItem', item.id, {
      done: true,
      doneById: actors.responsible,
      doneAt: at(actors.daysAgo + 1),
    });
  }
  if (state === 'complete') return;
  // Hash exactly what the package holds (fields prefilled when the handoff opened included), as
  // the gate will, or the sample approvals would read as "changed since approval".
  const stored = tx.read
    .select()
    .from(schema.handoffFields)
    .where(eq(schema.handoffFields.handoffId, handoff.id))
    .all();
  const hash = packageHash({
    fields: Object.fromEntries(stored.map((f) => [f.key, (f.value ?? null) as FieldValue])),
    checklist: checklist.map((c) => ({ label: c.label, done: true })),
  });
  const event = (kind: HandoffEventKind, actorId: string, daysAgo: number) =>
    tx.insert('handoffEvent', {
      handoffId: handoff.id,
      kind,
      actorId,
      deviceId: tx.deviceId,
      at: at(daysAgo),
      reason: null,
      packageHash: kind === 'approved' ? hash : null,
      missing: [],
    });
  const steps: [HandoffEventKind, string, HandoffStatus][] = [
    ['submitted', actors.responsible, 'submitted'],
    ['approved', actors.qualityOwner, 'approved'],
    ['acknowledged', actors.receiver, 'acknowledged'],
  ];
  const last = { submitted: 0, approved: 1, acknowledged: 2, done: 2 }[state];
  let status: HandoffStatus = 'draft';
  steps.slice(0, last + 1).forEach(([kind, actor, next], i) => {
    event(kind, actor, Math.max(0, actors.daysAgo - i));
    status = next;
  });
  tx.update('handoff', handoff.id, { status: state === 'done' ? 'done' : status });
}
