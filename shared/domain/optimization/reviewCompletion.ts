// A performance review goes from "what happened" to "what we do about it": it can be completed
// only when it says what happened and every finding carries an action (a backlog item) or an
// explicit "no action, because …".

export interface FindingForCompletion {
  text: string;
  outcome: 'action' | 'no_action' | null;
  noActionReason: string;
  backlogItemId: string | null;
}

export type CompletionCheck =
  { ok: true } | { ok: false; blockers: string[]; findingsWithoutOutcome: number[] };

/** Short finding text for messages: the first 60 characters. */
function quote(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `“${t.slice(0, 57)}…”` : `“${t}”`;
}

/** Why a finding has no usable outcome yet, or null when it has one. */
export function findingBlocker(f: FindingForCompletion): string | null {
  if (f.outcome === 'action') {
    return f.backlogItemId ? null : 'its action has no backlog item';
  }
  if (f.outcome === 'no_action') {
    return f.noActionReason.trim() === '' ? 'says no action but not because of what' : null;
  }
  return 'has neither an action nor “no action, because …”';
}

export function checkReviewCompletion(review: {
  whatHappened: string;
  findings: readonly FindingForCompletion[];
}): CompletionCheck {
  const blockers: string[] = [];
  const findingsWithoutOutcome: number[] = [];
  if (review.whatHappened.trim() === '') blockers.push('“What happened” is not written yet');
  review.findings.forEach((f, i) => {
    const why = findingBlocker(f);
    if (why) {
      findingsWithoutOutcome.push(i);
      blockers.push(`Finding ${i + 1} ${quote(f.text)} ${why}`);
    }
  });
  return blockers.length === 0 ? { ok: true } : { ok: false, blockers, findingsWithoutOutcome };
}
