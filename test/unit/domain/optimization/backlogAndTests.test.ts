import { describe, expect, it } from 'vitest';
import {
  BUILTIN_DASHBOARD_STANDARDS,
  checkDashboardStandards,
  checkTestPlan,
  iceScore,
  sortBacklog,
  standardFor,
} from '../../../../shared/domain/optimization';
import { CAMPAIGN_TYPES } from '../../../../shared/model';

describe('iceScore', () => {
  it.each([
    [10, 10, 1, 1000],
    [1, 1, 10, 1],
    [8, 5, 3, 320],
    [5, 8, 3, 320],
  ])('impact %i × confidence %i × (11 − effort %i) = %i', (impact, confidence, effort, score) => {
    expect(iceScore({ impact, confidence, effort })).toBe(score);
  });
});

describe('sortBacklog', () => {
  it('sorts by score, then newest first', () => {
    const item = (id: string, impact: number, effort: number, createdAt: string) => ({
      id,
      impact,
      confidence: 5,
      effort,
      createdAt,
    });
    const sorted = sortBacklog([
      item('low', 2, 9, '2026-03-05T00:00:00.000Z'),
      item('old-high', 9, 2, '2026-03-01T00:00:00.000Z'),
      item('new-high', 9, 2, '2026-03-04T00:00:00.000Z'),
      item('mid', 6, 5, '2026-03-06T00:00:00.000Z'),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(['new-high', 'old-high', 'mid', 'low']);
  });
});

describe('dashboard standards', () => {
  it('has metrics for every campaign type with unique keys', () => {
    for (const type of CAMPAIGN_TYPES) expect(standardFor(null, type).length).toBeGreaterThan(0);
    expect(checkDashboardStandards(BUILTIN_DASHBOARD_STANDARDS)).toEqual([]);
  });

  it.each([
    ['email', ['delivery_rate', 'open_rate', 'click_rate', 'unsubscribe_rate']],
    ['paid_ads', ['spend', 'ctr', 'cpc', 'cpa', 'roas']],
    ['event', ['registrations', 'attendance_rate', 'leads']],
  ] as const)('%s measures %j', (type, keys) => {
    expect(standardFor(null, type).map((m) => m.key)).toEqual(keys);
  });

  it("uses the workspace's own standard for a type it set, the built-in for the others", () => {
    const own = { email: [{ ...BUILTIN_DASHBOARD_STANDARDS.email![1]!, target: 40 }] };
    expect(standardFor(own, 'email').map((m) => [m.key, m.target])).toEqual([['open_rate', 40]]);
    expect(standardFor(own, 'social')).toEqual(BUILTIN_DASHBOARD_STANDARDS.social);
  });

  it('names a key used twice', () => {
    const ctr = BUILTIN_DASHBOARD_STANDARDS.paid_ads![1]!;
    expect(checkDashboardStandards({ paid_ads: [ctr, ctr] })).toEqual([
      {
        field: 'paid_ads[1].key',
        message: "paid_ads[1].key: 'ctr' is used twice in the paid_ads standard",
      },
    ]);
  });
});

describe('checkTestPlan', () => {
  const standard = standardFor(null, 'paid_ads');
  const good = {
    hypothesis: 'A shorter headline lifts CTR on mobile',
    variants: ['Long headline', 'Short headline'],
    primaryMetric: 'ctr',
    minimumDetectableEffect: '+0.3 pt CTR',
    durationDays: 14,
  };
  it.each([
    ['a complete plan', {}, []],
    ['no hypothesis', { hypothesis: ' ' }, ['hypothesis']],
    ['one variant', { variants: ['A', ' '] }, ['variants']],
    ['the same variant twice', { variants: ['A', 'a'] }, ['variants']],
    ['a metric outside the standard', { primaryMetric: 'open_rate' }, ['primaryMetric']],
    ['no MDE', { minimumDetectableEffect: '' }, ['minimumDetectableEffect']],
    ['zero days', { durationDays: 0 }, ['durationDays']],
    ['no duration', { durationDays: null }, ['durationDays']],
  ])('%s', (_, change, fields) => {
    expect(checkTestPlan({ ...good, ...change }, standard).map((p) => p.field)).toEqual(fields);
  });
});
