import { describe, expect, it } from 'vitest';
import { addDays, backwardPlan, type PlannedTransition } from '../../../shared/domain/backwardPlan';
import { planCampaign } from '../../../shared/domain/campaignPlan';
import { DEFAULT_STAGES } from '../../../shared/domain/stages';

const t = (toKey: string, durationDays: number, bufferDays: number): PlannedTransition => ({
  toKey,
  durationDays,
  bufferDays,
});

// The default board: strategy → creative → production → launch → live → optimization → …
const DEFAULT_TRANSITIONS = [
  t('creative', 10, 2),
  t('production', 10, 2),
  t('launch', 7, 2),
  t('live', 1, 0),
  t('optimization', 14, 0),
  t('retrospective', 14, 0),
  t('done', 7, 0),
];

describe('addDays', () => {
  it.each([
    ['2026-03-14', 1, '2026-03-15'],
    ['2026-03-14', -14, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-10-25', 1, '2026-10-26'],
  ])('%s %+d days is %s', (date, days, want) => {
    expect(addDays(date, days)).toBe(want);
  });
});

describe('backwardPlan', () => {
  it.each<{
    name: string;
    launch: string;
    transitions: PlannedTransition[];
    due: (string | null)[];
  }>([
    {
      name: 'default board: work before launch planned backwards, after launch forwards',
      launch: '2026-03-31',
      transitions: DEFAULT_TRANSITIONS,
      // production → launch: launch − 2 buffer = 03-29; creative → production: 03-29 − 7 − 2;
      // strategy → creative: 03-20 − 10 − 2; then launch + 1, + 14, + 14, + 7.
      due: [
        '2026-03-08',
        '2026-03-20',
        '2026-03-29',
        '2026-04-01',
        '2026-04-15',
        '2026-04-29',
        '2026-05-06',
      ],
    },
    {
      name: 'across a year boundary',
      launch: '2027-01-05',
      transitions: DEFAULT_TRANSITIONS,
      due: [
        '2026-12-13',
        '2026-12-25',
        '2027-01-03',
        '2027-01-06',
        '2027-01-20',
        '2027-02-03',
        '2027-02-10',
      ],
    },
    {
      name: 'launch is the first transition',
      launch: '2026-06-10',
      transitions: [t('launch', 3, 1), t('live', 2, 1)],
      due: ['2026-06-09', '2026-06-13'],
    },
    {
      name: 'zero durations and buffers: everything due at launch',
      launch: '2026-06-10',
      transitions: [t('a', 0, 0), t('launch', 0, 0), t('b', 0, 0)],
      due: ['2026-06-10', '2026-06-10', '2026-06-10'],
    },
    {
      name: 'no launch stage: nothing can be planned',
      launch: '2026-06-10',
      transitions: [t('creative', 10, 2), t('production', 10, 2)],
      due: [null, null],
    },
    { name: 'no transitions', launch: '2026-06-10', transitions: [], due: [] },
  ])('$name', ({ launch, transitions, due }) => {
    expect(backwardPlan(launch, transitions)).toEqual(due);
  });

  it('every handoff before launch leaves the later stages their full duration plus buffer', () => {
    const launch = '2026-09-15';
    const due = backwardPlan(launch, DEFAULT_TRANSITIONS);
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(due[2]!, launch)).toBe(2);
    expect(days(due[1]!, due[2]!)).toBe(7 + 2);
    expect(days(due[0]!, due[1]!)).toBe(10 + 2);
    // After launch each step gets its own duration and buffer, counted from the step before.
    for (let i = 3; i < DEFAULT_TRANSITIONS.length; i++) {
      const previous = i === 3 ? launch : due[i - 1]!;
      expect(days(previous, due[i]!)).toBe(
        DEFAULT_TRANSITIONS[i]!.durationDays + DEFAULT_TRANSITIONS[i]!.bufferDays,
      );
    }
  });

  it('moves every due date by the same amount as the launch date', () => {
    const a = backwardPlan('2026-03-31', DEFAULT_TRANSITIONS);
    const b = backwardPlan('2026-04-07', DEFAULT_TRANSITIONS);
    expect(b).toEqual(a.map((d) => addDays(d!, 7)));
  });
});

describe('planCampaign on the default board', () => {
  const stages = DEFAULT_STAGES.map((s, i) => ({ id: `s${i}`, key: s.key }));

  it('plans one handoff per transition with its template and the backward-planned date', () => {
    const plan = planCampaign(stages, '2026-03-31');
    expect(plan.map((p) => [p.fromStageId, p.toStageId])).toEqual(
      stages.slice(0, -1).map((s, i) => [s.id, stages[i + 1]!.id]),
    );
    expect(plan.map((p) => p.dueDate)).toEqual(
      backwardPlan('2026-03-31', DEFAULT_TRANSITIONS, 'business'),
    );
    expect(plan[0]!.template.id).toBe('builtin.strategy-creative');
  });

  it('has no due dates without a launch date', () => {
    expect(planCampaign(stages, null).every((p) => p.dueDate === null)).toBe(true);
  });
});
