import type { HandoffTemplate, StageKey } from '../model';
import { backwardPlan } from './backwardPlan';
import { templateForTransition } from './templates/builtin';

export interface PlanStage {
  id: string;
  key: string | null;
}

export interface PlannedHandoff {
  fromStageId: string;
  toStageId: string;
  template: HandoffTemplate;
  dueDate: string | null;
}

/**
 * Every handoff of a campaign in board order, with its template and its due date planned
 * backwards from the launch date (null when the campaign has no launch date yet).
 */
export function planCampaign(
  stages: readonly PlanStage[],
  launchDate: string | null,
): PlannedHandoff[] {
  const pairs = stages.slice(0, -1).map((from, i) => {
    const to = stages[i + 1]!;
    return {
      from,
      to,
      template: templateForTransition(from.key as StageKey | null, to.key as StageKey | null),
    };
  });
  const due = launchDate
    ? backwardPlan(
        launchDate,
        pairs.map((p) => ({
          toKey: p.to.key ?? '',
          durationDays: p.template.durationDays,
          bufferDays: p.template.bufferDays,
        })),
      )
    : pairs.map(() => null);
  return pairs.map((p, i) => ({
    fromStageId: p.from.id,
    toStageId: p.to.id,
    template: p.template,
    dueDate: due[i] ?? null,
  }));
}
