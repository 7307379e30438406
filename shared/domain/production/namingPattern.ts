/**
 * A workspace's naming convention is written as a pattern of tokens and one-character
 * separators, e.g. `YYYY-MM-DD_client-campaign_asset-name_vNN.ext`.
 */
export const DEFAULT_NAMING_PATTERN = 'YYYY-MM-DD_client-campaign_asset-name_vNN.ext';

export const NAMING_TOKENS = [
  'YYYY-MM-DD',
  'YYYYMMDD',
  'client',
  'campaign',
  'asset-name',
  'vNN',
  'ext',
] as const;
export type NamingToken = (typeof NAMING_TOKENS)[number];

/** The parts of a file name, as problems and parsed names call them. */
export type NamePart = 'date' | 'client' | 'campaign' | 'asset' | 'version' | 'extension' | 'name';

export const PART_LABELS: Record<NamePart, string> = {
  date: 'date',
  client: 'client',
  campaign: 'campaign',
  asset: 'asset name',
  version: 'version',
  extension: 'extension',
  name: 'name',
};

export function partOfToken(token: NamingToken): Exclude<NamePart, 'name'> {
  switch (token) {
    case 'YYYY-MM-DD':
    case 'YYYYMMDD':
      return 'date';
    case 'client':
      return 'client';
    case 'campaign':
      return 'campaign';
    case 'asset-name':
      return 'asset';
    case 'vNN':
      return 'version';
    case 'ext':
      return 'extension';
  }
}

/** Tokens whose value is a slug of any number of words. */
export function isSlugToken(token: NamingToken): boolean {
  return token === 'client' || token === 'campaign' || token === 'asset-name';
}

export const SEPARATORS = ['_', '-', '.'] as const;
export type Separator = (typeof SEPARATORS)[number];

export type PatternItem = { kind: 'token'; token: NamingToken } | { kind: 'sep'; sep: Separator };

export interface NamingConvention {
  pattern: string;
  /** Tokens and separators in order; always ends with `.` `ext`. */
  items: PatternItem[];
}

export type PatternResult =
  { ok: true; convention: NamingConvention } | { ok: false; problems: string[] };

// Longest first, so `YYYY-MM-DD` is not read as something shorter.
const BY_LENGTH = [...NAMING_TOKENS].sort((a, b) => b.length - a.length);

/**
 * Reads a pattern. Tokens must be separated by exactly one of `_ - .` (a name could not be
 * split back into its parts otherwise), each token may appear once, `asset-name` is required
 * and the pattern ends with `.ext`.
 */
export function parseNamingPattern(pattern: string): PatternResult {
  const problems: string[] = [];
  const items: PatternItem[] = [];
  const text = pattern.trim();
  if (text === '') return { ok: false, problems: ['pattern: is empty'] };

  let i = 0;
  while (i < text.length) {
    const token = BY_LENGTH.find((t) => text.startsWith(t, i));
    if (token) {
      items.push({ kind: 'token', token });
      i += token.length;
      continue;
    }
    const ch = text[i]!;
    if ((SEPARATORS as readonly string[]).includes(ch)) {
      items.push({ kind: 'sep', sep: ch as Separator });
      i += 1;
      continue;
    }
    const word = /^[A-Za-z0-9]+/.exec(text.slice(i))?.[0];
    if (word) {
      problems.push(`pattern: unknown token '${word}' (known: ${NAMING_TOKENS.join(', ')})`);
      i += word.length;
    } else {
      problems.push(`pattern: '${ch}' is not allowed (separate tokens with _ - or .)`);
      i += 1;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return checkShape(text, items);
}

function checkShape(pattern: string, items: PatternItem[]): PatternResult {
  const problems: string[] = [];
  const tokens = items.flatMap((it) => (it.kind === 'token' ? [it.token] : []));
  for (const token of new Set(tokens)) {
    if (tokens.filter((t) => t === token).length > 1) {
      problems.push(`pattern: '${token}' appears more than once`);
    }
  }
  if (tokens.includes('YYYY-MM-DD') && tokens.includes('YYYYMMDD')) {
    problems.push('pattern: use one date token, YYYY-MM-DD or YYYYMMDD');
  }
  if (!tokens.includes('asset-name')) problems.push("pattern: needs the 'asset-name' token");
  const last = items[items.length - 1];
  const beforeLast = items[items.length - 2];
  if (last?.kind !== 'token' || last.token !== 'ext' || beforeLast?.kind !== 'sep') {
    problems.push("pattern: must end with '.ext'");
  } else if (beforeLast.sep !== '.') {
    problems.push(`pattern: the extension must follow a '.', not '${beforeLast.sep}'`);
  }
  if (items[0]?.kind === 'sep') problems.push('pattern: must start with a token, not a separator');
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1]!;
    const b = items[k]!;
    if (a.kind === 'sep' && b.kind === 'sep') {
      problems.push(`pattern: use one separator between tokens, found '${a.sep}${b.sep}'`);
    }
    if (a.kind === 'token' && b.kind === 'token') {
      problems.push(`pattern: '${a.token}' and '${b.token}' need a separator between them`);
    }
  }
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, convention: { pattern, items } };
}

/** The default convention, parsed once. */
export const DEFAULT_NAMING_CONVENTION: NamingConvention = (() => {
  const result = parseNamingPattern(DEFAULT_NAMING_PATTERN);
  if (!result.ok)
    throw new Error(`default naming pattern is broken: ${result.problems.join('; ')}`);
  return result.convention;
})();

/**
 * The pattern's name part split at its hard separators (`_` and `.`: characters no part's
 * value may contain), each group the tokens joined by `-` inside it. `client-campaign` is one
 * group of two tokens; telling them apart needs the words (and, when known, the client).
 */
export function tokenGroups(convention: NamingConvention): {
  groups: NamingToken[][];
  hardSeps: Separator[];
} {
  const stem = convention.items.slice(0, -2);
  const groups: NamingToken[][] = [[]];
  const hardSeps: Separator[] = [];
  for (const it of stem) {
    if (it.kind === 'token') groups[groups.length - 1]!.push(it.token);
    else if (it.sep !== '-') {
      hardSeps.push(it.sep);
      groups.push([]);
    }
  }
  return { groups, hardSeps };
}

/** `date_client-campaign_asset name_version`, for messages about the name's shape. */
export function describeShape(convention: NamingConvention): string {
  return convention.items
    .slice(0, -2)
    .map((it) => (it.kind === 'sep' ? it.sep : PART_LABELS[partOfToken(it.token)]))
    .join('');
}
