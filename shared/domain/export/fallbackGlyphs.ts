/** What a character the font cannot draw prints as: visible, so nothing silently disappears. */
export const FALLBACK_GLYPH = '□';

/**
 * `value` with every character `hasGlyph` rejects replaced by FALLBACK_GLYPH, and how many were.
 * Whitespace and line breaks are layout, not glyphs, so they are always kept.
 */
export function replaceMissingGlyphs(
  value: string,
  hasGlyph: (codePoint: number) => boolean,
): { text: string; replaced: number } {
  let replaced = 0;
  let text = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if (/\s/.test(ch) || hasGlyph(cp)) text += ch;
    else {
      text += FALLBACK_GLYPH;
      replaced++;
    }
  }
  return { text, replaced };
}

/**
 * A copy of `value` (plain data: objects, arrays, strings) with every string passed through
 * replaceMissingGlyphs, and the total replaced: the document then says it once, on its cover.
 */
export function withFallbackGlyphs<T>(
  value: T,
  hasGlyph: (codePoint: number) => boolean,
): { value: T; replaced: number } {
  let replaced = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = replaceMissingGlyphs(v, hasGlyph);
      replaced += r.replaced;
      return r.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  const out = walk(value) as T;
  return { value: out, replaced };
}
