import type { FieldIssue } from '../../../shared/model';

/** A problem with a draft: `field` is the setting's path (`fitRules.1.points`), `message` says it in words. */
export interface DraftProblem {
  field: string;
  message: string;
}

/**
 * The problem shown on an input whose path is `field`: the one at that path or below it (the
 * server names `fitRules.0.values.2`; the values input is `fitRules.0.values`).
 */
export function problemAt(problems: readonly DraftProblem[], field: string): string | undefined {
  return problems.find((p) => p.field === field || p.field.startsWith(`${field}.`))?.message;
}

/** Server issues (zod paths or RULE_VIOLATION fields) as problems, each named by `where`. */
export function problemsFromIssues(
  issues: readonly FieldIssue[],
  where: (field: string) => string,
): DraftProblem[] {
  return issues.map((i) => ({ field: i.field, message: `${where(i.field)}: ${i.problem}` }));
}

/** `12`, ` -5 `, `+3` → the number; anything else (`1.5`, `ten`, empty) → null. */
export function readWholeNumber(text: string): number | null {
  const t = text.trim();
  return /^[+-]?\d+$/.test(t) ? Number(t) : null;
}

/** `2.5` or `2,5` (a decimal comma read as a point) → 2.5; anything else → null. */
export function readDecimal(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}
