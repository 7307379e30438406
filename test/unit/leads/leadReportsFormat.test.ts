import { describe, expect, it } from 'vitest';
import {
  hoursText,
  lastDays,
  latestRejection,
  nextTouchDays,
  nextTouchText,
  rangeOfDays,
  weekLabel,
  weekOf,
  type RejectionFacts,
} from '../../../renderer/features/leads/leadReportsFormat';

const NOW = '2026-11-27T09:30:00.000Z'; // a Friday

describe('nextTouchText', () => {
  it.each([
    ['2026-11-27T08:00:00.000Z', true, 'Due today'],
    ['2026-11-24T12:00:00.000Z', true, 'Due — 3 days overdue (2026-11-24)'],
    ['2026-11-26T23:00:00.000Z', true, 'Due — 1 day overdue (2026-11-26)'],
    ['2026-11-27T18:00:00.000Z', false, 'Next touch later today (2026-11-27)'],
    ['2026-11-28T01:00:00.000Z', false, 'Next touch tomorrow (2026-11-28)'],
    ['2026-12-09T09:00:00.000Z', false, 'Next touch in 12 days (2026-12-09)'],
  ])('%s due=%s reads %s', (at, due, text) => {
    expect(nextTouchText(at, due, NOW, 'UTC')).toBe(text);
  });
});

describe('nextTouchText on the home clock', () => {
  it('counts days in the home zone, not UTC', () => {
    // 23:30 in New York on Thursday the 26th is already Friday in UTC.
    const now = '2026-11-27T04:30:00.000Z';
    expect(nextTouchText('2026-11-27T15:00:00.000Z', false, now, 'America/New_York')).toBe(
      'Next touch tomorrow (2026-11-27)',
    );
    expect(nextTouchText('2026-11-27T15:00:00.000Z', false, now, 'UTC')).toBe(
      'Next touch later today (2026-11-27)',
    );
  });
});

describe('hoursText', () => {
  it.each([
    [null, '—'],
    [0, 'under 1 min'],
    [0.005, 'under 1 min'],
    [0.25, '15 min'],
    [1, '1 h'],
    [5, '5 h'],
    [47.9, '47.9 h'],
    [48, '2 days'],
    [100, '4.2 days'],
  ])('%s hours reads %s', (h, text) => {
    expect(hoursText(h)).toBe(text);
  });
});

describe('lastDays and rangeOfDays', () => {
  it('counts today as the last of the days', () => {
    expect(lastDays(NOW, 90, 'UTC')).toEqual({ fromDay: '2026-08-30', toDay: '2026-11-27' });
    expect(lastDays(NOW, 1, 'UTC')).toEqual({ fromDay: '2026-11-27', toDay: '2026-11-27' });
  });

  it('turns inclusive days into the API range [from, to)', () => {
    expect(rangeOfDays({ fromDay: '2026-11-01', toDay: '2026-11-30' }, 'UTC')).toEqual({
      ok: true,
      range: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
    });
  });

  it.each([
    [{ fromDay: '', toDay: '2026-11-30' }, 'from', 'must be a date'],
    [{ fromDay: '2026-02-30', toDay: '2026-11-30' }, 'from', 'must be a date'],
    [{ fromDay: '2026-11-01', toDay: 'soon' }, 'to', 'must be a date'],
    [{ fromDay: '2026-11-10', toDay: '2026-11-09' }, 'to', 'must be on or after From'],
  ])('refuses %o naming %s', (days, field, problem) => {
    expect(rangeOfDays(days, 'UTC')).toEqual({ ok: false, field, problem });
  });
});

describe('weeks and ranges on the home clock', () => {
  it('starts a Berlin week at its Monday midnight, an hour before UTC', () => {
    // Sunday 23:30 in UTC is already Monday in Berlin.
    const w = weekOf('2026-11-29T23:30:00.000Z', 'Europe/Berlin');
    expect(w).toEqual({
      monday: '2026-11-30',
      sunday: '2026-12-06',
      from: '2026-11-29T23:00:00.000Z',
      to: '2026-12-06T23:00:00.000Z',
    });
  });

  it('keeps a week whole across a daylight-saving change (167 hours in New York)', () => {
    const w = weekOf('2026-03-10T12:00:00.000Z', 'America/New_York');
    expect([w.monday, w.from, w.to]).toEqual([
      '2026-03-09',
      '2026-03-09T04:00:00.000Z',
      '2026-03-16T04:00:00.000Z',
    ]);
    const before = weekOf('2026-03-03T12:00:00.000Z', 'America/New_York');
    expect(Date.parse(before.to) - Date.parse(before.from)).toBe(167 * 3_600_000);
  });

  it('turns typed days into home-clock instants', () => {
    expect(rangeOfDays({ fromDay: '2026-11-01', toDay: '2026-11-30' }, 'America/New_York')).toEqual(
      {
        ok: true,
        range: { from: '2026-11-01T04:00:00.000Z', to: '2026-12-01T05:00:00.000Z' },
      },
    );
    expect(lastDays('2026-11-27T04:30:00.000Z', 1, 'America/New_York')).toEqual({
      fromDay: '2026-11-26',
      toDay: '2026-11-26',
    });
  });
});

describe('weekOf', () => {
  it.each([
    ['2026-11-27T09:30:00.000Z', 0, '2026-11-23', '2026-11-29'], // Friday
    ['2026-11-23T00:00:00.000Z', 0, '2026-11-23', '2026-11-29'], // Monday itself
    ['2026-11-29T23:59:00.000Z', 0, '2026-11-23', '2026-11-29'], // Sunday
    ['2026-11-27T09:30:00.000Z', -1, '2026-11-16', '2026-11-22'],
    ['2026-12-30T09:30:00.000Z', 1, '2027-01-04', '2027-01-10'], // across the year
  ])('%s moved %i weeks is %s to %s', (at, offset, monday, sunday) => {
    const w = weekOf(at, 'UTC', offset);
    expect([w.monday, w.sunday]).toEqual([monday, sunday]);
    expect(w.from).toBe(`${monday}T00:00:00.000Z`);
    expect(Date.parse(w.to) - Date.parse(w.from)).toBe(7 * 86_400_000);
  });

  it('says which week is this week', () => {
    expect(weekLabel(weekOf(NOW, 'UTC'), NOW, 'UTC')).toBe(
      'Week of 2026-11-23 to 2026-11-29 (this week)',
    );
    expect(weekLabel(weekOf(NOW, 'UTC', -1), NOW, 'UTC')).toBe('Week of 2026-11-16 to 2026-11-22');
  });
});

describe('latestRejection', () => {
  const h = (at: string, outcome: RejectionFacts['outcome'], extra = {}): RejectionFacts => ({
    at,
    outcome,
    reasonCode: null,
    reasonText: '',
    ...extra,
  });

  it.each<[string, RejectionFacts[], string | null]>([
    ['no handoff', [], null],
    [
      'rejected with text',
      [h('2026-11-01T00:00:00Z', 'rejected', { reasonCode: 'bad-timing', reasonText: 'Q3' })],
      'Bad timing — Q3',
    ],
    [
      'rejected, label only',
      [h('2026-11-01T00:00:00Z', 'rejected', { reasonCode: 'no-budget' })],
      'No budget',
    ],
    [
      'rejected then accepted later',
      [
        h('2026-11-01T00:00:00Z', 'rejected', { reasonCode: 'no-budget' }),
        h('2026-11-05T00:00:00Z', 'accepted'),
      ],
      null,
    ],
    [
      'the latest of two rejections, whatever the order given',
      [
        h('2026-11-09T00:00:00Z', 'rejected', { reasonCode: 'wrong-fit' }),
        h('2026-11-01T00:00:00Z', 'rejected', { reasonCode: 'no-budget' }),
      ],
      'Wrong fit',
    ],
    ['a reason lost in sync reads Other', [h('2026-11-01T00:00:00Z', 'rejected')], 'Other'],
  ])('%s', (_name, handoffs, text) => {
    expect(latestRejection(handoffs)).toBe(text);
  });
});

describe('nextTouchDays', () => {
  it.each([
    ['30', { ok: true, days: 30 }],
    [' 7 ', { ok: true, days: 7 }],
    ['365', { ok: true, days: 365 }],
    ['0', { ok: false, problem: 'must be from 1 to 365 days' }],
    ['400', { ok: false, problem: 'must be from 1 to 365 days' }],
    ['2.5', { ok: false, problem: 'must be a whole number of days' }],
    ['', { ok: false, problem: 'must be a whole number of days' }],
    ['soon', { ok: false, problem: 'must be a whole number of days' }],
  ])('%j', (text, result) => {
    expect(nextTouchDays(text)).toEqual(result);
  });
});
