/**
 * Slugs are the lower-case, hyphen-separated words a file name is made of (`hero-banner`).
 * Only ASCII letters and digits survive: cloud drives and Windows mangle or refuse much else,
 * and a name that looks the same but differs in accents would not sort or search as one.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Characters Windows refuses in a file name. */
export const WINDOWS_ILLEGAL = /[<>:"/\\|?*]/g;

/** Letters Unicode does not decompose into a base letter and an accent. */
const NO_DECOMPOSITION: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** `Crème brûlée` → `Creme brulee`: accents folded, case kept. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐðþı]/g, (c) => NO_DECOMPOSITION[c] ?? c);
}

/** `Héro Banner_final!` → `hero-banner-final`. Emoji and punctuation go; words stay apart. */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What is wrong with a would-be slug, in words a person can act on ("capital letters and
 * spaces are not allowed"), or null when it is a slug. Empty text is the caller's to report.
 */
export function slugProblem(text: string): string | null {
  if (SLUG_PATTERN.test(text)) return null;
  const wrong: string[] = [];
  if (/\p{Lu}/u.test(text)) wrong.push('capital letters');
  if (/\s/.test(text)) wrong.push('spaces');
  if (/_/.test(text)) wrong.push('underscores');
  const foreign = unique(text.normalize('NFC').match(/[^\P{L}A-Za-z]/gu) ?? []);
  if (foreign.length > 0) {
    const accented = foreign.every((c) => /^[A-Za-z]+$/.test(foldAccents(c)));
    wrong.push(`${accented ? 'accented letters' : 'letters outside a–z'} (${foreign.join(' ')})`);
  }
  const illegal = unique(text.match(WINDOWS_ILLEGAL) ?? []);
  if (illegal.length > 0) {
    wrong.push(`characters Windows does not allow in file names (${illegal.join(' ')})`);
  }
  const other = unique(
    text.replace(WINDOWS_ILLEGAL, '').match(/[^\p{L}\p{M}\p{N}\s_-]/gu) ?? [],
  ).filter((c) => c !== '.');
  if (other.length > 0) wrong.push(`other characters (${other.join(' ')})`);
  if (text.includes('.')) wrong.push('dots');
  if (wrong.length > 0) return `${joinWords(wrong)} are not allowed`;
  if (/^-|-$/.test(text)) return 'must not start or end with a hyphen';
  if (text.includes('--')) return 'must not have two hyphens in a row';
  // Digits that are not ASCII (e.g. Arabic-Indic) are all that can be left.
  return 'only lower-case letters a–z, digits 0–9 and hyphens are allowed';
}

function unique(chars: readonly string[]): string[] {
  return [...new Set(chars)];
}

/** `['a', 'b', 'c']` → `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}
