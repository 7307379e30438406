import { parseCsv } from '../csvText';

// Planning a CSV import of leads before anything is written: which column feeds which lead
// field (given, or guessed from the header), every row checked on its own (a bad email or date
// names its line and why), and duplicates by email against the workspace and within the file.
// The backend then writes exactly the good rows, in one transaction.

export const LEAD_IMPORT_FIELDS = [
  'personName',
  'company',
  'email',
  'jobTitle',
  'sourceChannel',
  'interests',
  'notes',
  'createdAt',
] as const;
export type LeadImportField = (typeof LEAD_IMPORT_FIELDS)[number];

/** Lead field → the header of the column it comes from. */
export type LeadImportMapping = Partial<Record<LeadImportField, string>>;

const HEADER_WORDS: Record<LeadImportField, readonly string[]> = {
  personName: ['name', 'full name', 'person', 'contact', 'contact name', 'lead name'],
  company: ['company', 'organisation', 'organization', 'account', 'company name'],
  email: ['email', 'e-mail', 'email address', 'mail'],
  jobTitle: ['title', 'job title', 'role', 'position'],
  sourceChannel: ['source', 'channel', 'source channel', 'lead source'],
  interests: ['interests', 'interest', 'topics', 'products'],
  notes: ['notes', 'note', 'comments', 'comment'],
  createdAt: ['created', 'created at', 'date', 'created date', 'signup date'],
};

const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/** The mapping guessed from a header row (known words, ignoring case, spaces and underscores). */
export function guessLeadMapping(headers: readonly string[]): LeadImportMapping {
  const mapping: LeadImportMapping = {};
  for (const field of LEAD_IMPORT_FIELDS) {
    const words = new Set([...HEADER_WORDS[field], norm(field)]);
    const hit = headers.find((h) => words.has(norm(h)));
    if (hit !== undefined) mapping[field] = hit;
  }
  // "First name" + "Last name" are common; they are joined below when no name column exists.
  return mapping;
}

export interface ImportedLead {
  line: number;
  personName: string;
  company: string;
  email: string;
  emailKey: string;
  jobTitle: string;
  sourceChannel: string;
  interests: string[];
  notes: string;
  createdAt: string | null;
}

export interface LeadImportPlan {
  delimiter: string;
  headers: string[];
  mapping: LeadImportMapping;
  good: ImportedLead[];
  duplicates: { line: number; email: string; of: string }[];
  bad: { line: number; reason: string }[];
}

const EMAIL = /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[^\s@"<>,;]+$/;

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** A date (2026-03-14, 14.03.2026, 14/03/2026 or a full ISO instant) as an ISO instant, or null. */
export function parseImportDate(raw: string): string | null {
  const s = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  let iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/.exec(s);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if ((iso = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s))) {
    [d, m, y] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else return null;
  const hh = iso[4] ? Number(iso[4]) : 0;
  const mm = iso[5] ? Number(iso[5]) : 0;
  const ss = iso[6] ? Number(iso[6]) : 0;
  const t = Date.UTC(y, m - 1, d, hh, mm, ss);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return back.toISOString();
}

/**
 * Plans the import of `csvText`. `mapping` overrides the guess field by field (an empty header:
 * the field is not imported, not guessed); a mapped header that is not in the file is a problem
 * of the whole file (thrown as a message naming it). `lineOffset` is added to every line
 * number, for a slice of a bigger file (see csvSlices.ts).
 */
export function planLeadImport(
  csvText: string,
  existingEmailKeys: ReadonlySet<string>,
  mapping?: LeadImportMapping,
  lineOffset = 0,
): LeadImportPlan {
  const table = parseCsv(csvText);
  const [head, ...sliceRows] = table.rows;
  const rows = sliceRows.map((r) => ({ ...r, line: r.line + lineOffset }));
  if (head === undefined) {
    return {
      delimiter: table.delimiter,
      headers: [],
      mapping: {},
      good: [],
      duplicates: [],
      bad: [],
    };
  }
  const headers = head.cells;
  const used: LeadImportMapping = Object.fromEntries(
    Object.entries({ ...guessLeadMapping(headers), ...(mapping ?? {}) }).filter(
      ([, h]) => h !== '',
    ),
  );
  for (const [field, header] of Object.entries(used)) {
    if (!headers.includes(header)) {
      throw new Error(
        `mapping.${field}: the file has no column '${header}' (it has ${headers.join(', ')})`,
      );
    }
  }
  const first = headers.findIndex((h) => norm(h) === 'first name');
  const last = headers.findIndex((h) => norm(h) === 'last name');
  if (used.email === undefined) {
    throw new Error(`mapping.email: no column holds the email (headers: ${headers.join(', ')})`);
  }
  const col = (field: LeadImportField): number =>
    used[field] === undefined ? -1 : headers.indexOf(used[field]);
  const cols = Object.fromEntries(LEAD_IMPORT_FIELDS.map((f) => [f, col(f)])) as Record<
    LeadImportField,
    number
  >;
  const plan: LeadImportPlan = {
    delimiter: table.delimiter,
    headers,
    mapping: used,
    good: [],
    duplicates: [],
    bad: [],
  };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const get = (field: LeadImportField): string =>
      cols[field] < 0 ? '' : (row.cells[cols[field]] ?? '');
    if (row.cells.length !== headers.length) {
      plan.bad.push({
        line: row.line,
        reason: `has ${row.cells.length} cells; the header has ${headers.length}`,
      });
      continue;
    }
    const email = get('email');
    if (email === '') {
      plan.bad.push({ line: row.line, reason: 'email is empty' });
      continue;
    }
    if (email.length > 254 || !EMAIL.test(email)) {
      plan.bad.push({ line: row.line, reason: `email '${email}' is not an email address` });
      continue;
    }
    let personName = get('personName');
    if (personName === '' && cols.personName < 0 && first >= 0) {
      personName = `${row.cells[first] ?? ''} ${last >= 0 ? (row.cells[last] ?? '') : ''}`.trim();
    }
    if (personName === '') personName = email.split('@')[0]!;
    if (personName.length > 200) {
      plan.bad.push({ line: row.line, reason: 'name is longer than 200 characters' });
      continue;
    }
    const rawDate = get('createdAt');
    const createdAt = rawDate === '' ? null : parseImportDate(rawDate);
    if (rawDate !== '' && createdAt === null) {
      plan.bad.push({
        line: row.line,
        reason: `date '${rawDate}' is not a date like 2026-03-14 or 14.03.2026`,
      });
      continue;
    }
    const key = emailKey(email);
    if (existingEmailKeys.has(key)) {
      plan.duplicates.push({ line: row.line, email, of: 'a lead already in the workspace' });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      plan.duplicates.push({ line: row.line, email, of: `line ${earlier} of this file` });
      continue;
    }
    seen.set(key, row.line);
    plan.good.push({
      line: row.line,
      personName,
      company: get('company').slice(0, 200),
      email,
      emailKey: key,
      jobTitle: get('jobTitle').slice(0, 200),
      sourceChannel: get('sourceChannel').slice(0, 200),
      interests: get('interests')
        .split(/[|,;]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .slice(0, 50),
      notes: get('notes').slice(0, 5_000),
      createdAt,
    });
  }
  return plan;
}
