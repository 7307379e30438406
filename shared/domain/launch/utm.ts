import { isBlank, rowList } from './rowIssue';

/** One tracked link of the Production → Launch package, as typed (a draft may lack any part). */
export interface UtmLinkInput {
  baseUrl?: string | null;
  source?: string | null;
  medium?: string | null;
  campaign?: string | null;
  content?: string | null;
  term?: string | null;
}

export const UTM_PARAMS = ['source', 'medium', 'campaign', 'content', 'term'] as const;
export type UtmParam = (typeof UTM_PARAMS)[number];
export type UtmField = 'baseUrl' | UtmParam;

const REQUIRED_PARAMS: readonly UtmParam[] = ['source', 'medium', 'campaign'];

export interface UtmProblem {
  field: UtmField;
  problem: string;
  /** Names the field: "baseUrl must start with http:// or https://". */
  message: string;
}

/** A value the builder rewrote, so the UI can show "Facebook → facebook". */
export interface UtmNormalisation {
  field: UtmParam;
  from: string;
  to: string;
  message: string;
}

/** A utm_* parameter already on the base URL that the link's own value replaces. */
export interface UtmReplaced {
  param: string;
  value: string;
}

export type UtmLinkResult =
  | {
      ok: true;
      url: string;
      /** The normalised values, only those the link has. */
      params: Partial<Record<UtmParam, string>>;
      normalised: UtmNormalisation[];
      replaced: UtmReplaced[];
    }
  | { ok: false; problems: UtmProblem[]; normalised: UtmNormalisation[] };

/**
 * The house form of a UTM value: trimmed, accents folded (é → e), lower case, each run of
 * white space one '-'. Analytics tools count "Facebook" and "facebook" as two sources, so the
 * builder writes every value one way. Other characters stay and are percent-encoded.
 */
export function normaliseUtmValue(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
}

function problem(field: UtmField, text: string): UtmProblem {
  return { field, problem: text, message: `${field} ${text}` };
}

function parseBaseUrl(raw: string): URL | UtmProblem {
  const text = raw.trim();
  if (text === '') return problem('baseUrl', 'is required');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return /^[a-z][a-z0-9+.-]*:/i.test(text)
      ? problem('baseUrl', 'is not a valid URL')
      : problem('baseUrl', `must start with http:// or https:// (e.g. https://${text})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return problem('baseUrl', `must start with http:// or https://, not ${url.protocol}`);
  }
  return url;
}

/**
 * Builds one link's full URL: the base URL's own query parameters and fragment are kept as
 * written, the five standard utm_* parameters are set (replacing any already there, so a pasted
 * link cannot carry two sources), and values are percent-encoded by URLSearchParams.
 * Other utm_* parameters (utm_id, utm_source_platform…) have no field here and are kept.
 */
export function buildUtmLink(input: UtmLinkInput): UtmLinkResult {
  const problems: UtmProblem[] = [];
  const normalised: UtmNormalisation[] = [];
  const params: Partial<Record<UtmParam, string>> = {};

  const url = parseBaseUrl(input.baseUrl ?? '');
  if (!(url instanceof URL)) problems.push(url);

  for (const field of UTM_PARAMS) {
    const raw = input[field] ?? '';
    const value = normaliseUtmValue(raw);
    if (value === '') {
      if (REQUIRED_PARAMS.includes(field)) problems.push(problem(field, 'is required'));
      continue;
    }
    params[field] = value;
    if (value !== raw) {
      normalised.push({ field, from: raw, to: value, message: `${field}: "${raw}" → "${value}"` });
    }
  }

  if (problems.length > 0 || !(url instanceof URL)) return { ok: false, problems, normalised };

  const replaced: UtmReplaced[] = [];
  const kept: string[] = [];
  // Kept piece by piece rather than through url.searchParams, which would re-encode every
  // existing parameter (a%20b becomes a+b) and change a link the client's site depends on.
  for (const piece of url.search.slice(1).split('&')) {
    if (piece === '') continue;
    const [first] = new URLSearchParams(piece);
    const [key, value] = first ?? ['', ''];
    const standard = UTM_PARAMS.some((p) => `utm_${p}` === key.toLowerCase());
    if (standard) replaced.push({ param: key, value });
    else kept.push(piece);
  }
  const utm = new URLSearchParams();
  for (const field of UTM_PARAMS) {
    const value = params[field];
    if (value !== undefined) utm.set(`utm_${field}`, value);
  }
  const query = [...kept, utm.toString()].join('&');
  url.search = `?${query}`;
  return { ok: true, url: url.href, params, normalised, replaced };
}

export type UtmSetIssueKind = 'duplicate' | 'inconsistent' | 'campaign_differs';

export interface UtmSetIssue {
  kind: UtmSetIssueKind;
  /** 0-based indices of every row involved. */
  rows: number[];
  field: UtmField | 'url';
  message: string;
}

export interface UtmSetResult {
  /** buildUtmLink of each row, in the order given. */
  links: UtmLinkResult[];
  /** Problems between rows: the same URL twice, one value written several ways. */
  issues: UtmSetIssue[];
}

/**
 * Short forms people type for the same source. Matching "fb" with "facebook" in general is
 * guesswork; these few are not.
 */
const SOURCE_ALIASES: Readonly<Record<string, string>> = {
  fb: 'facebook',
  ig: 'instagram',
  insta: 'instagram',
  li: 'linkedin',
  yt: 'youtube',
  tt: 'tiktok',
  tw: 'twitter',
};

/** Values that only differ in case and separators share a key: paid-social, paid_social, PaidSocial. */
function spellingKey(field: UtmParam, value: string): string {
  const key = value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return field === 'source' ? (SOURCE_ALIASES[key] ?? key) : key;
}

/** `"paid-social" (rows 1 and 2), "paid_social" (row 3)` for one group of spellings. */
function spellings(byValue: Map<string, number[]>): string {
  return [...byValue].map(([value, rows]) => `"${value}" (${rowList(rows)})`).join(', ');
}

/**
 * The set-level check over every link of one campaign: the same full URL built twice, one value
 * written several ways (only the spelling differs, or a known short form such as "fb"), and
 * links whose campaign value differs (they all belong to one campaign). `expectedCampaign`,
 * when given, is the value every link should carry; it is normalised like the links' values.
 */
export function checkUtmLinks(
  links: readonly UtmLinkInput[],
  expectedCampaign?: string | null,
): UtmSetResult {
  const results = links.map(buildUtmLink);
  const issues: UtmSetIssue[] = [];

  const rowsByUrl = new Map<string, number[]>();
  results.forEach((r, row) => {
    if (r.ok) rowsByUrl.set(r.url, [...(rowsByUrl.get(r.url) ?? []), row]);
  });
  for (const [url, rows] of rowsByUrl) {
    if (rows.length < 2) continue;
    issues.push({
      kind: 'duplicate',
      rows,
      field: 'url',
      message: `${capitalised(rowList(rows))} build the same URL: ${url}`,
    });
  }

  for (const field of UTM_PARAMS) {
    if (field === 'campaign') continue;
    // spelling key → (normalised value → rows)
    const groups = new Map<string, Map<string, number[]>>();
    links.forEach((link, row) => {
      const value = normaliseUtmValue(link[field] ?? '');
      if (value === '') return;
      const key = spellingKey(field, value);
      const group = groups.get(key) ?? new Map<string, number[]>();
      group.set(value, [...(group.get(value) ?? []), row]);
      groups.set(key, group);
    });
    for (const group of groups.values()) {
      if (group.size < 2) continue;
      issues.push({
        kind: 'inconsistent',
        rows: [...group.values()].flat().sort((a, b) => a - b),
        field,
        message: `${field} is written ${group.size} ways: ${spellings(group)}; use one`,
      });
    }
  }

  const campaigns = new Map<string, number[]>();
  links.forEach((link, row) => {
    const value = normaliseUtmValue(link.campaign ?? '');
    if (value !== '') campaigns.set(value, [...(campaigns.get(value) ?? []), row]);
  });
  const expected = isBlank(expectedCampaign) ? null : normaliseUtmValue(expectedCampaign!);
  if (expected !== null) {
    const off = new Map([...campaigns].filter(([value]) => value !== expected));
    if (off.size > 0) {
      issues.push({
        kind: 'campaign_differs',
        rows: [...off.values()].flat().sort((a, b) => a - b),
        field: 'campaign',
        message: `campaign should be "${expected}" on every link, not ${spellings(off)}`,
      });
    }
  } else if (campaigns.size > 1) {
    issues.push({
      kind: 'campaign_differs',
      rows: [...campaigns.values()].flat().sort((a, b) => a - b),
      field: 'campaign',
      message: `campaign differs between links of the same campaign: ${spellings(campaigns)}`,
    });
  }

  return { links: results, issues };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
