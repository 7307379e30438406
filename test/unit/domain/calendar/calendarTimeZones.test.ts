import { describe, expect, it } from 'vitest';
import {
  isKnownTimeZone,
  localParts,
  localToInstant,
  offsetMinutes,
  shortWhen,
} from '../../../../shared/domain/calendar';

describe('localParts: an instant read on a clock in a zone', () => {
  it.each([
    ['2026-03-14T09:30:00.000Z', 'UTC', '2026-03-14', '09:30', 6],
    ['2026-03-14T23:30:00.000Z', 'Europe/Berlin', '2026-03-15', '00:30', 0],
    ['2026-07-01T03:00:00.000Z', 'America/New_York', '2026-06-30', '23:00', 2],
    ['2026-07-01T12:00:00.000Z', 'Asia/Kolkata', '2026-07-01', '17:30', 3],
    ['2026-03-29T01:30:00.000Z', 'Europe/Berlin', '2026-03-29', '03:30', 0],
  ])('%s in %s → %s %s', (instant, zone, date, time, weekday) => {
    expect(localParts(instant, zone)).toEqual({ date, time, weekday });
  });

  it('names a time as weekday and clock time', () => {
    expect(shortWhen('2026-03-16T08:00:00.000Z', 'Europe/Berlin')).toBe('Mon 09:00');
  });

  it('offsets follow daylight saving', () => {
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('knows real zones and refuses made-up ones', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('localToInstant: a planned local time → the instant, DST explained', () => {
  it.each([
    // ordinary days
    ['2026-03-14', '09:30', 'UTC', '2026-03-14T09:30:00.000Z', 'exact', '09:30'],
    ['2026-01-15', '09:00', 'Europe/Berlin', '2026-01-15T08:00:00.000Z', 'exact', '09:00'],
    ['2026-07-15', '09:00', 'Europe/Berlin', '2026-07-15T07:00:00.000Z', 'exact', '09:00'],
    ['2026-07-15', '09:00', 'America/New_York', '2026-07-15T13:00:00.000Z', 'exact', '09:00'],
    // the day of the change, away from the changing hour
    ['2026-03-29', '01:59', 'Europe/Berlin', '2026-03-29T00:59:00.000Z', 'exact', '01:59'],
    ['2026-03-29', '03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z', 'exact', '03:00'],
    // spring gap: 02:30 does not exist in Berlin on 29 March 2026
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z', 'gap', '03:30'],
    ['2026-03-08', '02:15', 'America/New_York', '2026-03-08T07:15:00.000Z', 'gap', '03:15'],
    // autumn overlap: 02:30 happens twice in Berlin on 25 October 2026; the first is taken
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z', 'overlap', '02:30'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z', 'overlap', '01:30'],
    // southern hemisphere: Sydney goes forward on 4 October 2026 at 02:00
    ['2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:30:00.000Z', 'gap', '03:30'],
  ])('%s %s in %s → %s (%s, reads %s)', (date, time, zone, at, kind, localTime) => {
    const r = localToInstant(date, time, zone);
    expect(r).toMatchObject({ at, kind, localTime });
    expect(localParts(r.at, zone).time).toBe(localTime);
    expect(r.explanation === null).toBe(kind === 'exact');
  });

  it('explains a gap and an overlap in words', () => {
    expect(localToInstant('2026-03-29', '02:30', 'Europe/Berlin').explanation).toBe(
      '02:30 does not exist on 2026-03-29 in Europe/Berlin (clocks go forward); planned at 03:30 instead.',
    );
    expect(localToInstant('2026-10-25', '02:30', 'Europe/Berlin').explanation).toBe(
      '02:30 happens twice on 2026-10-25 in Europe/Berlin (clocks go back); the first one (UTC 00:30) was taken, not the second (UTC 01:30).',
    );
  });

  it.each([
    ['2026-02-30', '09:00', /^date: '2026-02-30' is not a date/],
    ['14/03/2026', '09:00', /^date: /],
    ['2026-03-14', '24:00', /^time: '24:00' is not a time/],
    ['2026-03-14', '9:00', /^time: /],
  ])('refuses %s %s naming the field', (date, time, message) => {
    expect(() => localToInstant(date, time, 'UTC')).toThrow(message);
  });
});
