import { describe, expect, it } from 'vitest';
import {
  checkProductionTimeline,
  lastMilestoneDay,
  plannedTimeline,
  type ProductionWindow,
} from '../../../../shared/domain/production/productionTimeline';

// Friday 2026-12-18 is the hand-over to launch with 2 working days of buffer: the last day
// for a milestone is Wednesday 2026-12-16. This package is due Tuesday 2026-12-01.
const WINDOW: ProductionWindow = {
  startDate: '2026-12-01',
  handOverDate: '2026-12-18',
  bufferDays: 2,
  launchDate: '2026-12-22',
};

describe('lastMilestoneDay', () => {
  it.each([
    [WINDOW, '2026-12-16'],
    // Over a weekend: Monday minus 2 working days is the Thursday before.
    [{ ...WINDOW, handOverDate: '2026-12-21' }, '2026-12-17'],
    [{ ...WINDOW, bufferDays: 0 }, '2026-12-18'],
    [{ ...WINDOW, handOverDate: null }, null],
  ])('%o → %s', (window, expected) => {
    expect(lastMilestoneDay(window)).toBe(expected);
  });
});

describe('plannedTimeline', () => {
  it('runs from this package to the hand-over, final files on the last day that keeps the buffer', () => {
    expect(plannedTimeline(WINDOW)).toEqual([
      { milestone: 'Production starts from this package', date: '2026-12-01', owner: '' },
      { milestone: 'First versions for review', date: '2026-12-08', owner: '' },
      { milestone: 'Final files approved', date: '2026-12-16', owner: '' },
      { milestone: 'Hand-over to launch', date: '2026-12-18', owner: '' },
    ]);
  });

  it('is empty when nothing is planned (no launch date, so no due dates)', () => {
    expect(plannedTimeline({ ...WINDOW, startDate: null, handOverDate: null })).toEqual([]);
  });

  it('leaves out the middle milestones when the buffer eats the whole window', () => {
    expect(plannedTimeline({ ...WINDOW, startDate: '2026-12-16' }).map((r) => r.milestone)).toEqual(
      ['Production starts from this package', 'Hand-over to launch'],
    );
  });

  it('passes its own check', () => {
    expect(checkProductionTimeline(plannedTimeline(WINDOW), WINDOW)).toEqual([]);
  });
});

describe('checkProductionTimeline', () => {
  const row = (date: string, milestone = 'Final files') => ({ milestone, date, owner: 'Ana' });
  it.each([
    ['a day inside the plan', row('2026-12-10'), []],
    ['the hand-over day itself', row('2026-12-18'), []],
    [
      'inside the buffer',
      row('2026-12-17'),
      [
        'warning: Row 1: date 2026-12-17 is inside the 2 working days of buffer before the hand-over to launch on 2026-12-18 (the last day that keeps it is 2026-12-16)',
      ],
    ],
    [
      'after the hand-over',
      row('2026-12-21'),
      ['warning: Row 1: date 2026-12-21 is after the hand-over to launch on 2026-12-18'],
    ],
    [
      'after the launch',
      row('2026-12-23'),
      ['error: Row 1: date 2026-12-23 is after the launch on 2026-12-22'],
    ],
    [
      'before production starts',
      row('2026-11-30'),
      [
        'warning: Row 1: date 2026-11-30 is before production starts on 2026-12-01, when this package is due',
      ],
    ],
    [
      'not a date',
      row('next Friday'),
      ['error: Row 1: date "next Friday" is not a date (YYYY-MM-DD)'],
    ],
    [
      'an impossible date',
      row('2026-02-30'),
      ['error: Row 1: date "2026-02-30" is not a date (YYYY-MM-DD)'],
    ],
    [
      'no milestone and no date',
      { milestone: ' ', date: '' },
      ['error: Row 1: milestone is required', 'error: Row 1: date is required'],
    ],
  ])('%s', (_, r, expected) => {
    expect(checkProductionTimeline([r], WINDOW).map((i) => `${i.severity}: ${i.message}`)).toEqual(
      expected,
    );
  });

  it('checks only dates when the campaign has no plan yet', () => {
    const unplanned = { startDate: null, handOverDate: null, bufferDays: 2, launchDate: null };
    expect(checkProductionTimeline([row('2027-06-01')], unplanned)).toEqual([]);
    expect(checkProductionTimeline([row('06/01')], unplanned)).toHaveLength(1);
  });
});
