import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  CLOCKED_STATUSES,
  slaClock,
  workingMinutesBetween,
} from '../../../shared/domain/leads';
import { LEAD_STATUSES, type BusinessHours, type LeadSla } from '../../../shared/model';

// Berlin office, Mon–Fri 09:00–17:00. 2026-03-20 is a Friday; 2026-03-29 is the switch to summer time.
const BERLIN: BusinessHours = {
  start: '09:00',
  end: '17:00',
  days: [1, 2, 3, 4, 5],
  timeZone: 'Europe/Berlin',
};

describe('working time', () => {
  const cases: {
    name: string;
    from: string;
    to: string;
    hours: BusinessHours | null;
    minutes: number;
  }[] = [
    {
      name: 'no business hours: every minute counts',
      from: '2026-03-20T16:00:00Z',
      to: '2026-03-23T08:00:00Z',
      hours: null,
      minutes: 64 * 60,
    },
    {
      name: 'Friday 16:00 → Monday 10:00 Berlin: 1 h Friday + 1 h Monday',
      from: '2026-03-20T15:00:00Z',
      to: '2026-03-23T09:00:00Z',
      hours: BERLIN,
      minutes: 120,
    },
    {
      name: 'all weekend: nothing',
      from: '2026-03-21T08:00:00Z',
      to: '2026-03-22T20:00:00Z',
      hours: BERLIN,
      minutes: 0,
    },
    {
      name: 'night to morning: from opening',
      from: '2026-03-23T02:00:00Z',
      to: '2026-03-23T08:30:00Z',
      hours: BERLIN,
      minutes: 30,
    },
    {
      name: 'across the DST weekend the Monday still opens at 09:00 local',
      from: '2026-03-27T15:00:00Z',
      to: '2026-03-30T08:00:00Z',
      hours: BERLIN,
      minutes: 120,
    },
  ];
  it.each(cases)('$name', ({ from, to, hours, minutes }) => {
    expect(workingMinutesBetween(from, to, hours)).toBe(minutes);
  });

  it('adds working minutes over a weekend', () => {
    // Friday 16:00 Berlin + 2 h → Monday 10:00 Berlin (09:00Z in winter time)
    expect(addWorkingMinutes('2026-03-20T15:00:00.000Z', 120, BERLIN)).toBe(
      '2026-03-23T09:00:00.000Z',
    );
    // after the DST switch Monday 10:00 Berlin is 08:00Z
    expect(addWorkingMinutes('2026-03-27T15:00:00.000Z', 120, BERLIN)).toBe(
      '2026-03-30T08:00:00.000Z',
    );
  });
});

describe('slaClock', () => {
  it('runs in exactly the clocked statuses (what the SLA queue reads)', () => {
    const sla: LeadSla = { handOffWithinHours: 4, acceptWithinHours: 24, businessHours: null };
    const at = '2026-03-02T10:00:00.000Z';
    const running = LEAD_STATUSES.filter(
      (status) => slaClock({ status, salesReadyAt: at, handedOffAt: at }, sla, at) !== null,
    );
    expect(running).toEqual([...CLOCKED_STATUSES]);
  });

  const sla: LeadSla = { handOffWithinHours: 4, acceptWithinHours: 8, businessHours: BERLIN };
  const cases: {
    name: string;
    lead: {
      status: 'sales-ready' | 'handed-off' | 'new';
      salesReadyAt: string | null;
      handedOffAt: string | null;
    };
    now: string;
    expected: { stage: string; overdue: boolean; minutesLeft: number; text: string } | null;
  }[] = [
    {
      name: 'sales-ready Friday 16:00: 3 h left on Monday 09:00 (the weekend does not count)',
      lead: { status: 'sales-ready', salesReadyAt: '2026-03-20T15:00:00.000Z', handedOffAt: null },
      now: '2026-03-23T08:00:00.000Z',
      expected: {
        stage: 'hand-off',
        overdue: false,
        minutesLeft: 180,
        text: 'hand off within 4 h: 3 h left',
      },
    },
    {
      name: 'due Monday 12:00 Berlin: at 13:30 overdue by working time',
      lead: { status: 'sales-ready', salesReadyAt: '2026-03-20T15:00:00.000Z', handedOffAt: null },
      now: '2026-03-23T12:30:00.000Z',
      expected: {
        stage: 'hand-off',
        overdue: true,
        minutesLeft: -90,
        text: 'hand off within 4 h: overdue by 1 h 30 min',
      },
    },
    {
      name: 'handed off: the accept clock runs',
      lead: {
        status: 'handed-off',
        salesReadyAt: '2026-03-20T08:00:00.000Z',
        handedOffAt: '2026-03-23T08:00:00.000Z',
      },
      now: '2026-03-23T09:00:00.000Z',
      expected: {
        stage: 'accept',
        overdue: false,
        minutesLeft: 420,
        text: 'accept within 8 h: 7 h left',
      },
    },
    {
      name: 'a new lead has no clock',
      lead: { status: 'new', salesReadyAt: null, handedOffAt: null },
      now: '2026-03-23T09:00:00.000Z',
      expected: null,
    },
  ];
  it.each(cases)('$name', ({ lead, now, expected }) => {
    const clock = slaClock(lead, sla, now);
    if (expected === null) expect(clock).toBeNull();
    else expect(clock).toMatchObject(expected);
  });

  it('around the clock without business hours', () => {
    const clock = slaClock(
      { status: 'sales-ready', salesReadyAt: '2026-03-20T15:00:00.000Z', handedOffAt: null },
      { ...sla, businessHours: null },
      '2026-03-21T15:00:00.000Z',
    );
    expect(clock).toMatchObject({
      overdue: true,
      minutesLeft: -20 * 60,
      dueAt: '2026-03-20T19:00:00.000Z',
    });
  });
});
