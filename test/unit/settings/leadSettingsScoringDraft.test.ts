import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_SCORING } from '../../../shared/domain/leads/leadScoring';
import { LeadScoring } from '../../../shared/model';
import {
  problemAt,
  problemsFromIssues,
} from '../../../renderer/features/settings/leadSettingsProblems';
import {
  emptyFitRule,
  readScoringDraft,
  rescoredText,
  sameScoring,
  scoringFieldName,
  splitValues,
  toScoringDraft,
  type ScoringDraft,
} from '../../../renderer/features/settings/leadSettingsScoringDraft';

const base = (): ScoringDraft => toScoringDraft(DEFAULT_LEAD_SCORING);

describe('lead scoring drafts', () => {
  it('the built-in criteria survive a round trip through the form unchanged and pass the schema', () => {
    const read = readScoringDraft(base());
    expect(read).toEqual({ ok: true, scoring: DEFAULT_LEAD_SCORING });
    if (read.ok) expect(LeadScoring.safeParse(read.scoring).success).toBe(true);
  });

  it('a touch kind left empty scores nothing; an empty half-life means touches never fade', () => {
    const d = base();
    d.touchPoints.webinar = ' ';
    d.halfLifeDays = '';
    const read = readScoringDraft(d);
    expect(read.ok && read.scoring.touchPoints.webinar).toBe(undefined);
    expect(read.ok && 'webinar' in read.scoring.touchPoints).toBe(false);
    expect(read.ok && read.scoring.halfLifeDays).toBe(null);
  });

  it.each([
    // [what was typed, what is saved]
    [{ halfLifeDays: '14,5' }, { halfLifeDays: 14.5 }],
    [{ salesReadyThreshold: ' 55 ' }, { salesReadyThreshold: 55 }],
    [{ salesReadyThreshold: '-5' }, { salesReadyThreshold: -5 }],
  ])('typed %j is saved as %j', (typed, saved) => {
    const read = readScoringDraft({ ...base(), ...typed });
    expect(read.ok && read.scoring).toMatchObject(saved);
  });

  it('reads a new rule’s comma-separated values and signed points', () => {
    const d = base();
    d.fitRules.push({
      ...emptyFitRule(),
      field: 'company',
      op: 'in',
      values: 'Acme, ,Globex ',
      points: '-12',
    });
    const read = readScoringDraft(d);
    expect(read.ok && read.scoring.fitRules[2]).toEqual({
      field: 'company',
      op: 'in',
      values: ['Acme', 'Globex'],
      points: -12,
    });
  });

  it.each([
    // [change, field named, message]
    [
      (d: ScoringDraft) => (d.salesReadyThreshold = 'lots'),
      'salesReadyThreshold',
      'Sales-ready threshold: “lots” is not a whole number',
    ],
    [
      (d: ScoringDraft) => (d.salesReadyThreshold = ''),
      'salesReadyThreshold',
      'Sales-ready threshold: is required: the score at which a lead is sales-ready',
    ],
    [
      (d: ScoringDraft) => (d.touchPoints.webinar = '2.5'),
      'touchPoints.webinar',
      'Points per webinar: “2.5” is not a whole number',
    ],
    [
      (d: ScoringDraft) => (d.touchPoints.call = '5000'),
      'touchPoints.call',
      'Points per call: 5000 is outside −1000 … 1000',
    ],
    [
      (d: ScoringDraft) => (d.halfLifeDays = '0'),
      'halfLifeDays',
      'Decay half-life: must be more than 0 days (leave it empty and touches never fade)',
    ],
    [
      (d: ScoringDraft) => (d.halfLifeDays = 'a month'),
      'halfLifeDays',
      'Decay half-life: “a month” is not a number of days',
    ],
    [
      (d: ScoringDraft) => (d.fitRules[1]!.values = ' , '),
      'fitRules.1.values',
      'Fit rule 2 (job title contains), values: needs at least one value',
    ],
    [
      (d: ScoringDraft) => (d.fitRules[0]!.points = 'ten'),
      'fitRules.0.points',
      'Fit rule 1 (job title contains), points: “ten” is not a whole number',
    ],
    [
      (d: ScoringDraft) => d.fitRules.push(emptyFitRule()),
      'fitRules.2.points',
      'Fit rule 3 (job title contains), points: is required: a whole number of points',
    ],
  ])('refuses %#: names %s', (edit, field, message) => {
    const d = base();
    edit(d);
    const read = readScoringDraft(d);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(problemAt(read.problems, field)).toBe(message);
  });

  it('names the server’s zod paths by rule and field, and finds them under their input', () => {
    const d = base();
    d.fitRules[1]!.op = 'equals';
    const problems = problemsFromIssues(
      [
        { field: 'fitRules.1.values.0', problem: 'must be at most 200 characters' },
        { field: 'touchPoints.email-open', problem: 'is too big' },
      ],
      (f) => scoringFieldName(f, d),
    );
    expect(problemAt(problems, 'fitRules.1.values')).toBe(
      'Fit rule 2 (job title equals), values: must be at most 200 characters',
    );
    expect(problemAt(problems, 'touchPoints.email-open')).toBe('Points per email open: is too big');
    expect(problemAt(problems, 'fitRules.1.points')).toBe(undefined);
  });

  it.each([
    ['Head, Director ,, VP', ['Head', 'Director', 'VP']],
    ['  ', []],
  ])('splits %j into %j', (text, values) => {
    expect(splitValues(text)).toEqual(values);
  });

  it.each([
    [0, 'Saved — no lead’s score changed'],
    [1, 'Saved — 1 lead re-scored'],
    [312, 'Saved — 312 leads re-scored'],
  ])('after %i re-scored leads says %s', (n, text) => {
    expect(rescoredText(n)).toBe(text);
  });

  it('criteria with keys in another order score alike; a changed point does not', () => {
    const { webinar, ...rest } = DEFAULT_LEAD_SCORING.touchPoints;
    const reordered: LeadScoring = {
      salesReadyThreshold: DEFAULT_LEAD_SCORING.salesReadyThreshold,
      halfLifeDays: DEFAULT_LEAD_SCORING.halfLifeDays,
      touchPoints: { webinar, ...rest },
      fitRules: DEFAULT_LEAD_SCORING.fitRules.map(({ points, values, op, field }) => ({
        points,
        values,
        op,
        field,
      })),
    };
    expect(sameScoring(reordered, DEFAULT_LEAD_SCORING)).toBe(true);
    expect(
      sameScoring({ ...reordered, touchPoints: { ...rest, webinar: 11 } }, DEFAULT_LEAD_SCORING),
    ).toBe(false);
  });
});
