import type { HandoffTemplate, StageKey } from '../model';
import {
  addBusinessDayNumber,
  backwardPlan,
  businessDaysBetweenNumbers,
  dayNumber,
} from './backwardPlan';
import { templateForTransition } from './templates/builtin';

export interface PlanStage {
  id: string;
  key: string | null;
}

/** Per-campaign durations and buffers (working days), by the stage a handoff leaves. */
export type PlanOverrides = Readonly<
  Record<string, { durationDays: number; bufferDays: number } | undefined>
>;

/**
 * Which template a transition carries, by the stage keys it joins. The backend passes one for
 * the campaign's type that also knows the workspace's edited templates.
 */
export type TemplateChooser = (from: StageKey | null, to: StageKey | null) => HandoffTemplate;

export interface PlannedHandoff {
  fromStageId: string;
  toStageId: string;
  template: HandoffTemplate;
  durationDays: number;
  bufferDays: number;
  dueDate: string | null;
}

/**
 * Every handoff of a campaign in board order, with its template and its due date planned
 * backwards from the launch date in working days (null when there is no launch date yet).
 * Durations and buffers come from the template unless the campaign overrides them. Without a
 * chooser, the untyped built-ins (templateForTransition without a campaign type).
 */
export function planCampaign(
  stages: readonly PlanStage[],
  launchDate: string | null,
  overrides: PlanOverrides = {},
  chooseTemplate: TemplateChooser = templateForTransition,
): PlannedHandoff[] {
  const steps = stages.slice(0, -1).map((from, i) => {
    const to = stages[i + 1]!;
    const template = chooseTemplate(from.key as StageKey | null, to.key as StageKey | null);
    const own = overrides[from.id];
    return {
      from,
      to,
      template,
      durationDays: own?.durationDays ?? template.durationDays,
      bufferDays: own?.bufferDays ?? template.bufferDays,
    };
  });
  const due = launchDate
    ? backwardPlan(
        launchDate,
        steps.map((p) => ({
          toKey: p.to.key ?? '',
          durationDays: p.durationDays,
          bufferDays: p.bufferDays,
        })),
        'business',
      )
    : steps.map(() => null);
  return steps.map((p, i) => ({
    fromStageId: p.from.id,
    toStageId: p.to.id,
    template: p.template,
    durationDays: p.durationDays,
    bufferDays: p.bufferDays,
    dueDate: due[i] ?? null,
  }));
}

/**
 * Working days to spare for each handoff not yet done, if the remaining work (this stage's and
 * every stage's before it from the current one) started today. Negative slack means the plan
 * cannot be met: flagged on the card and in the panel. Null for done steps or without a date.
 */
export function planSlack(
  plan: readonly PlannedHandoff[],
  currentFromStageId: string,
  today: string,
  /** The day the campaign entered its current stage: work done since then is not counted. */
  enteredCurrentStageOn: string | null = null,
): (number | null)[] {
  const start = plan.findIndex((p) => p.fromStageId === currentFromStageId);
  // Day numbers rather than date strings: the board computes this for every card.
  const todayN = dayNumber(today);
  const elapsed = enteredCurrentStageOn
    ? Math.max(0, businessDaysBetweenNumbers(dayNumber(enteredCurrentStageOn), todayN))
    : 0;
  let work = 0;
  return plan.map((step, i) => {
    if (start < 0 || i < start) return null;
    work += i === start ? Math.max(0, step.durationDays - elapsed) : step.durationDays;
    if (!step.dueDate) return null;
    return businessDaysBetweenNumbers(addBusinessDayNumber(todayN, work), dayNumber(step.dueDate));
  });
}
