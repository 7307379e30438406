import { describe, expect, it } from 'vitest';
import {
  addDays,
  localParts,
  mondayOf,
  monthGrid,
  moveByDays,
  moveToDay,
  weekDates,
} from '../../../../shared/domain/calendar';

describe('weeks start on Monday', () => {
  it.each([
    ['2026-03-16', '2026-03-16'], // a Monday
    ['2026-03-22', '2026-03-16'], // a Sunday
    ['2026-03-01', '2026-02-23'], // a Sunday across a month
    ['2027-01-01', '2026-12-28'], // a Friday across a year
  ])('the week of %s starts %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
    expect(weekDates(date)).toHaveLength(7);
    expect(weekDates(date)[0]).toBe(monday);
    expect(weekDates(date)[6]).toBe(addDays(monday, 6));
  });

  it.each([
    [2026, 3, 6, '2026-02-23', '2026-04-05'], // March 2026: starts Sunday, ends Tuesday
    [2021, 2, 4, '2021-02-01', '2021-02-28'], // Feb 2021: exactly four weeks
    [2026, 12, 5, '2026-11-30', '2027-01-03'],
    [2024, 2, 5, '2024-01-29', '2024-03-03'], // a leap February
  ])('month %i-%i has %i weeks from %s to %s', (year, month, rows, first, last) => {
    const grid = monthGrid(year, month);
    expect(grid).toHaveLength(rows);
    expect(grid[0]?.[0]).toBe(first);
    expect(grid.at(-1)?.[6]).toBe(last);
    expect(grid.flat()).toHaveLength(rows * 7);
  });
});

describe('moving an item to another day keeps its local time', () => {
  it.each([
    // Across the spring change in Berlin, 09:00 stays 09:00 (the UTC hour changes).
    [
      '2026-03-27T08:00:00.000Z',
      'Europe/Berlin',
      '2026-03-30',
      '2026-03-30T07:00:00.000Z',
      'exact',
    ],
    [
      '2026-03-30T07:00:00.000Z',
      'Europe/Berlin',
      '2026-03-27',
      '2026-03-27T08:00:00.000Z',
      'exact',
    ],
    [
      '2026-03-14T13:00:00.000Z',
      'America/New_York',
      '2026-03-07',
      '2026-03-07T14:00:00.000Z',
      'exact',
    ],
    // 02:30 moved onto the spring-forward day lands in the gap and is explained.
    ['2026-03-28T01:30:00.000Z', 'Europe/Berlin', '2026-03-29', '2026-03-29T01:30:00.000Z', 'gap'],
  ])('%s (%s) → %s = %s', (at, zone, day, expected, kind) => {
    const r = moveToDay(at, zone, day);
    expect(r.at).toBe(expected);
    expect(r.kind).toBe(kind);
    if (kind === 'exact') expect(localParts(r.at, zone).time).toBe(localParts(at, zone).time);
  });

  it('moves by whole days for the keyboard', () => {
    expect(moveByDays('2026-03-16T08:00:00.000Z', 'Europe/Berlin', 1).at).toBe(
      '2026-03-17T08:00:00.000Z',
    );
    expect(moveByDays('2026-03-16T08:00:00.000Z', 'Europe/Berlin', -1).at).toBe(
      '2026-03-15T08:00:00.000Z',
    );
    // Counted in the item's zone: 23:30 in New York is already the next day in UTC.
    expect(moveByDays('2026-03-17T03:30:00.000Z', 'America/New_York', 1).at).toBe(
      '2026-03-18T03:30:00.000Z',
    );
  });
});
