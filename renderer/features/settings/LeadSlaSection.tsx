/** Placeholder until the lead settings editor lands. */
export function LeadSlaSection() {
  return null;
}
