import type { PlanStep } from '../../../shared/model';

/** What the plan table holds while being edited: numbers as typed, launch date as typed. */
export interface PlanDraft {
  launchDate: string;
  steps: Record<string, { durationDays: string; bufferDays: string }>;
}

export function draftOf(plan: readonly PlanStep[], launchDate: string | null): PlanDraft {
  return {
    launchDate: launchDate ?? '',
    steps: Object.fromEntries(
      plan.map((p) => [
        p.fromStageId,
        { durationDays: String(p.durationDays), bufferDays: String(p.bufferDays) },
      ]),
    ),
  };
}

export function stepsChanged(plan: readonly PlanStep[], draft: PlanDraft): boolean {
  return plan.some((p) => {
    const d = draft.steps[p.fromStageId];
    return (
      d !== undefined &&
      (d.durationDays !== String(p.durationDays) || d.bufferDays !== String(p.bufferDays))
    );
  });
}

export type PlanCell = `steps.${number}.${'durationDays' | 'bufferDays'}`;

/** Labels of each editable cell, keyed like the contract's issue paths ('steps.2.bufferDays'). */
export function planCellLabels(plan: readonly PlanStep[]): Record<PlanCell, string> {
  const labels: Record<PlanCell, string> = {};
  plan.forEach((p, i) => {
    labels[`steps.${i}.durationDays`] = `Work days for ${p.name}`;
    labels[`steps.${i}.bufferDays`] = `Buffer days for ${p.name}`;
  });
  return labels;
}

/** Cells left blank: a blank is not "0 days", so it is asked for rather than guessed. */
export function blankPlanCells(plan: readonly PlanStep[], draft: PlanDraft): PlanCell[] {
  const blank: PlanCell[] = [];
  plan.forEach((p, i) => {
    const d = draft.steps[p.fromStageId];
    if (d?.durationDays.trim() === '') blank.push(`steps.${i}.durationDays`);
    if (d?.bufferDays.trim() === '') blank.push(`steps.${i}.bufferDays`);
  });
  return blank;
}

/** The steps as `campaigns.setPlan` takes them; the contract checks the numbers. */
export function planStepsInput(plan: readonly PlanStep[], draft: PlanDraft) {
  return plan.map((p) => {
    const d = draft.steps[p.fromStageId];
    return {
      fromStageId: p.fromStageId,
      durationDays: d ? Number(d.durationDays) : p.durationDays,
      bufferDays: d ? Number(d.bufferDays) : p.bufferDays,
    };
  });
}

/** How a step's slack (working days) reads: "3 days to spare", "2 days short", or nothing. */
export function slackText(step: PlanStep): { text: string; short: boolean } | null {
  if (step.done || step.slackDays === null) return null;
  const n = Math.abs(step.slackDays);
  const days = n === 1 ? '1 day' : `${n} days`;
  return step.slackDays < 0
    ? { text: `${days} short`, short: true }
    : { text: step.slackDays === 0 ? 'No slack' : `${days} to spare`, short: false };
}
