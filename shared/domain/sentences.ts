/**
 * Counts sentences the way a reader would: a run of text ended by . ! ? (or the end of text).
 * Decimal points ("3.5%") and common abbreviations do not end a sentence.
 */
export function countSentences(text: string): number {
  const cleaned = text
    .replace(/\b(e\.g|i\.e|etc|vs|approx|incl|Mr|Mrs|Ms|Dr|St)\./gi, '$1')
    .replace(/(\d)\.(\d)/g, '$1$2')
    // Initialisms such as U.S. or U.K. are not sentence ends (at the very end of the text the
    // last sentence ends anyway).
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''))
    .trim();
  if (cleaned.length === 0) return 0;
  const parts = cleaned.split(/[.!?]+(?:\s+|$)/).filter((p) => /[\p{L}\p{N}]/u.test(p));
  return parts.length;
}
