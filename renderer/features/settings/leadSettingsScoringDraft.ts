import {
  TOUCH_KINDS,
  type FitRule,
  type LeadFitField,
  type LeadScoring,
  type TouchKind,
} from '../../../shared/model';
import {
  FIT_FIELD_LABELS,
  FIT_OP_LABELS,
  TOUCH_KIND_LABELS,
  type FitOp,
} from './leadSettingsLabels';
import { readDecimal, readWholeNumber, type DraftProblem } from './leadSettingsProblems';

// The lead scoring criteria as the Settings form edits them: numbers and value lists kept as
// typed so a half-typed "-1" is not lost, read back into LeadScoring on Save with every
// problem named by its rule and field.

export interface FitRuleDraft {
  /** React's key for the row; not saved. */
  key: string;
  field: LeadFitField;
  op: FitOp;
  /** The rule's values, comma-separated as typed. */
  values: string;
  points: string;
}

export interface ScoringDraft {
  fitRules: FitRuleDraft[];
  /** Empty: that kind of touch scores nothing. */
  touchPoints: Record<TouchKind, string>;
  /** Empty: touches never fade. */
  halfLifeDays: string;
  salesReadyThreshold: string;
}

export type ScoringRead =
  { ok: true; scoring: LeadScoring } | { ok: false; problems: DraftProblem[] };

const POINTS_LIMIT = 1000;
const VALUE_MAX = 200;

let counter = 0;
const nextKey = () => `fit-rule-${++counter}`;

export function emptyFitRule(): FitRuleDraft {
  return { key: nextKey(), field: 'jobTitle', op: 'contains', values: '', points: '' };
}

export function toScoringDraft(scoring: LeadScoring): ScoringDraft {
  const touchPoints = {} as Record<TouchKind, string>;
  for (const kind of TOUCH_KINDS) {
    const p = scoring.touchPoints[kind];
    touchPoints[kind] = p === undefined ? '' : String(p);
  }
  return {
    fitRules: scoring.fitRules.map((r) => ({
      key: nextKey(),
      field: r.field,
      op: r.op,
      values: r.values.join(', '),
      points: String(r.points),
    })),
    touchPoints,
    halfLifeDays: scoring.halfLifeDays === null ? '' : String(scoring.halfLifeDays),
    salesReadyThreshold: String(scoring.salesReadyThreshold),
  };
}

/** `Head, Director ,, VP` → ['Head', 'Director', 'VP']. */
export function splitValues(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** "Fit rule 2 (job title contains)": how a rule is named in problems and labels. */
export function fitRuleName(rule: Pick<FitRuleDraft, 'field' | 'op'>, index: number): string {
  return `Fit rule ${index + 1} (${FIT_FIELD_LABELS[rule.field].toLowerCase()} ${FIT_OP_LABELS[rule.op]})`;
}

const PART_WORDS: Record<string, string> = {
  field: 'field',
  op: 'condition',
  values: 'values',
  points: 'points',
};

/** Where a path of the scoring setting is on the form, in words: `fitRules.1.points` → "Fit rule 2 (…), points". */
export function scoringFieldName(field: string, draft: ScoringDraft): string {
  const rule = /^fitRules\.(\d+)(?:\.(\w+))?/.exec(field);
  if (rule) {
    const index = Number(rule[1]);
    const draftRule = draft.fitRules[index];
    const name = draftRule ? fitRuleName(draftRule, index) : `Fit rule ${index + 1}`;
    return rule[2] ? `${name}, ${PART_WORDS[rule[2]] ?? rule[2]}` : name;
  }
  const touch = /^touchPoints\.(.+)$/.exec(field);
  if (touch) {
    const kind = TOUCH_KINDS.find((k) => k === touch[1]);
    return `Points per ${kind ? TOUCH_KIND_LABELS[kind].toLowerCase() : touch[1]}`;
  }
  if (field === 'halfLifeDays') return 'Decay half-life';
  if (field === 'salesReadyThreshold') return 'Sales-ready threshold';
  return field === 'fitRules' ? 'Fit rules' : field;
}

function readPoints(text: string): number | string {
  const n = readWholeNumber(text);
  if (n === null) {
    return text.trim() === ''
      ? 'is required: a whole number of points'
      : `“${text.trim()}” is not a whole number`;
  }
  if (Math.abs(n) > POINTS_LIMIT) return `${n} is outside −${POINTS_LIMIT} … ${POINTS_LIMIT}`;
  return n;
}

/** The draft as LeadScoring, or every problem in it named by rule and field. */
export function readScoringDraft(draft: ScoringDraft): ScoringRead {
  const problems: DraftProblem[] = [];
  const problem = (field: string, what: string) =>
    problems.push({ field, message: `${scoringFieldName(field, draft)}: ${what}` });

  const fitRules: FitRule[] = draft.fitRules.map((r, i) => {
    const values = splitValues(r.values);
    if (values.length === 0) problem(`fitRules.${i}.values`, 'needs at least one value');
    const long = values.find((v) => v.length > VALUE_MAX);
    if (long)
      problem(`fitRules.${i}.values`, `“${long.slice(0, 20)}…” is over ${VALUE_MAX} characters`);
    const points = readPoints(r.points);
    if (typeof points === 'string') problem(`fitRules.${i}.points`, points);
    return { field: r.field, op: r.op, values, points: typeof points === 'number' ? points : 0 };
  });

  const touchPoints: LeadScoring['touchPoints'] = {};
  for (const kind of TOUCH_KINDS) {
    const text = draft.touchPoints[kind];
    if (text.trim() === '') continue;
    const points = readPoints(text);
    if (typeof points === 'string') problem(`touchPoints.${kind}`, points);
    else touchPoints[kind] = points;
  }

  let halfLifeDays: number | null = null;
  if (draft.halfLifeDays.trim() !== '') {
    const days = readDecimal(draft.halfLifeDays);
    if (days === null) {
      problem('halfLifeDays', `“${draft.halfLifeDays.trim()}” is not a number of days`);
    } else if (days <= 0) {
      problem('halfLifeDays', 'must be more than 0 days (leave it empty and touches never fade)');
    } else halfLifeDays = days;
  }

  const threshold = readWholeNumber(draft.salesReadyThreshold);
  if (threshold === null) {
    problem(
      'salesReadyThreshold',
      draft.salesReadyThreshold.trim() === ''
        ? 'is required: the score at which a lead is sales-ready'
        : `“${draft.salesReadyThreshold.trim()}” is not a whole number`,
    );
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    scoring: { fitRules, touchPoints, halfLifeDays, salesReadyThreshold: threshold ?? 0 },
  };
}

/** What Save says: "Saved — 312 leads re-scored". */
export function rescoredText(rescored: number): string {
  if (rescored === 0) return 'Saved — no lead’s score changed';
  return `Saved — ${rescored} ${rescored === 1 ? 'lead' : 'leads'} re-scored`;
}

function canonical(s: LeadScoring): string {
  return JSON.stringify([
    s.fitRules.map((r) => [r.field, r.op, r.values, r.points]),
    TOUCH_KINDS.map((k) => s.touchPoints[k] ?? null),
    s.halfLifeDays,
    s.salesReadyThreshold,
  ]);
}

/** Whether two criteria score alike, whatever order their keys came back from storage in. */
export function sameScoring(a: LeadScoring, b: LeadScoring): boolean {
  return canonical(a) === canonical(b);
}
