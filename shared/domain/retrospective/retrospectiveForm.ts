import type { FieldIssue } from '../../model';

export interface RetrospectiveFormInput {
  whatWorked: string;
  whatDidNot: string;
  improvements: readonly { id: string; text: string; ownerId: string | null }[];
}

export type RetrospectiveCompleteness =
  { complete: true } | { complete: false; missing: FieldIssue[]; message: string };

/**
 * Whether a retrospective can be completed: what worked (to repeat) and what didn't (and why)
 * are written, and every process improvement has its text and an owner who carries it out.
 */
export function checkRetrospectiveComplete(
  form: RetrospectiveFormInput,
): RetrospectiveCompleteness {
  const missing: FieldIssue[] = [];
  if (form.whatWorked.trim() === '') {
    missing.push({ field: 'whatWorked', problem: 'is required: what worked, to repeat' });
  }
  if (form.whatDidNot.trim() === '') {
    missing.push({ field: 'whatDidNot', problem: "is required: what didn't work, and why" });
  }
  form.improvements.forEach((imp, i) => {
    const label = imp.text.trim() === '' ? `improvement ${i + 1}` : `“${imp.text.trim()}”`;
    if (imp.text.trim() === '') {
      missing.push({ field: `improvements.${i}.text`, problem: `${label} says nothing yet` });
    }
    if (!imp.ownerId) {
      missing.push({ field: `improvements.${i}.ownerId`, problem: `${label} needs an owner` });
    }
  });
  if (missing.length === 0) return { complete: true };
  return {
    complete: false,
    missing,
    message: `Cannot complete the retrospective: ${missing.map((m) => `${m.field} ${m.problem}`).join('; ')}`,
  };
}
