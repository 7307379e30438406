/** Placeholder until the lead settings editor lands. */
export function LeadScoringSection() {
  return null;
}
