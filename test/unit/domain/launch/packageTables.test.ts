import { describe, expect, it } from 'vitest';
import {
  checkContingencyRows,
  checkLaunchSequenceRows,
  checkMonitoringRows,
  parseWindowHours,
} from '../../../../shared/domain/launch/packageTables';

describe('parseWindowHours', () => {
  it.each<[string | undefined, number | null]>([
    ['48', 48],
    [' 24 ', 24],
    ['48h', 48],
    ['36 hours', 36],
    ['1 hour', 1],
    ['12 hrs', 12],
    ['2 days', 48],
    ['1 day', 24],
    ['2d', 48],
    ['1.5 days', 36],
    ['1,5 d', 36],
    ['', null],
    ['  ', null],
    [undefined, null],
  ])('%j → %j', (text, hours) => {
    expect(parseWindowHours(text)).toBe(hours);
  });

  it.each(['soon', 'two days', '48 minutes', '-4', 'h48'])('%j is not a window', (text) => {
    expect(parseWindowHours(text)).toBeNaN();
  });
});

describe('checkLaunchSequenceRows', () => {
  it('checks the template table and marks issues by its column keys', () => {
    const result = checkLaunchSequenceRows(
      [
        { what: 'Social teaser', channel: 'Instagram', when: '2026-03-16T10:00:00Z', owner: 'p1' },
        { what: 'Email send', channel: 'Email', when: '2026-03-16T09:00:00Z', owner: '' },
      ],
      { launchDate: '2026-03-16', timeZone: 'UTC', now: '2026-03-13T12:00:00Z' },
    );
    expect(result.order).toEqual([1, 0]);
    expect(result.issues.map((i) => [i.row, i.field, i.message])).toEqual([
      [1, 'owner', 'Row 2: owner is not named'],
      [
        1,
        'when',
        'Row 2: when (2026-03-16T09:00:00Z) is earlier than row 1 ("Social teaser") at 2026-03-16T10:00:00Z, which is listed before it',
      ],
    ]);
  });
});

describe('checkContingencyRows', () => {
  it.each<{ name: string; rows: Record<string, string>[]; issues: [string, string][] }>([
    {
      name: 'complete',
      rows: [{ ifThis: 'Checkout errors', thenThat: 'Pause ads', owner: 'p2' }],
      issues: [],
    },
    {
      name: 'missing parts under their column keys',
      rows: [{ ifThis: 'Checkout errors' }],
      issues: [
        ['thenThat', 'Row 1: then is empty: what do we do then?'],
        ['owner', 'Row 1: owner is not named'],
      ],
    },
  ])('$name', ({ rows, issues }) => {
    expect(checkContingencyRows(rows).map((i) => [i.field, i.message])).toEqual(issues);
  });
});

describe('checkMonitoringRows', () => {
  const row = (window: string) => ({ metric: 'CPA', person: 'p3', window, threshold: 'over €40' });

  it.each<{ name: string; rows: Record<string, string>[]; issues: [number, string, string][] }>([
    { name: 'a window in hours', rows: [row('48')], issues: [] },
    { name: 'a window in days', rows: [row('2 days')], issues: [] },
    {
      name: 'a window of ten days',
      rows: [row('10 days')],
      issues: [[0, 'window', 'Row 1: window must be whole hours from 1 to 168, not 240']],
    },
    {
      name: 'an unreadable window, reported once',
      rows: [row('48'), row('after launch')],
      issues: [
        [
          1,
          'window',
          'Row 2: window must be a number of hours like 48 or 2 days, not "after launch"',
        ],
      ],
    },
    {
      name: 'missing person and window under their column keys',
      rows: [{ metric: 'CTR', threshold: 'below 1%' }],
      issues: [
        [0, 'person', 'Row 1: person is not named'],
        [0, 'window', 'Row 1: window is required'],
      ],
    },
  ])('$name', ({ rows, issues }) => {
    expect(checkMonitoringRows(rows).map((i) => [i.row, i.field, i.message])).toEqual(issues);
  });
});
