import {
  addDays,
  defaultRaci,
  planCampaign,
  templateForTransition,
  type PlannedHandoff,
  type PlanStage,
  type StaffMember,
} from '../../../shared/domain';
import type { FieldValue, HandoffEventKind, HandoffStatus } from '../../../shared/model';
import { newId } from '../../db/uuid';
import type { WriteTx } from '../../db/writeTx';
import { openHandoff } from './campaignService';
import { DEMO_AGENCY, type DemoCampaign } from './demoData';
import { demoAssetSteps, demoLaunchValues, hasDemoLaunchPackage } from './demoLaunch';
import { currentPackageHash, fillPackage, tickChecklist } from './demoPackage';
import {
  doneHoursAfterDue,
  OPEN_WAIT_HOURS,
  STAGE_DAYS,
  storyFor,
  storyHours,
  type Story,
} from './demoStories';
import { DAY_MS, HOUR_MS, type TimedStep } from './demoTimeline';
import { recordEvent } from './handoffFlowService';
import { scheduleRetrospectiveOnDone } from './retrospectiveService';

/** Days before today a campaign entered the stage it is in, when it has not launched yet. */
const ENTERED_DAYS_AGO = [4, 5, 11, 1.5];
/** Launches go live at 08:00 in the home zone (07:00 UTC is close enough for a sample). */
const LAUNCH_HOUR_UTC = 7;

export interface CampaignHistoryInput {
  index: number;
  demo: DemoCampaign;
  workspaceId: string;
  clientId: string;
  values: Record<string, FieldValue>;
  ownerId: string;
  team: string[];
  stages: readonly (PlanStage & { id: string })[];
  people: readonly (StaffMember & { name: string })[];
  today: string;
  now: number;
}

export interface CampaignHistory {
  campaignId: string;
  launchDate: string;
  /** When each past handoff was done (index of the stage it left). */
  doneAt: number[];
  steps: TimedStep[];
}

const dayStart = (date: string) => Date.parse(`${date}T00:00:00.000Z`);

/** Who does what in a handoff: its default RACI, and the next stage's Responsible receives. */
function rolesOf(plan: readonly PlannedHandoff[], i: number, people: readonly StaffMember[]) {
  const raci = defaultRaci(plan[i]!.template, people);
  const a = raci.find((r) => r.role === 'A')?.personId ?? people[0]!.id;
  const r = raci.find((x) => x.role === 'R')?.personId ?? a;
  const next = plan[i + 1] ? defaultRaci(plan[i + 1]!.template, people) : [];
  const receiver = next.find((x) => x.role === 'R')?.personId ?? a;
  return { r, a, receiver };
}

/**
 * When each handoff before the current stage was done. Before launch they follow their due
 * days (early or late as the stories say), never later than a campaign that has not launched
 * could have done them; Launch → Live is done on launch day, later stages follow at their pace.
 */
function doneTimes(
  input: CampaignHistoryInput,
  plan: readonly PlannedHandoff[],
  launchDate: string,
) {
  const { demo, index, now } = input;
  const launchAt = dayStart(launchDate) + LAUNCH_HOUR_UTC * HOUR_MS;
  const launched = demo.stage >= 4;
  const chain: number[] = [];
  if (!launched && demo.stage > 0) {
    chain[demo.stage - 1] = now - ENTERED_DAYS_AGO[demo.stage]! * DAY_MS;
    for (let i = demo.stage - 2; i >= 0; i--)
      chain[i] = chain[i + 1]! - STAGE_DAYS[i + 1]! * DAY_MS;
  }
  const done: number[] = [];
  for (let i = 0; i < demo.stage; i++) {
    const offset = doneHoursAfterDue(index, i);
    const due = plan[i]!.dueDate;
    let at: number;
    if (i === 3) at = launchAt;
    else if (i > 3) at = done[i - 1]! + STAGE_DAYS[i]! * DAY_MS;
    else at = due && offset !== null ? dayStart(due) + offset * HOUR_MS : launchAt;
    if (i === 2) at = Math.min(at, launchAt - 6 * HOUR_MS);
    if (!launched) at = Math.min(at, chain[i]!);
    done.push(at);
  }
  // Every stage takes at least a day, laid back from the latest.
  for (let i = done.length - 2; i >= 0; i--) done[i] = Math.min(done[i]!, done[i + 1]! - DAY_MS);
  return done;
}

/**
 * The demo's plan: the first, untyped built-ins, except that a campaign with a launch package
 * gets its type's real Production → Launch template (launch sequence, UTM links, pre-flight).
 * Its durations and due day stay the untyped plan's, so every due day, and the lateness Health
 * measures against them, is the same as before.
 */
function demoPlan(input: CampaignHistoryInput, launchDate: string): PlannedHandoff[] {
  const plan = planCampaign(input.stages, launchDate);
  if (!hasDemoLaunchPackage(input.demo)) return plan;
  return plan.map((step) =>
    step.template.from === 'production' && step.template.to === 'launch'
      ? { ...step, template: templateForTransition('production', 'launch', input.demo.type) }
      : step,
  );
}

/** The sample campaign from its creation to today, as timed writes through the write path. */
export function campaignHistory(campaign: CampaignHistoryInput): CampaignHistory {
  const { demo, stages, now } = campaign;
  const launchDate = addDays(campaign.today, demo.launchInDays);
  const input: CampaignHistoryInput = {
    ...campaign,
    values: {
      ...campaign.values,
      ...demoLaunchValues(demo, launchDate, campaign.people, DEMO_AGENCY.homeTimeZone),
    },
  };
  const plan = demoPlan(input, launchDate);
  const doneAt = doneTimes(input, plan, launchDate);
  const createdAt =
    demo.stage === 0 ? now - ENTERED_DAYS_AGO[0]! * DAY_MS : doneAt[0]! - STAGE_DAYS[0]! * DAY_MS;
  const campaignId = newId();
  const handoffIds: string[] = [];
  const steps: TimedStep[] = [
    {
      at: createdAt,
      actor: input.ownerId,
      write: (tx) => {
        tx.insert('campaign', {
          id: campaignId,
          workspaceId: input.workspaceId,
          clientId: input.clientId,
          name: demo.name,
          type: demo.type,
          channels: demo.channels,
          launchDate,
          stageId: stages[0]!.id,
          ownerId: input.ownerId,
          team: input.team,
          createdAt: tx.at,
        });
        handoffIds[0] = openHandoff(tx, campaignId, plan[0]!).id;
      },
    },
  ];
  const at = (i: number) => (i === 0 ? createdAt : doneAt[i - 1]!);
  const ctx: StepContext = { input, plan, stages, campaignId, handoffIds };
  for (let i = 0; i < demo.stage && i < plan.length; i++) {
    steps.push(...pastHandoff(ctx, i, at(i), doneAt[i]!));
  }
  if (demo.stage < plan.length) steps.push(...currentHandoff(ctx, demo.stage, at(demo.stage)));
  return { campaignId, launchDate, doneAt, steps };
}

interface StepContext {
  input: CampaignHistoryInput;
  plan: readonly PlannedHandoff[];
  stages: CampaignHistoryInput['stages'];
  campaignId: string;
  handoffIds: string[];
}

function flowWrite(
  ctx: StepContext,
  i: number,
  kind: HandoffEventKind,
  status: HandoffStatus | null,
  extra: { reason?: string; missing?: string[] } = {},
) {
  return (tx: WriteTx) => {
    const id = ctx.handoffIds[i]!;
    const hash = kind === 'approved' ? currentPackageHash(tx, id) : null;
    // The quality owner signs the pre-flight of the package they approve, as the gate asks.
    if (hash !== null && ctx.plan[i]!.template.preflight) {
      recordEvent(tx, id, 'preflight_signed', { packageHash: hash });
    }
    recordEvent(tx, id, kind, { ...extra, packageHash: hash });
    if (status) tx.update('handoff', id, { status });
  };
}

/** The move to the next stage, as moveService makes it: the handoff done, the next one open. */
function moveOn(ctx: StepContext, i: number) {
  return (tx: WriteTx) => {
    const next = ctx.stages[i + 1]!;
    tx.update('campaign', ctx.campaignId, { stageId: next.id });
    scheduleRetrospectiveOnDone(tx, ctx.campaignId, next.id);
    recordEvent(tx, ctx.handoffIds[i]!, 'done');
    tx.update('handoff', ctx.handoffIds[i]!, { status: 'done' });
    const step = ctx.plan[i + 1];
    if (step) ctx.handoffIds[i + 1] = openHandoff(tx, ctx.campaignId, step).id;
  };
}

function fill(ctx: StepContext, i: number, partial: boolean) {
  return (tx: WriteTx) => {
    fillPackage(tx, ctx.handoffIds[i]!, ctx.plan[i]!, ctx.input.values, partial);
    if (!partial) tickChecklist(tx, ctx.handoffIds[i]!);
  };
}

function storySteps(ctx: StepContext, i: number, story: Story, start: number, hourMs: number) {
  const who = rolesOf(ctx.plan, i, ctx.input.people);
  const steps: TimedStep[] = [];
  let t = start;
  for (const s of story) {
    t += s.hours * hourMs;
    const push = (actor: string, write: (tx: WriteTx) => void) =>
      steps.push({ at: t, actor, write });
    if (s.kind === 'submit') push(who.r, flowWrite(ctx, i, 'submitted', 'submitted'));
    else if (s.kind === 'approve') push(who.a, flowWrite(ctx, i, 'approved', 'approved'));
    else if (s.kind === 'acknowledge')
      push(who.receiver, flowWrite(ctx, i, 'acknowledged', 'acknowledged'));
    else if (s.kind === 'request_changes')
      push(
        who.a,
        flowWrite(ctx, i, 'changes_requested', 'changes_requested', { reason: s.reason }),
      );
    else if (s.kind === 'send_back')
      push(
        who.receiver,
        flowWrite(ctx, i, 'sent_back', 'changes_requested', {
          reason: s.reason,
          missing: s.missing,
        }),
      );
    else if (s.kind === 'override')
      push(who.a, flowWrite(ctx, i, 'override', null, { reason: s.reason }));
    else push(i === ctx.plan.length - 1 ? who.a : who.receiver, moveOn(ctx, i));
  }
  return steps;
}

/** A handoff that was done: its package written, its story played out, the card moved on. */
function pastHandoff(ctx: StepContext, i: number, openedAt: number, doneAt: number): TimedStep[] {
  const story = storyFor(ctx.input.index, i);
  // A stage shorter than its story (plus a few hours of drafting) plays it faster.
  const hourMs = Math.min(HOUR_MS, (doneAt - openedAt) / (storyHours(story) + 4));
  const submitAt = doneAt - storyHours(story) * hourMs;
  const [submit, ...rest] = storySteps(ctx, i, story, submitAt, hourMs);
  // A launch package's assets are registered and approved while it is drafted, before submission.
  const assets = ctx.plan[i]!.template.preflight
    ? demoAssetSteps(ctx.input.demo, ctx.campaignId, ctx.input.people, openedAt + hourMs, hourMs)
    : [];
  return [...assets, { ...submit!, write: both(fill(ctx, i, false), writeOf(submit!)) }, ...rest];
}

/** The package finished and submitted in one sitting: one write, as a person's last edits are. */
const both =
  (first: (tx: WriteTx) => void, second: (tx: WriteTx) => void) =>
  (tx: WriteTx): void => {
    first(tx);
    second(tx);
  };

function writeOf(step: TimedStep): (tx: WriteTx) => void {
  if (!('write' in step)) throw new Error('a story step is a write');
  return step.write;
}

/** The handoff the campaign is at now, in the state the demo shows it. */
function currentHandoff(ctx: StepContext, i: number, openedAt: number): TimedStep[] {
  const { now } = ctx.input;
  const state = ctx.input.demo.current;
  const who = rolesOf(ctx.plan, i, ctx.input.people);
  const wait = OPEN_WAIT_HOURS[i] ?? OPEN_WAIT_HOURS[0]!;
  const after = (t: number) => Math.min(now, Math.max(t, openedAt + HOUR_MS));
  if (state === 'empty') return [];
  if (state === 'partial') {
    return [
      {
        at: after(Math.min(openedAt + 20 * HOUR_MS, now - 2 * HOUR_MS)),
        actor: who.r,
        write: fill(ctx, i, true),
      },
    ];
  }
  if (state === 'complete') {
    return [{ at: after(now - 20 * HOUR_MS), actor: who.r, write: fill(ctx, i, false) }];
  }
  const acknowledged = state === 'acknowledged' ? 4 : 0;
  const approvedFor = state === 'submitted' ? 0 : wait.approved + acknowledged;
  const submitAt = after(now - (wait.submitted + approvedFor) * HOUR_MS);
  const steps: TimedStep[] = [
    {
      at: submitAt,
      actor: who.r,
      write: both(fill(ctx, i, false), flowWrite(ctx, i, 'submitted', 'submitted')),
    },
  ];
  if (state === 'submitted') return steps;
  steps.push({
    at: after(now - approvedFor * HOUR_MS),
    actor: who.a,
    write: flowWrite(ctx, i, 'approved', 'approved'),
  });
  if (state === 'acknowledged') {
    steps.push({
      at: after(now - acknowledged * HOUR_MS),
      actor: who.receiver,
      write: flowWrite(ctx, i, 'acknowledged', 'acknowledged'),
    });
  }
  return steps;
}
