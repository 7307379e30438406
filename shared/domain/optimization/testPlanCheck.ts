import type { MetricStandard } from '../../model';

// A test plan worth running says what it expects, compares at least two variants, measures a
// metric of the campaign's dashboard standard, says the smallest effect that matters and how
// long it runs.

export interface TestPlanDraft {
  hypothesis: string;
  variants: readonly string[];
  primaryMetric: string;
  minimumDetectableEffect: string;
  durationDays: number | null;
}

export interface TestPlanProblem {
  field: string;
  problem: string;
}

export function checkTestPlan(
  plan: TestPlanDraft,
  standard: readonly MetricStandard[],
): TestPlanProblem[] {
  const problems: TestPlanProblem[] = [];
  if (plan.hypothesis.trim() === '') {
    problems.push({ field: 'hypothesis', problem: 'is required: what do you expect and why?' });
  }
  const variants = plan.variants.map((v) => v.trim()).filter((v) => v !== '');
  if (variants.length < 2) {
    problems.push({ field: 'variants', problem: 'must name at least 2 variants (A and B)' });
  } else if (new Set(variants.map((v) => v.toLowerCase())).size < variants.length) {
    problems.push({ field: 'variants', problem: 'must name each variant once' });
  }
  if (!standard.some((m) => m.key === plan.primaryMetric)) {
    problems.push({
      field: 'primaryMetric',
      problem: `must be a metric of the dashboard standard (${standard.map((m) => m.key).join(', ') || 'none'})`,
    });
  }
  if (plan.minimumDetectableEffect.trim() === '') {
    problems.push({
      field: 'minimumDetectableEffect',
      problem: 'is required: the smallest change worth acting on, like +0.5 pt CTR',
    });
  }
  if (plan.durationDays === null || plan.durationDays <= 0) {
    problems.push({ field: 'durationDays', problem: 'must be more than 0 days' });
  }
  return problems;
}

/** The finding a finished test feeds back into a review. */
export function testResultFinding(plan: { hypothesis: string; result: string }): string {
  return `Test result: ${plan.result.trim()} (hypothesis: ${plan.hypothesis.trim()})`;
}
