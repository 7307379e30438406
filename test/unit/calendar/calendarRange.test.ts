import { describe, expect, test } from 'vitest';
import {
  inMonth,
  periodFor,
  stepPeriod,
  weekdayDayMonth,
  type CalendarViewMode,
} from '../../../renderer/features/calendar/calendarRange';

describe('periodFor', () => {
  test.each<[CalendarViewMode, string, { from: string; to: string; title: string; empty: string }]>(
    [
      // November 2026 starts on a Sunday: the grid starts on Monday 26 Oct, ends Sunday 6 Dec.
      [
        'month',
        '2026-11-27',
        { from: '2026-10-26', to: '2026-12-06', title: 'November 2026', empty: 'in November' },
      ],
      // February 2027 starts on a Monday and has exactly four weeks.
      [
        'month',
        '2027-02-14',
        { from: '2027-02-01', to: '2027-02-28', title: 'February 2027', empty: 'in February' },
      ],
      [
        'list',
        '2026-11-27',
        { from: '2026-11-01', to: '2026-11-30', title: 'November 2026', empty: 'in November' },
      ],
      [
        'week',
        '2027-03-10',
        {
          from: '2027-03-08',
          to: '2027-03-14',
          title: '8–14 Mar 2027',
          empty: 'in the week of 8 Mar',
        },
      ],
      // A week across two months and two years names both ends.
      [
        'week',
        '2026-12-31',
        {
          from: '2026-12-28',
          to: '2027-01-03',
          title: '28 Dec – 3 Jan 2027',
          empty: 'in the week of 28 Dec',
        },
      ],
    ],
  )('%s around %s', (mode, anchor, want) => {
    const p = periodFor(mode, anchor);
    expect({ from: p.from, to: p.to, title: p.title, empty: p.emptyName }).toEqual(want);
  });

  test('month weeks are whole Monday-first weeks', () => {
    const { weeks } = periodFor('month', '2026-11-27');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weekdayDayMonth(weeks[0]![0]!)).toBe('Mon 26 Oct');
  });
});

describe('stepPeriod', () => {
  test.each<[CalendarViewMode, string, -1 | 1, string]>([
    ['month', '2026-11-27', 1, '2026-12-01'],
    ['month', '2026-12-15', 1, '2027-01-01'],
    ['month', '2027-01-31', -1, '2026-12-01'],
    ['list', '2026-03-31', -1, '2026-02-01'],
    ['week', '2026-11-27', 1, '2026-12-04'],
    ['week', '2026-03-02', -1, '2026-02-23'],
  ])('%s from %s by %i → %s', (mode, anchor, direction, want) => {
    expect(stepPeriod(mode, anchor, direction)).toBe(want);
  });
});

test('inMonth tells the month shown from the days around it', () => {
  expect(inMonth('2026-11-30', '2026-11-01')).toBe(true);
  expect(inMonth('2026-12-01', '2026-11-01')).toBe(false);
});
