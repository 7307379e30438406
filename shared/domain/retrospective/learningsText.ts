/**
 * The chosen learnings as they go into a new campaign's brief (its Context field): one line per
 * learning so the strategist sees, and can edit, what the last campaign taught.
 */
export function learningsBriefText(learnings: readonly { title: string; body: string }[]): string {
  if (learnings.length === 0) return '';
  const lines = learnings.map((l) => {
    const body = l.body.trim().replace(/\s+/g, ' ');
    return body ? `- ${l.title.trim()}: ${body}` : `- ${l.title.trim()}`;
  });
  return ['Learnings from past campaigns:', ...lines].join('\n');
}
