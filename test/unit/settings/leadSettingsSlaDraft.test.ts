import { describe, expect, it } from 'vitest';
import { DEFAULT_LEAD_SLA } from '../../../shared/domain/leads/leadSla';
import { LeadSla } from '../../../shared/model';
import { problemAt } from '../../../renderer/features/settings/leadSettingsProblems';
import {
  readSlaDraft,
  slaFieldName,
  toSlaDraft,
  type SlaDraft,
} from '../../../renderer/features/settings/leadSettingsSlaDraft';

const withHours = (): SlaDraft => ({
  ...toSlaDraft(DEFAULT_LEAD_SLA, 'Europe/Berlin'),
  businessHoursOn: true,
});

describe('lead SLA drafts', () => {
  it('the built-in SLA (all hours) survives a round trip through the form', () => {
    expect(readSlaDraft(toSlaDraft(DEFAULT_LEAD_SLA, 'UTC'))).toEqual({
      ok: true,
      sla: DEFAULT_LEAD_SLA,
    });
  });

  it('business hours not yet set start as Mon–Fri 09:00–17:00 in the home time zone', () => {
    const read = readSlaDraft(withHours());
    expect(read.ok && read.sla.businessHours).toEqual({
      start: '09:00',
      end: '17:00',
      days: [1, 2, 3, 4, 5],
      timeZone: 'Europe/Berlin',
    });
    if (read.ok) expect(LeadSla.safeParse(read.sla).success).toBe(true);
  });

  it('switched-off business hours are saved as none, whatever they held', () => {
    const d = { ...withHours(), businessHoursOn: false, timeZone: 'Mars/Olympus', days: [] };
    const read = readSlaDraft(d);
    expect(read.ok && read.sla.businessHours).toBe(null);
  });

  it('reads hours with a decimal comma and saves days in week order', () => {
    const read = readSlaDraft({ ...withHours(), handOffWithinHours: '4,5', days: [5, 1, 0] });
    expect(read.ok && read.sla.handOffWithinHours).toBe(4.5);
    expect(read.ok && read.sla.businessHours?.days).toEqual([0, 1, 5]);
  });

  it.each([
    [
      { handOffWithinHours: '' },
      'handOffWithinHours',
      'Hand off within: is required: a number of hours',
    ],
    [
      { acceptWithinHours: 'a day' },
      'acceptWithinHours',
      'Accept within: “a day” is not a number of hours',
    ],
    [{ acceptWithinHours: '0' }, 'acceptWithinHours', 'Accept within: must be more than 0 hours'],
    [
      { handOffWithinHours: '20000' },
      'handOffWithinHours',
      'Hand off within: must be at most 10,000 hours',
    ],
    [{ start: '9am' }, 'businessHours.start', 'Business hours start: must be a time like 09:30'],
    [
      { start: '18:00' },
      'businessHours.end',
      'Business hours end: must be after the start (18:00)',
    ],
    [{ days: [] }, 'businessHours.days', 'Working days: tick at least one day'],
    [{ timeZone: '' }, 'businessHours.timeZone', 'Time zone: is required, like Europe/Berlin'],
    [
      { timeZone: 'Mars/Olympus' },
      'businessHours.timeZone',
      'Time zone: “Mars/Olympus” is not a time zone (use a name like Europe/Berlin)',
    ],
  ])('refuses %j, naming %s', (typed, field, message) => {
    const read = readSlaDraft({ ...withHours(), ...typed });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(problemAt(read.problems, field)).toBe(message);
  });

  it.each([
    ['businessHours.days.0', 'Working days'],
    ['businessHours.end', 'Business hours end'],
    ['businessHours', 'Business hours'],
    ['acceptWithinHours', 'Accept within'],
    ['somethingElse', 'somethingElse'],
  ])('names the server path %s as %s', (field, name) => {
    expect(slaFieldName(field)).toBe(name);
  });
});
