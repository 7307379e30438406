import { describe, expect, it } from 'vitest';
import { parseInstant, startOfDayInZone } from '../../../../shared/domain/launch/instant';

describe('parseInstant', () => {
  it.each<[string, string | null]>([
    ['2026-03-14T09:00:00Z', '2026-03-14T09:00:00.000Z'],
    ['2026-03-14T09:00Z', '2026-03-14T09:00:00.000Z'],
    ['2026-03-14T09:00:00.250Z', '2026-03-14T09:00:00.250Z'],
    ['2026-03-14T10:00:00+01:00', '2026-03-14T09:00:00.000Z'],
    ['2026-03-14T04:00:00-05:00', '2026-03-14T09:00:00.000Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
    ['2026-03-14', null],
    ['2026-03-14T09:00:00', null],
    ['2026-03-14 09:00:00Z', null],
    ['March 14, 2026 09:00 UTC', null],
    ['2026-02-30T09:00:00Z', null],
    ['2027-02-29T09:00:00Z', null],
    ['2026-13-01T09:00:00Z', null],
    ['2026-03-14T24:00:00Z', null],
    ['2026-03-14T09:60:00Z', null],
    ['', null],
  ])('%j', (text, iso) => {
    const ms = parseInstant(text);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(iso);
  });
});

describe('startOfDayInZone', () => {
  it.each<[string, string, string]>([
    ['2026-03-14', 'UTC', '2026-03-14T00:00:00.000Z'],
    ['2026-03-14', 'Europe/Berlin', '2026-03-13T23:00:00.000Z'],
    ['2026-07-14', 'Europe/Berlin', '2026-07-13T22:00:00.000Z'],
    // Clocks go forward at 02:00 that night: midnight is still UTC+1.
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    // The day after, the offset is UTC+2.
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', 'Europe/Berlin', '2026-10-25T23:00:00.000Z'],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-11-02', 'America/New_York', '2026-11-02T05:00:00.000Z'],
    ['2026-03-14', 'Asia/Kolkata', '2026-03-13T18:30:00.000Z'],
    ['2026-03-14', 'Pacific/Auckland', '2026-03-13T11:00:00.000Z'],
    // São Paulo used to start summer time at midnight: that day had no 00:00 (kept for the rule).
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z'],
  ])('%s in %s', (date, zone, iso) => {
    expect(new Date(startOfDayInZone(date, zone)).toISOString()).toBe(iso);
  });
});
