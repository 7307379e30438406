import {
  DEFAULT_NAMING_CONVENTION,
  describeShape,
  isSlugToken,
  type NamePart,
  type NamingConvention,
  type NamingToken,
  PART_LABELS,
  partOfToken,
  tokenGroups,
} from './namingPattern';
import { isoDate, isRealDate } from './realDate';
import { slugProblem } from './slug';

/**
 * Longer names break on Windows once the shared folder's own path is added (260 characters in
 * all without long-path support) and are cut off in every file list.
 */
export const MAX_FILE_NAME_LENGTH = 120;

/** Longer input is reported as too long without looking at its parts. */
export const ANALYSED_LENGTH = 2 * MAX_FILE_NAME_LENGTH;

/** What the campaign knows: used to tell `acme-corp-spring` apart and to fill gaps. */
export interface NamingContext {
  /** `2026-03-14`. */
  date?: string | null;
  clientSlug?: string | null;
  campaignSlug?: string | null;
}

export interface ParsedName {
  /** Always `YYYY-MM-DD`, whichever way the pattern writes it; null when the pattern has none. */
  date: string | null;
  client: string | null;
  campaign: string | null;
  asset: string;
  version: number | null;
  extension: string;
}

export interface NameProblem {
  part: NamePart;
  problem: string;
  /** Names the part: "version: 'v3' needs two digits (v03)". */
  message: string;
}

export type NameCheck = { ok: true; parts: ParsedName } | { ok: false; problems: NameProblem[] };

export function nameProblem(part: NamePart, problem: string): NameProblem {
  return { part, problem, message: `${PART_LABELS[part]}: ${problem}` };
}

/** Checks a file name against the convention, naming each part that is wrong and how. */
export function validateFileName(
  fileName: string,
  convention: NamingConvention = DEFAULT_NAMING_CONVENTION,
  context: NamingContext = {},
): NameCheck {
  if (fileName.trim() === '') return { ok: false, problems: [nameProblem('name', 'is empty')] };
  const problems: NameProblem[] = [];
  if (fileName.length > MAX_FILE_NAME_LENGTH) {
    problems.push(
      nameProblem(
        'name',
        `${fileName.length} characters is over the ${MAX_FILE_NAME_LENGTH} limit (shorten the asset name)`,
      ),
    );
    // Sharing a long run of words among tokens tries every split: not for pasted paragraphs.
    if (fileName.length > ANALYSED_LENGTH) return { ok: false, problems };
  }

  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot + 1) : null;
  const extProblem = checkExtension(extension);
  const extIssues = extProblem ? [nameProblem('extension', extProblem)] : [];

  const values = splitParts(stem, convention, context);
  if (!values.ok) return { ok: false, problems: [...problems, ...values.problems, ...extIssues] };

  const parsed: ParsedName = {
    date: null,
    client: null,
    campaign: null,
    asset: '',
    version: null,
    extension: extension ?? '',
  };
  for (const { token, value } of values.parts) {
    const checked = checkValue(token, value);
    const part = partOfToken(token);
    if (typeof checked === 'string') {
      problems.push(nameProblem(part, checked));
      continue;
    }
    if ('date' in checked) parsed.date = checked.date;
    else if ('version' in checked) parsed.version = checked.version;
    else if (part === 'client' || part === 'campaign' || part === 'asset') parsed[part] = value;
  }
  for (const part of ['client', 'campaign'] as const) {
    const expected = context[part === 'client' ? 'clientSlug' : 'campaignSlug'];
    const actual = parsed[part];
    if (expected && actual !== null && actual !== expected) {
      const whose = part === 'client' ? "the campaign's client" : "the campaign's own slug";
      problems.push(nameProblem(part, `'${actual}' but ${whose} is '${expected}'`));
    }
  }
  problems.push(...extIssues);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parts: parsed };
}

function checkExtension(extension: string | null): string | null {
  if (extension === null) return 'missing (e.g. .psd)';
  if (extension === '') return 'missing after the dot';
  if (/^[a-z0-9]+$/.test(extension)) return null;
  if (/^[A-Za-z0-9]+$/.test(extension)) {
    return `'${extension}' must be lower-case (${extension.toLowerCase()})`;
  }
  return `'${extension}' may only have letters and digits`;
}

type SplitResult =
  | { ok: true; parts: { token: NamingToken; value: string }[] }
  | { ok: false; problems: NameProblem[] };

/** The value of each token, by the pattern's separators, before any value is checked. */
export function splitParts(
  stem: string,
  convention: NamingConvention,
  context: NamingContext,
): SplitResult {
  const { groups, hardSeps } = tokenGroups(convention);
  const hardChars = [...new Set(hardSeps)];
  const pieces = hardChars.length > 0 ? stem.split(charClass(hardChars)) : [stem];
  const foundSeps = hardChars.length > 0 ? (stem.match(charClass(hardChars, 'g')) ?? []) : [];
  const shape = describeShape(convention);
  if (pieces.length !== groups.length) {
    const seps = hardChars.map((c) => `'${c}'`).join(' and ');
    return {
      ok: false,
      problems: [
        nameProblem(
          'name',
          `has ${pieces.length} part${pieces.length === 1 ? '' : 's'} separated by ${seps} but the convention has ${groups.length} (${shape})`,
        ),
      ],
    };
  }
  if (foundSeps.join('') !== hardSeps.join('')) {
    return {
      ok: false,
      problems: [nameProblem('name', `parts must be separated as in ${shape}`)],
    };
  }
  const parts: { token: NamingToken; value: string }[] = [];
  const problems: NameProblem[] = [];
  groups.forEach((tokens, i) => {
    const assigned = assignGroup(tokens, pieces[i]!, context);
    if (Array.isArray(assigned)) parts.push(...assigned);
    else problems.push(assigned);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parts };
}

function charClass(chars: readonly string[], flags = ''): RegExp {
  return new RegExp(`[${chars.map((c) => `\\${c}`).join('')}]`, flags);
}

/** How many hyphen-separated words a token takes at least. */
function width(token: NamingToken): number {
  return token === 'YYYY-MM-DD' ? 3 : 1;
}

/**
 * Splits one group (`client-campaign`) among its tokens. Slugs contain hyphens too, so
 * `acme-corp-spring` could be acme / corp-spring or acme-corp / spring: the campaign's own
 * client and campaign slugs decide when given, otherwise earlier tokens take one word each.
 */
function assignGroup(
  tokens: readonly NamingToken[],
  text: string,
  context: NamingContext,
): { token: NamingToken; value: string }[] | NameProblem {
  if (tokens.length === 1) return [{ token: tokens[0]!, value: text }];
  const words = text.split('-');
  const minimum = tokens.reduce((n, t) => n + width(t), 0);
  const extra = words.length - minimum;
  const slugCount = tokens.filter(isSlugToken).length;
  if (extra < 0 || (extra > 0 && slugCount === 0)) {
    const last = tokens[tokens.length - 1]!;
    const groupShape = tokens.map((t) => PART_LABELS[partOfToken(t)]).join('-');
    return nameProblem(partOfToken(last), `'${text}' should be ${groupShape}`);
  }
  let best: { token: NamingToken; value: string }[] = [];
  let bestScore = -1;
  for (const shares of distributions(extra, slugCount)) {
    let w = 0;
    let s = 0;
    let score = 0;
    const values = tokens.map((token) => {
      const take = width(token) + (isSlugToken(token) ? shares[s++]! : 0);
      const value = words.slice(w, w + take).join('-');
      w += take;
      if (value !== '' && value === contextValue(token, context)) score += 1;
      return { token, value };
    });
    if (score > bestScore) {
      best = values;
      bestScore = score;
    }
  }
  return best;
}

function contextValue(token: NamingToken, context: NamingContext): string | null {
  if (token === 'client') return context.clientSlug ?? null;
  if (token === 'campaign') return context.campaignSlug ?? null;
  return null;
}

/** Every way to share `extra` words among `slots`, the later slots getting more first. */
function distributions(extra: number, slots: number): number[][] {
  if (slots === 0) return [[]];
  if (slots === 1) return [[extra]];
  const out: number[][] = [];
  for (let first = 0; first <= extra; first++) {
    for (const rest of distributions(extra - first, slots - 1)) out.push([first, ...rest]);
  }
  return out;
}

type ValueCheck = { date: string } | { version: number } | { slug: string };

/** The value's meaning, or what is wrong with it. */
export function checkValue(token: NamingToken, value: string): ValueCheck | string {
  switch (token) {
    case 'YYYY-MM-DD':
    case 'YYYYMMDD':
      return checkDate(token, value);
    case 'vNN':
      return checkVersion(value);
    case 'client':
    case 'campaign':
    case 'asset-name': {
      if (value === '') return 'missing';
      return slugProblem(value) ?? { slug: value };
    }
    case 'ext':
      return checkExtension(value) ?? { slug: value };
  }
}

/** A year-first date in any common spelling: 2026-03-14, 2026-3-14, 2026_03_14, 20260314. */
export const LOOSE_DATE =
  /(?<!\d)((?:19|20)\d\d)(?:([-_. ])(\d{1,2})\2(\d{1,2})|(\d\d)(\d\d))(?!\d)/;

function checkDate(token: 'YYYY-MM-DD' | 'YYYYMMDD', value: string): ValueCheck | string {
  const example = token === 'YYYY-MM-DD' ? '2026-03-14' : '20260314';
  if (value === '') return `missing (e.g. ${example})`;
  const strict =
    token === 'YYYY-MM-DD'
      ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
      : /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (strict) {
    const [y, m, d] = [Number(strict[1]), Number(strict[2]), Number(strict[3])];
    return isRealDate(y, m, d) ? { date: isoDate(y, m, d) } : `${value} is not a real date`;
  }
  const loose = LOOSE_DATE.exec(value);
  if (loose && loose[0] === value) {
    const y = Number(loose[1]);
    const m = Number(loose[3] ?? loose[5]);
    const d = Number(loose[4] ?? loose[6]);
    if (!isRealDate(y, m, d)) return `${value} is not a real date`;
    const written = isoDate(y, m, d);
    return `'${value}' must be written ${token} (${token === 'YYYYMMDD' ? written.replace(/-/g, '') : written})`;
  }
  return `'${value}' must be a date written ${token} (e.g. ${example})`;
}

function checkVersion(value: string): ValueCheck | string {
  if (value === '') return 'missing (e.g. v01)';
  const exact = /^v(\d{2,})$/.exec(value);
  if (exact) {
    const version = Number(exact[1]);
    return version === 0 ? `'${value}': versions start at v01` : { version };
  }
  const digits = /^[vV]?(\d+)$/.exec(value)?.[1];
  if (digits === undefined) return `'${value}' must be v followed by a number (e.g. v03)`;
  const padded = `v${digits.padStart(2, '0')}`;
  if (/^v\d$/.test(value)) return `'${value}' needs two digits (${padded})`;
  if (value.startsWith('V')) return `'${value}' must start with a lower-case v (${padded})`;
  return `'${value}' must start with v (${padded})`;
}
