import {
  ANALYSED_LENGTH,
  LOOSE_DATE,
  MAX_FILE_NAME_LENGTH,
  type NameProblem,
  type NamingContext,
  nameProblem,
  validateFileName,
} from './namingConvention';
import {
  DEFAULT_NAMING_CONVENTION,
  isSlugToken,
  type NamePart,
  type NamingConvention,
  type NamingToken,
  partOfToken,
  tokenGroups,
} from './namingPattern';
import { isoDate, isRealDate } from './realDate';
import { foldAccents, slugify, WINDOWS_ILLEGAL } from './slug';

export interface NameSuggestion {
  /** The name rewritten to the convention; a part it could not find keeps its token (`client`). */
  name: string;
  /** What the suggestion could not fix, each naming its part; empty when the name is valid. */
  unresolved: NameProblem[];
}

type SlugToken = 'client' | 'campaign' | 'asset-name';

/** `v3`, `V03`, `version 2`, `_v12` — the last one in the name is the file's version. */
const VERSION = /(?<![a-z0-9])v(?:ersion)?[\s_-]?(\d{1,4})(?![a-z0-9])/gi;

/**
 * Rewrites a file name to the convention: accents folded (é → e), each part a lower-case slug
 * (spaces, underscores and punctuation inside it become '-'), the version padded (v3 → v03,
 * v01 when there is none), the date written as the pattern says, the extension lower-case,
 * characters Windows refuses dropped, and the asset name shortened when the whole name would
 * pass MAX_FILE_NAME_LENGTH. Missing date, client or campaign come from the context when given.
 * A name that already follows the convention comes back unchanged.
 */
export function suggestName(
  fileName: string,
  convention: NamingConvention = DEFAULT_NAMING_CONVENTION,
  context: NamingContext = {},
): NameSuggestion {
  const tokens = convention.items.flatMap((it) => (it.kind === 'token' ? [it.token] : []));
  const hardChar = tokenGroups(convention).hardSeps[0] ?? ' ';
  const missing = new Set<NamePart>();

  let stem = foldAccents(fileName.trim()).replace(WINDOWS_ILLEGAL, ' ');
  const extMatch = /\.([A-Za-z0-9]{1,10})\s*$/.exec(stem);
  const extension = extMatch ? extMatch[1]!.toLowerCase() : '';
  if (extMatch) stem = stem.slice(0, extMatch.index);
  else missing.add('extension');

  const dateToken = tokens.find((t) => t === 'YYYY-MM-DD' || t === 'YYYYMMDD');
  let date: { y: number; m: number; d: number } | null = null;
  if (dateToken) {
    const found = findDate(stem);
    if (found) stem = cut(stem, found.index, found.length, hardChar);
    const fromContext = contextDate(context.date);
    if (found && (isRealDate(found.y, found.m, found.d) || !fromContext)) date = found;
    else date = fromContext;
    if (!date) missing.add('date');
  }

  let version = 1;
  if (tokens.includes('vNN')) {
    const found = [...stem.matchAll(VERSION)].pop();
    if (found) {
      version = Number(found[1]);
      stem = cut(stem, found.index, found[0].length, hardChar);
    }
  }

  // The result is cut to MAX_FILE_NAME_LENGTH anyway; a bound keeps the word splitting cheap.
  const slugs = findSlugs(stem.slice(0, ANALYSED_LENGTH), convention, context);
  for (const token of ['client', 'campaign', 'asset-name'] as const) {
    if (tokens.includes(token) && slugs[token] === '') missing.add(partOfToken(token));
  }

  const values = (asset: string): Record<NamingToken, string> => ({
    'YYYY-MM-DD': date ? isoDate(date.y, date.m, date.d) : 'YYYY-MM-DD',
    YYYYMMDD: date ? isoDate(date.y, date.m, date.d).replace(/-/g, '') : 'YYYYMMDD',
    client: slugs.client || 'client',
    campaign: slugs.campaign || 'campaign',
    'asset-name': asset || 'asset-name',
    vNN: `v${String(Math.max(version, 1)).padStart(2, '0')}`,
    ext: extension || 'ext',
  });
  const assemble = (asset: string): string =>
    convention.items.map((it) => (it.kind === 'sep' ? it.sep : values(asset)[it.token])).join('');

  let name = assemble(slugs['asset-name']);
  if (name.length > MAX_FILE_NAME_LENGTH) {
    const room =
      MAX_FILE_NAME_LENGTH - (name.length - values(slugs['asset-name'])['asset-name'].length);
    if (room >= 1) name = assemble(shorten(slugs['asset-name'], room));
  }
  return { name, unresolved: unresolved(name, convention, context, missing) };
}

function unresolved(
  name: string,
  convention: NamingConvention,
  context: NamingContext,
  missing: ReadonlySet<NamePart>,
): NameProblem[] {
  const problems: NameProblem[] = [...missing].map((part) => nameProblem(part, MISSING[part]));
  const check = validateFileName(name, convention, context);
  if (!check.ok) problems.push(...check.problems.filter((p) => !missing.has(p.part)));
  return problems;
}

const MISSING: Record<NamePart, string> = {
  date: 'not in the name and no date given: replace the placeholder',
  client: 'not in the name and no client given: replace the placeholder',
  campaign: 'not in the name and no campaign given: replace the placeholder',
  asset: 'nothing is left to name the asset: replace the placeholder',
  version: 'missing',
  extension: "missing: add the file's extension",
  name: 'missing',
};

/** The first year-first date in the text (month 1–12, day 1–31; it may still not exist). */
function findDate(
  text: string,
): { y: number; m: number; d: number; index: number; length: number } | null {
  const pattern = new RegExp(LOOSE_DATE.source, 'g');
  for (const match of text.matchAll(pattern)) {
    const y = Number(match[1]);
    const m = Number(match[3] ?? match[5]);
    const d = Number(match[4] ?? match[6]);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      return { y, m, d, index: match.index, length: match[0].length };
    }
  }
  return null;
}

function contextDate(date: string | null | undefined): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(y, m, d) ? { y, m, d } : null;
}

/** Removes a found part, leaving a boundary so the words on either side stay apart. */
function cut(text: string, index: number, length: number, boundary: string): string {
  return `${text.slice(0, index)}${boundary}${text.slice(index + length)}`;
}

/**
 * Finds client, campaign and asset name in what is left once date, version and extension are
 * out. In order of trust: the campaign's own client and campaign slugs at the start of the
 * name; then the pattern's separators (extra parts belong to the asset name, whose own words
 * were probably joined with '_'); otherwise all of it is the asset name.
 */
function findSlugs(
  rest: string,
  convention: NamingConvention,
  context: NamingContext,
): Record<SlugToken, string> {
  const { groups: tokenGroupList, hardSeps } = tokenGroups(convention);
  const slugGroups = tokenGroupList
    .map((g) => g.filter(isSlugToken) as SlugToken[])
    .filter((g) => g.length > 0);
  const leading = slugGroups.flat().filter((t) => t !== 'asset-name');
  const known = (t: SlugToken): string =>
    (t === 'client' ? context.clientSlug : t === 'campaign' ? context.campaignSlug : null) ?? '';
  const result: Record<SlugToken, string> = { client: '', campaign: '', 'asset-name': '' };
  const fill = (): Record<SlugToken, string> => {
    for (const t of leading) result[t] ||= known(t);
    return result;
  };

  const words = slugify(rest);
  const prefix = leading.map(known).join('-');
  if (leading.length > 0 && leading.every((t) => known(t) !== '')) {
    if (words === prefix || words.startsWith(`${prefix}-`)) {
      result['asset-name'] = words.slice(prefix.length + 1);
      return fill();
    }
  }

  const hardChars = [...new Set(hardSeps)];
  const parts = (
    hardChars.length > 0
      ? rest.split(new RegExp(`[${hardChars.map((c) => `\\${c}`).join('')}]`))
      : [rest]
  )
    // A part that was only emoji or punctuation still holds its place (it slugs to nothing).
    .filter((p) => p.trim() !== '')
    .map(slugify);
  if (parts.length < slugGroups.length) {
    result['asset-name'] = words;
    return fill();
  }
  const assetAt = slugGroups.findIndex((g) => g.includes('asset-name'));
  const after = slugGroups.length - assetAt - 1;
  const byGroup = [
    ...parts.slice(0, assetAt),
    parts
      .slice(assetAt, parts.length - after)
      .filter((p) => p !== '')
      .join('-'),
    ...parts.slice(parts.length - after),
  ];
  slugGroups.forEach((group, i) => {
    const shares = shareWords(byGroup[i]!.split('-'), group, known);
    group.forEach((t, k) => (result[t] = shares[k]!));
  });
  return fill();
}

/**
 * Shares a part's words among its tokens (`acme-spring` → acme / spring), preferring the
 * sharing that matches the campaign's own slugs, then one with no token left empty, then the
 * one giving earlier tokens fewer words.
 */
function shareWords(
  words: readonly string[],
  tokens: readonly SlugToken[],
  known: (t: SlugToken) => string,
): string[] {
  if (tokens.length === 1) return [words.join('-')];
  let best: string[] = [];
  let bestScore = -Infinity;
  for (const counts of splits(words.length, tokens.length)) {
    let w = 0;
    const values = counts.map((n) => words.slice(w, (w += n)).join('-'));
    // An empty early token costs a little more: `acme` alone is the client, not the campaign.
    const score = tokens.reduce(
      (s, t, k) =>
        s +
        (values[k] !== '' && values[k] === known(t) ? 2 : 0) -
        (values[k] === '' ? 1 + (tokens.length - k) / 100 : 0),
      0,
    );
    if (score > bestScore) {
      best = values;
      bestScore = score;
    }
  }
  return best;
}

/** Every way to cut `n` words into `slots` runs (possibly empty), earlier runs shortest first. */
function splits(n: number, slots: number): number[][] {
  if (slots === 1) return [[n]];
  const out: number[][] = [];
  for (let first = 0; first <= n; first++) {
    for (const rest of splits(n - first, slots - 1)) out.push([first, ...rest]);
  }
  return out;
}

/** The asset slug cut to `room` characters at a word boundary where one is close enough. */
function shorten(asset: string, room: number): string {
  if (asset.length <= room) return asset;
  const cutAt = asset.lastIndexOf('-', room);
  const short = cutAt >= Math.ceil(room / 2) ? asset.slice(0, cutAt) : asset.slice(0, room);
  return short.replace(/-+$/, '');
}
