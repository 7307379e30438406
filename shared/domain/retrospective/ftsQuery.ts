/** More words than this in one search box is a paste, not a query; the rest are dropped. */
export const MAX_FTS_TERMS = 12;

/**
 * Turns what a person typed into a safe FTS5 MATCH expression, or null when nothing is left to
 * search for. Only letters and digits survive (quotes, `*`, `^`, `:`, parentheses, `-` and `+`
 * are separators), each word is quoted so NEAR/AND/OR/NOT are plain words, and the last word
 * is a prefix so results follow the typing ("caf" finds "café").
 */
export function buildFtsQuery(typed: string): string | null {
  const words = typed.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words.slice(0, MAX_FTS_TERMS);
  if (terms.length === 0) return null;
  return terms.map((t, i) => (i === terms.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
}
