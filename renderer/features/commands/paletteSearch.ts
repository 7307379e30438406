import type { Action } from './action';

/*
 * Palette ranking, best first. A whole-query match in the label beats a match of separate words,
 * which beats a keyword, which beats letters in order ("nc" → "New campaign"). Ties keep the
 * registry's order, so built-in commands stay above the per-campaign entries they resemble.
 */

const SCORE = {
  exact: 100,
  labelPrefix: 80,
  wordPrefix: 60,
  labelContains: 45,
  everyWord: 35,
  keyword: 25,
  letters: 10,
} as const;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Every letter of `query` appears in `text` in order. */
function inOrder(query: string, text: string): boolean {
  let i = 0;
  for (const ch of text) if (ch === query[i]) i++;
  return i === query.length;
}

/** How well `action` answers `query` (already normalized); 0 when it does not. */
export function scoreAction(action: Action, query: string): number {
  const label = normalize(action.label);
  const keywords = (action.keywords ?? []).map(normalize);
  if (label === query) return SCORE.exact;
  if (label.startsWith(query)) return SCORE.labelPrefix;
  const labelWords = words(label);
  if (labelWords.some((w) => w.startsWith(query))) return SCORE.wordPrefix;
  if (label.includes(query)) return SCORE.labelContains;
  const haystack = [label, ...keywords].join(' ');
  const queryWords = words(query);
  if (queryWords.length > 1 && queryWords.every((q) => haystack.includes(q))) {
    return SCORE.everyWord;
  }
  if (keywords.some((k) => k.startsWith(query) || k.includes(` ${query}`))) return SCORE.keyword;
  const compact = query.replace(/ /g, '');
  if (compact.length > 1 && inOrder(compact, label.replace(/ /g, ''))) return SCORE.letters;
  return 0;
}

/**
 * The palette's list for `query`: with nothing typed, every action that is not search-only in
 * registry order; otherwise the matching ones, best first.
 */
export function rankActions(actions: readonly Action[], query: string): Action[] {
  const palette = actions.filter((a) => !a.hideInPalette);
  const q = normalize(query);
  if (!q) return palette.filter((a) => !a.searchOnly);
  return palette
    .map((action, index) => ({ action, index, score: scoreAction(action, q) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.action);
}
