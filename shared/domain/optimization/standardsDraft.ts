import type { CampaignType, MetricDirection, MetricStandard } from '../../model';

// The dashboard standards editor (Settings) edits rows as typed: a half-typed target stays
// text until saved. These rules turn the rows back into metrics, or say which row and field is
// wrong in words a person reads; the service checks again on save.

/** At most this many metrics per campaign type (the stored shape allows no more). */
export const MAX_METRICS_PER_TYPE = 30;
const MAX_TEXT = 200;

/** One metric as its row in the editor holds it. `key` is empty for a row added by hand. */
export interface MetricDraft {
  key: string;
  name: string;
  unit: string;
  direction: MetricDirection;
  target: string;
  dataSource: string;
  frequency: MetricStandard['frequency'];
}

export interface StandardsDraftProblem {
  /** `email[2].target`: the type, the row (from 0) and the field, as the service names it too. */
  field: string;
  message: string;
}

export type StandardsDraftResult =
  { ok: true; metrics: MetricStandard[] } | { ok: false; problems: StandardsDraftProblem[] };

export function toMetricDraft(m: MetricStandard): MetricDraft {
  return { ...m, target: String(m.target) };
}

/**
 * A metric key from its name: lower case letters, digits and underscores, starting with a
 * letter, unique among `taken` ("Open rate" → open_rate, a second one → open_rate_2). Figures,
 * charts and test plans refer to a metric by key, so a kept row keeps its key even if renamed.
 */
export function metricKeyFor(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  let base = /^[a-z]/.test(slug) ? slug : `metric_${slug}`.replace(/_+$/, '');
  base = base.slice(0, 36).replace(/_+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base}_${n}`;
    if (!taken.has(key)) return key;
  }
}

/** "1,5" and "1 500" as people type them; null when it is not a number. */
function readTarget(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  const normal = /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t.replace(/,/g, '');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/**
 * The rows of one campaign type's standard checked and turned into metrics: each problem names
 * the row by its metric name (or number) and the field. Names must differ within a type, as
 * two "Open rate" charts could not be told apart.
 */
export function readStandardDrafts(
  type: CampaignType,
  typeLabel: string,
  drafts: readonly MetricDraft[],
): StandardsDraftResult {
  const problems: StandardsDraftProblem[] = [];
  const say = (i: number, field: string, what: string, problem: string) =>
    problems.push({
      field: `${type}[${i}].${field}`,
      message: `${typeLabel}, ${what}: ${problem}`,
    });
  if (drafts.length > MAX_METRICS_PER_TYPE) {
    problems.push({
      field: type,
      message: `${typeLabel}: at most ${MAX_METRICS_PER_TYPE} metrics (there are ${drafts.length})`,
    });
  }
  const names = new Map<string, number>();
  const keys = new Set(drafts.map((d) => d.key).filter(Boolean));
  const metrics: MetricStandard[] = [];
  drafts.forEach((d, i) => {
    const name = d.name.trim();
    const what = name ? `metric ${i + 1} (${name})` : `metric ${i + 1}`;
    if (!name) say(i, 'name', what, 'name is required');
    else if (name.length > MAX_TEXT)
      say(i, 'name', what, `name must be at most ${MAX_TEXT} characters`);
    const folded = name.toLowerCase();
    if (name && names.has(folded)) {
      say(i, 'name', what, `name is the same as metric ${names.get(folded)! + 1}`);
    } else if (name) names.set(folded, i);
    if (d.unit.trim().length > MAX_TEXT)
      say(i, 'unit', what, `unit must be at most ${MAX_TEXT} characters`);
    if (d.dataSource.trim().length > MAX_TEXT) {
      say(i, 'dataSource', what, `data source must be at most ${MAX_TEXT} characters`);
    }
    const target = readTarget(d.target);
    if (target === null) {
      say(
        i,
        'target',
        what,
        d.target.trim() ? `target "${d.target.trim()}" is not a number` : 'target is required',
      );
    }
    const key = d.key || metricKeyFor(name || `metric ${i + 1}`, keys);
    keys.add(key);
    metrics.push({
      key,
      name,
      unit: d.unit.trim(),
      direction: d.direction,
      target: target ?? 0,
      dataSource: d.dataSource.trim(),
      frequency: d.frequency,
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, metrics };
}

/**
 * Which type and row a problem the service reported concerns: `email[2].target` (the domain's
 * own check) or `standards.email.2.target` (the input schema's path).
 */
export function standardsProblemRow(field: string): { type: string; row: number | null } | null {
  const m = /^(?:standards\.)?([a-z_]+)(?:(?:\[|\.)(\d+)\]?)?/.exec(field);
  if (!m || m[1] === 'standards') return null;
  return { type: m[1]!, row: m[2] === undefined ? null : Number(m[2]) };
}
