import { describe, expect, it } from 'vitest';
import {
  computeHealth,
  DAY_MS,
  isoWeekOf,
  median,
  normaliseReason,
  painScore,
  percentile,
  reasonsOf,
  statusPeriods,
  type HealthEvent,
  type HealthHandoff,
  type HealthStatusChange,
} from '../../../shared/domain/health';
import type { HandoffEventKind, HandoffStatus } from '../../../shared/model';

// A synthetic change log with answers worked out by hand. Monday 2026-11-16 09:00 UTC is T0
// (ISO week 2026-W47); "now" is Thursday 2026-11-26 12:00 UTC (2026-W48).
const T0 = Date.parse('2026-11-16T09:00:00.000Z');
const NOW = Date.parse('2026-11-26T12:00:00.000Z');
const d = (days: number) => T0 + days * DAY_MS;

const handoff = (
  id: string,
  campaignId: string,
  type: 'sc' | 'cp',
  dueDate: string | null = null,
): HealthHandoff => ({
  id,
  campaignId,
  typeKey: type === 'sc' ? 'strategy→creative' : 'creative→production',
  typeLabel: type === 'sc' ? 'Strategy → Creative' : 'Creative → Production',
  dueDate,
});
const statuses = (handoffId: string, steps: [HandoffStatus, number][]): HealthStatusChange[] =>
  steps.map(([status, at]) => ({ handoffId, status, at }));
const event = (
  handoffId: string,
  kind: HandoffEventKind,
  at: number,
  reason: string | null = null,
  missing: string[] = [],
): HealthEvent => ({ handoffId, kind, at, reason, missing });

const handoffs = [
  handoff('a1', 'c1', 'sc', '2026-11-25'),
  handoff('a2', 'c2', 'sc'),
  handoff('b1', 'c1', 'cp', '2026-11-18'),
  handoff('b2', 'c3', 'cp', '2026-11-30'),
  handoff('b3', 'c4', 'cp'),
];
const statusChanges = [
  ...statuses('a1', [
    ['draft', d(0)],
    ['submitted', d(1)],
    ['approved', d(2)],
    ['acknowledged', d(3)],
    ['done', d(4)],
  ]),
  ...statuses('a2', [
    ['draft', d(0)],
    ['submitted', d(1)],
    ['approved', d(1.5)],
    ['acknowledged', d(2)],
  ]),
  ...statuses('b1', [
    ['draft', d(0)],
    ['submitted', d(1)],
    ['changes_requested', d(2)],
    ['submitted', d(3)],
    ['approved', d(4)],
    ['acknowledged', d(5)],
  ]),
  ...statuses('b2', [
    ['draft', d(0)],
    ['submitted', d(1)],
    ['approved', d(2)],
    ['changes_requested', d(3)],
    ['submitted', d(4)],
  ]),
  ...statuses('b3', [['draft', d(0)]]),
];
const events = [
  event('a1', 'submitted', d(1)),
  event('a1', 'approved', d(2)),
  event('a1', 'acknowledged', d(3)),
  event('a2', 'submitted', d(1)),
  event('a2', 'approved', d(1.5)),
  event('a2', 'acknowledged', d(2)),
  event('b1', 'submitted', d(1)),
  event('b1', 'changes_requested', d(2), 'Missing UTM links.'),
  event('b1', 'submitted', d(3)),
  event('b1', 'approved', d(4)),
  event('b1', 'override', d(4), 'launch cannot wait'),
  event('b1', 'acknowledged', d(5)),
  event('b2', 'submitted', d(1)),
  event('b2', 'approved', d(2)),
  event('b2', 'sent_back', d(3), '  missing utm   links', ['Final files']),
  event('b2', 'submitted', d(4)),
];

const report = computeHealth({ handoffs, statusChanges, events, now: NOW, weeks: 2 });
const byKey = (key: string) => report.types.find((t) => t.key === key)!;

describe('computeHealth on a synthetic change log', () => {
  it('names Creative → Production first: sent back every time, slowest and half overdue', () => {
    expect(report.types.map((t) => t.label)).toEqual([
      'Creative → Production',
      'Strategy → Creative',
    ]);
    expect(report.enoughHistory).toBe(true);
    const cp = byKey('creative→production');
    // p90 of [4 days, 9.125 days] = 9.125 days; 10 × 1.0; 5 × 0.5.
    expect(cp.p90WaitAfterSubmitDays).toBe(9.13);
    expect(cp.pain).toMatchObject({
      waitPoints: 9.13,
      sendBackPoints: 10,
      overduePoints: 2.5,
      score: 21.63,
    });
    expect(cp.pain.because).toMatch(/^sent back on 100% of submissions; the slowest tenth/);
    const sc = byKey('strategy→creative');
    expect(sc.p90WaitAfterSubmitDays).toBe(2);
    expect(sc.pain.score).toBe(2);
  });

  it.each([
    // status, periods, still open, median h, p90 h, slowest campaigns
    ['draft', 3, 1, 24, 243, ['c4']],
    ['submitted', 4, 1, 24, 147, ['c3']],
    ['changes_requested', 2, 0, 24, 24, ['c1', 'c3']],
    ['approved', 2, 0, 24, 24, ['c1', 'c3']],
    ['acknowledged', 1, 1, 123, 123, ['c1']],
  ] as const)(
    'Creative → Production waits at %s: %i periods (%i open), median %d h, p90 %d h',
    (status, periods, stillOpen, medianHours, p90Hours, slowest) => {
      const wait = byKey('creative→production').waits.find((w) => w.status === status)!;
      expect(wait).toMatchObject({ periods, stillOpen, medianHours, p90Hours });
      expect(wait.slowest.ids).toEqual(slowest);
    },
  );

  it('counts send-backs, their reasons, overrides and overdue handoffs with their campaigns', () => {
    const cp = byKey('creative→production');
    expect(cp.handoffs).toBe(3);
    expect(cp.submitted).toBe(2);
    expect(cp.sendBack).toMatchObject({ count: 2, of: 2, rate: 1 });
    expect(cp.sendBack.campaigns.ids).toEqual(['c1', 'c3']);
    expect(cp.topReasons).toEqual([
      { reason: 'missing utm links', count: 2, campaigns: { ids: ['c1', 'c3'], total: 2 } },
    ]);
    expect(cp.overrides).toEqual({ count: 1, campaigns: { ids: ['c1'], total: 1 } });
    // b1 was due 18 Nov and is still open; b2 is due 30 Nov; b3 has no due date.
    expect(cp.overdue).toMatchObject({ count: 1, of: 2, rate: 0.5 });
    expect(cp.overdue.campaigns.ids).toEqual(['c1']);
    const sc = byKey('strategy→creative');
    expect(sc.sendBack).toMatchObject({ count: 0, of: 2, rate: 0 });
    expect(sc.overdue).toMatchObject({ count: 0, of: 1 });
  });

  it('trends per ISO week: completed, median wait after submission, send-backs', () => {
    const sc = byKey('strategy→creative');
    expect(
      sc.trend.map((w) => [w.week, w.start, w.completed, w.medianWaitHours, w.sendBacks]),
    ).toEqual([
      ['2026-W47', '2026-11-16', 1, 18, 0],
      ['2026-W48', '2026-11-23', 0, null, 0],
    ]);
    expect(sc.trend[0]!.campaigns.ids).toEqual(['c1']);
    const cp = byKey('creative→production');
    expect(cp.trend.map((w) => [w.week, w.completed, w.medianWaitHours, w.sendBacks])).toEqual([
      ['2026-W47', 0, 24, 2],
      ['2026-W48', 0, null, 0],
    ]);
    expect(cp.trend[0]!.campaigns.ids).toEqual(['c1', 'c3']);
  });

  it('says what it does not measure yet and needs a few submitted handoffs to rank', () => {
    expect(report.notMeasured.join(' ')).toMatch(/retrospectives come later/);
    const thin = computeHealth({
      handoffs: handoffs.slice(0, 2),
      statusChanges,
      events: events.filter((e) => e.handoffId === 'a1'),
      now: NOW,
      weeks: 12,
    });
    expect(thin.enoughHistory).toBe(false);
    expect(thin.types[0]!.trend).toHaveLength(12);
    expect(thin.types[0]!.trend.at(-1)!.week).toBe('2026-W48');
  });
});

describe('statusPeriods', () => {
  it.each([
    {
      name: 'a status still current counts up to now',
      steps: [
        ['draft', 0],
        ['submitted', 2],
      ] as [HandoffStatus, number][],
      now: 5,
      periods: [
        ['draft', 0, 2, false],
        ['submitted', 2, 5, true],
      ],
    },
    {
      name: 'the same status written twice continues its period',
      steps: [
        ['draft', 0],
        ['submitted', 1],
        ['submitted', 3],
        ['approved', 4],
      ] as [HandoffStatus, number][],
      now: 10,
      periods: [
        ['draft', 0, 1, false],
        ['submitted', 1, 4, false],
        ['approved', 4, 10, true],
      ],
    },
    {
      name: 'Done ends the handoff and is not a wait',
      steps: [
        ['acknowledged', 0],
        ['done', 2],
      ] as [HandoffStatus, number][],
      now: 10,
      periods: [['acknowledged', 0, 2, false]],
    },
    {
      name: 'changes arriving out of order are read in time order',
      steps: [
        ['submitted', 3],
        ['draft', 1],
      ] as [HandoffStatus, number][],
      now: 4,
      periods: [
        ['draft', 1, 3, false],
        ['submitted', 3, 4, true],
      ],
    },
  ])('$name', ({ steps, now, periods }) => {
    const got = statusPeriods(statuses('h', steps), now);
    expect(got.map((p) => [p.status, p.from, p.to, p.open])).toEqual(periods);
  });
});

describe('median and percentile', () => {
  it.each([
    { values: [], median: null, p90: null },
    { values: [5], median: 5, p90: 5 },
    { values: [3, 1], median: 2, p90: 3 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], median: 5.5, p90: 9 },
    { values: [10, 1, 7], median: 7, p90: 10 },
  ])('$values → median $median, p90 $p90', ({ values, median: m, p90 }) => {
    expect(median(values)).toBe(m);
    expect(percentile(values, 0.9)).toBe(p90);
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-26T12:00:00.000Z', '2026-W48', '2026-11-23'],
    ['2026-11-22T23:59:59.999Z', '2026-W47', '2026-11-16'],
    ['2026-01-01T00:00:00.000Z', '2026-W01', '2025-12-29'],
    ['2027-01-01T08:00:00.000Z', '2026-W53', '2026-12-28'],
    ['2021-01-03T08:00:00.000Z', '2020-W53', '2020-12-28'],
  ])('%s is in %s (Monday %s)', (at, label, monday) => {
    const week = isoWeekOf(Date.parse(at));
    expect(week.label).toBe(label);
    expect(new Date(week.start).toISOString().slice(0, 10)).toBe(monday);
  });
});

describe('send-back reasons', () => {
  it.each([
    ['Missing UTM links.', 'missing utm links'],
    ['  missing   utm links!! ', 'missing utm links'],
    ['Legal line?', 'legal line'],
    ['', ''],
  ])('%j normalises to %j', (text, normal) => {
    expect(normaliseReason(text)).toBe(normal);
  });

  it.each([
    { reason: 'Wrong sizes', missing: ['Final files'], reasons: ['wrong sizes'] },
    { reason: null, missing: ['Final files', ' '], reasons: ['missing: final files'] },
    { reason: '  ', missing: [], reasons: [] },
  ])('$reason with missing $missing gives $reasons', ({ reason, missing, reasons }) => {
    expect(reasonsOf(event('h', 'sent_back', 0, reason, missing))).toEqual(reasons);
  });
});

describe('painScore', () => {
  it.each([
    { p90: null, sendBack: 0, overdue: 0, score: 0, because: /^no waiting/ },
    {
      p90: 3,
      sendBack: 0.5,
      overdue: 0,
      score: 8,
      because: /^sent back on 50%.*slowest tenth wait 3 days/,
    },
    {
      p90: 0.5,
      sendBack: 0,
      overdue: 1,
      score: 5.5,
      because: /^100% of handoffs with a due date are overdue; the slowest/,
    },
  ])('p90 $p90 d, send-back $sendBack, overdue $overdue → $score', (c) => {
    const pain = painScore({
      p90WaitDays: c.p90,
      sendBackRate: c.sendBack,
      overdueRate: c.overdue,
    });
    expect(pain.score).toBe(c.score);
    expect(pain.because).toMatch(c.because);
  });
});
