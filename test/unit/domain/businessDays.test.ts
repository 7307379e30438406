import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  backwardPlan,
  businessDaysBetween,
  isWeekend,
  type PlannedTransition,
} from '../../../shared/domain/backwardPlan';
import {
  planCampaign,
  planSlack,
  type PlanOverrides,
  type PlannedHandoff,
} from '../../../shared/domain/campaignPlan';
import { DEFAULT_STAGES } from '../../../shared/domain/stages';
import { GENERIC_TEMPLATE } from '../../../shared/domain/templates/builtin';

// Reference implementations: one day at a time, obviously right, too slow for 2,000 campaigns.

/** Steps day by day in the direction of `n`, counting only Monday–Friday, until `n` are counted. */
function naiveAdd(date: string, n: number): string {
  let cursor = date;
  let left = Math.abs(n);
  while (left > 0) {
    cursor = addDays(cursor, Math.sign(n));
    if (!isWeekend(cursor)) left--;
  }
  return cursor;
}

/** Working days after `from` up to and including `to`; negative when `to` is earlier. */
function naiveBetween(from: string, to: string): number {
  if (to < from) return -naiveBetween(to, from);
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (!isWeekend(d)) n++;
  return n;
}

function daysFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(start, i));
}

const weekday = (date: string) =>
  ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${date}T00:00:00Z`).getUTCDay()];

// A few months around the awkward places: a year boundary and a leap February.
const START_DAYS = [
  ...daysFrom('2026-05-25', 70),
  ...daysFrom('2026-12-14', 35),
  ...daysFrom('2028-02-14', 24),
];

describe('isWeekend', () => {
  it.each([
    ['2026-06-13', true], // Saturday
    ['2026-06-14', true], // Sunday
    ['2026-06-15', false], // Monday
    ['2026-06-19', false], // Friday
    ['2028-02-29', false], // Tuesday
  ])('%s → %s', (date, want) => {
    expect(isWeekend(date)).toBe(want);
  });
});

describe('addBusinessDays', () => {
  it.each([
    // From a weekday.
    ['2026-06-15', 1, '2026-06-16'], // Mon + 1 = Tue
    ['2026-06-19', 1, '2026-06-22'], // Fri + 1 = Mon
    ['2026-06-15', -1, '2026-06-12'], // Mon − 1 = Fri
    ['2026-06-17', 5, '2026-06-24'], // Wed + 1 week
    ['2026-06-17', -10, '2026-06-03'],
    ['2026-06-17', 0, '2026-06-17'],
    // From a weekend: forward starts on Monday, backward on Friday.
    ['2026-06-13', 1, '2026-06-15'], // Sat + 1 = Mon
    ['2026-06-14', 1, '2026-06-15'], // Sun + 1 = Mon
    ['2026-06-13', -1, '2026-06-12'], // Sat − 1 = Fri
    ['2026-06-14', -1, '2026-06-12'], // Sun − 1 = Fri
    ['2026-06-13', 5, '2026-06-19'], // Sat + 5 = Fri
    ['2026-06-14', -5, '2026-06-08'], // Sun − 5 = Mon
    ['2026-06-13', 0, '2026-06-13'], // zero days stays put, weekend or not
    // Across months and years.
    ['2026-06-30', 1, '2026-07-01'],
    ['2026-07-31', 1, '2026-08-03'], // Fri 31st → Mon 3rd
    ['2026-12-31', 1, '2027-01-01'], // Thu → Fri New Year's Day (holidays are not modelled)
    ['2027-01-01', 1, '2027-01-04'],
    ['2027-01-04', -1, '2027-01-01'],
    ['2026-12-25', 10, '2027-01-08'],
    ['2028-02-28', 1, '2028-02-29'], // leap day is a Tuesday
    ['2028-03-01', -2, '2028-02-28'],
  ])('%s %+d working days is %s', (date, days, want) => {
    expect(addBusinessDays(date, days)).toBe(want);
  });

  it('equals the day-by-day reference from every start day, for −40…40 days', () => {
    const wrong: string[] = [];
    for (const start of START_DAYS) {
      for (let n = -40; n <= 40; n++) {
        const got = addBusinessDays(start, n);
        const want = naiveAdd(start, n);
        if (got !== want) wrong.push(`${start} (${weekday(start)}) ${n}: ${got}, want ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never lands on a weekend when it moves', () => {
    for (const start of START_DAYS) {
      for (const n of [-23, -7, -5, -1, 1, 4, 5, 6, 31]) {
        expect(isWeekend(addBusinessDays(start, n)), `${start} ${n}`).toBe(false);
      }
    }
  });

  it('goes there and back from any weekday', () => {
    for (const start of START_DAYS.filter((d) => !isWeekend(d))) {
      for (const n of [1, 3, 5, 9, 22]) {
        expect(addBusinessDays(addBusinessDays(start, n), -n)).toBe(start);
        expect(businessDaysBetween(start, addBusinessDays(start, n))).toBe(n);
        expect(businessDaysBetween(start, addBusinessDays(start, -n))).toBe(-n);
      }
    }
  });
});

describe('businessDaysBetween', () => {
  const DAYS = daysFrom('2026-06-01', 50);

  it.each([
    ['2026-06-15', '2026-06-15', 0],
    ['2026-06-15', '2026-06-16', 1], // Mon → Tue
    ['2026-06-19', '2026-06-22', 1], // Fri → Mon
    ['2026-06-19', '2026-06-21', 0], // Fri → Sun: no working day in between
    ['2026-06-13', '2026-06-15', 1], // Sat → Mon
    ['2026-06-15', '2026-06-22', 5],
    ['2026-06-22', '2026-06-15', -5],
    ['2026-12-24', '2027-01-04', 7],
  ])('%s → %s is %i', (from, to, want) => {
    expect(businessDaysBetween(from, to)).toBe(want);
  });

  it('equals the day-by-day forward count and is antisymmetric, for every pair of days', () => {
    const wrong: string[] = [];
    for (const a of DAYS) {
      for (const b of DAYS) {
        const ab = businessDaysBetween(a, b);
        if (ab !== naiveBetween(a, b)) wrong.push(`${a} → ${b}: ${ab}, want ${naiveBetween(a, b)}`);
        if (ab !== -businessDaysBetween(b, a)) wrong.push(`${a} ↔ ${b} is not antisymmetric`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('adds up along the way', () => {
    for (const a of DAYS.slice(0, 10)) {
      for (const b of DAYS.slice(15, 25)) {
        for (const c of DAYS.slice(30, 40)) {
          expect(businessDaysBetween(a, b) + businessDaysBetween(b, c)).toBe(
            businessDaysBetween(a, c),
          );
        }
      }
    }
  });
});

const t = (toKey: string, durationDays: number, bufferDays: number): PlannedTransition => ({
  toKey,
  durationDays,
  bufferDays,
});

// The default board's transitions, as the built-in templates set them.
const DEFAULT_TRANSITIONS = [
  t('creative', 10, 2),
  t('production', 10, 2),
  t('launch', 7, 2),
  t('live', 1, 0),
  t('optimization', 14, 0),
  t('retrospective', 14, 0),
  t('done', 7, 0),
];
const LAUNCH_INDEX = 2;

/** Backward planning done by hand with the day-by-day reference. */
function naivePlan(launch: string, transitions: readonly PlannedTransition[]): string[] {
  const due: string[] = [];
  let cursor = launch;
  for (let i = LAUNCH_INDEX; i >= 0; i--) {
    cursor = naiveAdd(cursor, -transitions[i]!.bufferDays);
    due[i] = cursor;
    cursor = naiveAdd(cursor, -transitions[i]!.durationDays);
  }
  cursor = launch;
  for (let i = LAUNCH_INDEX + 1; i < transitions.length; i++) {
    cursor = naiveAdd(cursor, transitions[i]!.durationDays + transitions[i]!.bufferDays);
    due[i] = cursor;
  }
  return due;
}

describe('backwardPlan in working days', () => {
  it('skips weekends in durations and buffers: the default board for a Monday launch', () => {
    // Launch Mon 2026-06-15. Production → Launch: 2 working days before = Thu 06-11 (not the
    // Saturday that calendar days give). Creative → Production: 7 (production) + 2 (buffer)
    // working days before that = Fri 05-29. Strategy → Creative: 10 (creative) + 2 more =
    // Wed 05-13. After launch: +1, +14, +14, +7 working days.
    expect(backwardPlan('2026-06-15', DEFAULT_TRANSITIONS, 'business')).toEqual([
      '2026-05-13',
      '2026-05-29',
      '2026-06-11',
      '2026-06-16',
      '2026-07-06',
      '2026-07-24',
      '2026-08-04',
    ]);
    expect(backwardPlan('2026-06-15', DEFAULT_TRANSITIONS, 'calendar')[2]).toBe('2026-06-13');
  });

  it('equals the day-by-day plan for every launch day, weekends included', () => {
    for (const launch of START_DAYS) {
      expect(backwardPlan(launch, DEFAULT_TRANSITIONS, 'business'), launch).toEqual(
        naivePlan(launch, DEFAULT_TRANSITIONS),
      );
    }
  });

  it('for a weekday launch, puts every due date on a weekday, the exact working days apart', () => {
    for (const launch of START_DAYS.filter((d) => !isWeekend(d))) {
      const due = backwardPlan(launch, DEFAULT_TRANSITIONS, 'business') as string[];
      expect(due.filter(isWeekend), launch).toEqual([]);
      const T = DEFAULT_TRANSITIONS;
      expect(businessDaysBetween(due[LAUNCH_INDEX]!, launch)).toBe(T[LAUNCH_INDEX]!.bufferDays);
      for (let i = 1; i <= LAUNCH_INDEX; i++) {
        // Between two handoffs before launch: the later stage's work and the earlier buffer.
        expect(businessDaysBetween(due[i - 1]!, due[i]!)).toBe(
          T[i]!.durationDays + T[i - 1]!.bufferDays,
        );
      }
      for (let i = LAUNCH_INDEX + 1; i < T.length; i++) {
        const previous = i === LAUNCH_INDEX + 1 ? launch : due[i - 1]!;
        expect(businessDaysBetween(previous, due[i]!)).toBe(T[i]!.durationDays + T[i]!.bufferDays);
      }
    }
  });

  it('plans before-launch handoffs no later than calendar days would (weekends are not work)', () => {
    for (const launch of START_DAYS) {
      const business = backwardPlan(launch, DEFAULT_TRANSITIONS, 'business');
      const calendar = backwardPlan(launch, DEFAULT_TRANSITIONS, 'calendar');
      for (let i = 0; i <= LAUNCH_INDEX; i++) {
        expect(business[i]! <= calendar[i]!, `${launch} #${i}`).toBe(true);
      }
      for (let i = LAUNCH_INDEX + 1; i < DEFAULT_TRANSITIONS.length; i++) {
        expect(business[i]! >= calendar[i]!, `${launch} #${i}`).toBe(true);
      }
    }
  });

  it('re-plans consistently: moving launch by N working days moves every due date by N', () => {
    for (const launch of daysFrom('2026-06-01', 21).filter((d) => !isWeekend(d))) {
      const before = backwardPlan(launch, DEFAULT_TRANSITIONS, 'business') as string[];
      for (const shift of [-6, -1, 1, 3, 5, 12]) {
        const after = backwardPlan(
          addBusinessDays(launch, shift),
          DEFAULT_TRANSITIONS,
          'business',
        ) as string[];
        expect(
          before.map((d, i) => businessDaysBetween(d, after[i]!)),
          `${launch} ${shift}`,
        ).toEqual(before.map(() => shift));
      }
      // A whole week later is exactly seven calendar days later, for every handoff.
      const weekLater = backwardPlan(addDays(launch, 7), DEFAULT_TRANSITIONS, 'business');
      expect(weekLater).toEqual(before.map((d) => addDays(d, 7)));
    }
  });
});

const STAGES = DEFAULT_STAGES.map((s) => ({ id: `st-${s.key}`, key: s.key }));
const id = (key: string) => `st-${key}`;

describe('planCampaign', () => {
  it('plans in working days with the templates’ durations', () => {
    const plan = planCampaign(STAGES, '2026-06-15');
    expect(plan.map((p) => p.dueDate)).toEqual(
      backwardPlan('2026-06-15', DEFAULT_TRANSITIONS, 'business'),
    );
    expect(plan.map((p) => [p.durationDays, p.bufferDays])).toEqual(
      DEFAULT_TRANSITIONS.map((x) => [x.durationDays, x.bufferDays]),
    );
  });

  it('uses the campaign’s own durations and buffers where it has them', () => {
    const overrides: PlanOverrides = {
      [id('creative')]: { durationDays: 15, bufferDays: 3 },
      [id('production')]: { durationDays: 0, bufferDays: 0 }, // zero is a value, not "unset"
      'st-unknown': { durationDays: 99, bufferDays: 99 },
    };
    const plan = planCampaign(STAGES, '2026-06-15', overrides);
    expect(plan.map((p) => [p.fromStageId, p.durationDays, p.bufferDays])).toEqual([
      [id('strategy'), 10, 2],
      [id('creative'), 15, 3],
      [id('production'), 0, 0],
      [id('launch'), 1, 0],
      [id('live'), 14, 0],
      [id('optimization'), 14, 0],
      [id('retrospective'), 7, 0],
    ]);
    // Production → Launch is due at launch (no buffer); Creative → Production has no
    // production work after it and 3 buffer days; Strategy → Creative 15 + 2 before that.
    expect(plan.slice(0, 3).map((p) => p.dueDate)).toEqual([
      '2026-05-18', // Mon: 15 + 2 working days before Wed 06-10
      '2026-06-10', // Wed: 3 working days before Mon 06-15
      '2026-06-15',
    ]);
    expect(plan.map((p) => p.dueDate)).toEqual(
      backwardPlan(
        '2026-06-15',
        [
          t('creative', 10, 2),
          t('production', 15, 3),
          t('launch', 0, 0),
          ...DEFAULT_TRANSITIONS.slice(3),
        ],
        'business',
      ),
    );
  });

  it('re-plans when the launch date moves: every due date shifts by the same working days', () => {
    const overrides: PlanOverrides = { [id('strategy')]: { durationDays: 4, bufferDays: 1 } };
    const before = planCampaign(STAGES, '2026-09-15', overrides);
    const after = planCampaign(STAGES, '2026-09-29', overrides);
    expect(before.map((p, i) => businessDaysBetween(p.dueDate!, after[i]!.dueDate!))).toEqual(
      before.map(() => 10),
    );
    expect(after.map((p) => p.dueDate)).toEqual(before.map((p) => addDays(p.dueDate!, 14)));
  });

  it('has no due dates without a launch date, and a generic template for added stages', () => {
    const stages = [...STAGES.slice(0, 2), { id: 'st-custom', key: null }, ...STAGES.slice(2)];
    const plan = planCampaign(stages, null);
    expect(plan.every((p) => p.dueDate === null)).toBe(true);
    expect(plan[1]!.template).toBe(GENERIC_TEMPLATE);
    expect(plan[2]!.template).toBe(GENERIC_TEMPLATE);
  });
});

/** A hand-made plan: Strategy (5 working days) → Creative (3) → Production (2) → Launch. */
function handPlan(due: (string | null)[]): PlannedHandoff[] {
  const keys = ['strategy', 'creative', 'production', 'launch'];
  const durations = [5, 3, 2];
  return durations.map((durationDays, i) => ({
    fromStageId: id(keys[i]!),
    toStageId: id(keys[i + 1]!),
    template: GENERIC_TEMPLATE,
    durationDays,
    bufferDays: 0,
    dueDate: due[i] ?? null,
  }));
}

describe('planSlack', () => {
  // Today is Monday 2026-06-15. Work that starts now is counted from tomorrow: 5 working
  // days of Strategy end on Mon 06-22, then 3 of Creative on Thu 06-25, 2 of Production on Mon 06-29.
  const TODAY = '2026-06-15';

  it.each<{
    name: string;
    due: (string | null)[];
    current: string;
    entered?: string | null;
    slack: (number | null)[];
  }>([
    {
      name: 'room to spare on every step',
      due: ['2026-06-26', '2026-07-03', '2026-07-10'],
      current: 'strategy',
      slack: [4, 6, 9],
    },
    {
      name: 'exactly enough',
      due: ['2026-06-22', '2026-06-25', '2026-06-29'],
      current: 'strategy',
      slack: [0, 0, 0],
    },
    {
      name: 'negative when the remaining work cannot fit before the due dates',
      due: ['2026-06-17', '2026-06-18', '2026-06-19'],
      current: 'strategy',
      slack: [-3, -5, -6],
    },
    {
      name: 'due dates already passed',
      due: ['2026-06-01', '2026-06-05', '2026-06-10'],
      current: 'strategy',
      slack: [-15, -14, -13],
    },
    {
      name: 'days already spent in the current stage are not counted again',
      due: ['2026-06-22', '2026-06-25', '2026-06-29'],
      current: 'strategy',
      entered: '2026-06-10', // Wed: Thu, Fri and Mon are behind us, 2 days of Strategy left
      slack: [3, 3, 3],
    },
    {
      name: 'more days spent than planned leaves no work, never negative work',
      due: ['2026-06-22', '2026-06-25', '2026-06-29'],
      current: 'strategy',
      entered: '2026-05-01',
      slack: [5, 5, 5],
    },
    {
      name: 'entered in the future counts nothing spent',
      due: ['2026-06-22', '2026-06-25', '2026-06-29'],
      current: 'strategy',
      entered: '2026-06-30',
      slack: [0, 0, 0],
    },
    {
      name: 'steps already done have no slack',
      due: ['2026-06-01', '2026-06-19', '2026-06-24'],
      current: 'creative',
      slack: [null, 1, 2],
    },
    {
      name: 'steps without a due date have no slack, later ones still count their work',
      due: ['2026-06-22', null, '2026-06-29'],
      current: 'strategy',
      slack: [0, null, 0],
    },
    {
      name: 'a stage with no outgoing handoff has no slack at all',
      due: ['2026-06-22', '2026-06-25', '2026-06-29'],
      current: 'launch',
      slack: [null, null, null],
    },
  ])('$name', ({ due, current, entered = null, slack }) => {
    expect(planSlack(handPlan(due), id(current), TODAY, entered)).toEqual(slack);
  });

  it('is null everywhere without a launch date', () => {
    const plan = planCampaign(STAGES, null);
    expect(planSlack(plan, id('strategy'), TODAY)).toEqual(plan.map(() => null));
  });

  it('launch tomorrow while still in Strategy: every step before launch is negative', () => {
    const plan = planCampaign(STAGES, addDays(TODAY, 1));
    const slack = planSlack(plan, id('strategy'), TODAY, TODAY);
    expect(slack.every((s) => s !== null && s < 0)).toBe(true);
    // Strategy alone takes 10 working days and its handoff is due 2 + 7 + 2 + 10 before launch.
    expect(slack[0]).toBe(businessDaysBetween(addBusinessDays(TODAY, 10), plan[0]!.dueDate!));
  });

  it('moving the launch a week later gives every step five more working days', () => {
    const before = planSlack(planCampaign(STAGES, '2026-09-15'), id('creative'), TODAY);
    const after = planSlack(planCampaign(STAGES, '2026-09-22'), id('creative'), TODAY);
    expect(before[0]).toBeNull();
    expect(after.map((s, i) => (s === null ? null : s - before[i]!))).toEqual([
      null,
      5,
      5,
      5,
      5,
      5,
      5,
    ]);
  });

  it('matches the day-by-day reference on the default board', () => {
    const plan = planCampaign(STAGES, '2026-08-03');
    for (const today of daysFrom('2026-06-01', 30)) {
      let work = 0;
      const want = plan.map((p, i) => {
        if (i < 1) return null;
        work += p.durationDays;
        return naiveBetween(naiveAdd(today, work), p.dueDate!);
      });
      expect(planSlack(plan, id('creative'), today), today).toEqual(want);
    }
  });
});
