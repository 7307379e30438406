import type { FieldIssue } from '../../../shared/model';

const SHOWN_ISSUES = 3;

/**
 * "Strategy summary, Audience insights, Accountable and 6 more": the gate's missing items in a
 * toast-sized line. The handoff panel, opened beside it, lists them all.
 */
export function summarizeIssues(issues: readonly FieldIssue[]): string {
  const names = issues.map((i) => i.field);
  if (names.length <= SHOWN_ISSUES) return names.join(', ');
  return `${names.slice(0, SHOWN_ISSUES).join(', ')} and ${names.length - SHOWN_ISSUES} more`;
}
