import { describe, expect, it } from 'vitest';
import {
  checkLaunchSequence,
  type LaunchItemInput,
  type LaunchWindow,
} from '../../../../shared/domain/launch/launchSequence';

const WINDOW: LaunchWindow = {
  launchDate: '2026-03-16',
  timeZone: 'UTC',
  now: '2026-03-13T12:00:00Z',
};

const item = (when: string, what = `at ${when.slice(11, 16)}`): LaunchItemInput => ({
  what,
  channel: 'email',
  when,
  ownerId: 'p1',
});

/** An item at hh:mm UTC on the launch date. */
const at = (hhmm: string, what?: string) => item(`2026-03-16T${hhmm}:00Z`, what);

describe('checkLaunchSequence: order', () => {
  it.each<{ name: string; items: LaunchItemInput[]; order: number[]; flagged: number[] }>([
    {
      name: 'listed in time order',
      items: [at('09:00'), at('10:00'), at('11:00')],
      order: [0, 1, 2],
      flagged: [],
    },
    { name: 'no items', items: [], order: [], flagged: [] },
    {
      name: 'ties keep the listed order and are not out of order',
      items: [at('09:00', 'a'), at('10:00', 'b'), at('10:00', 'c'), at('10:00', 'd')],
      order: [0, 1, 2, 3],
      flagged: [],
    },
    {
      name: 'one item listed too late',
      items: [at('10:00'), at('09:00'), at('11:00')],
      order: [1, 0, 2],
      flagged: [1],
    },
    {
      name: 'one item listed too early flags that item, not everything after it',
      items: [at('12:00'), at('09:00'), at('10:00'), at('11:00')],
      order: [1, 2, 3, 0],
      flagged: [0],
    },
    {
      name: 'listed backwards: all but one flagged',
      items: [at('11:00'), at('10:00'), at('09:00')],
      order: [2, 1, 0],
      flagged: [1, 2],
    },
    {
      name: 'times with other offsets compare as instants',
      items: [item('2026-03-16T10:30:00+01:00'), item('2026-03-16T09:45:00Z')],
      order: [0, 1],
      flagged: [],
    },
    {
      name: 'ties sort stably even when the listed order is otherwise broken',
      items: [at('11:00', 'x'), at('09:00', 'a'), at('09:00', 'b')],
      order: [1, 2, 0],
      flagged: [0],
    },
    {
      name: 'rows without a usable time go last, in listed order, and are not out of order',
      items: [
        { ...at('10:00'), when: '' },
        at('11:00'),
        { ...at('09:00'), when: 'tomorrow' },
        at('08:00'),
      ],
      order: [3, 1, 0, 2],
      flagged: [3],
    },
  ])('$name', ({ items, order, flagged }) => {
    const result = checkLaunchSequence(items, WINDOW);
    expect(result.order).toEqual(order);
    const outOfOrder = result.issues.filter((i) => /listed (before|after) it$/.test(i.problem));
    expect(outOfOrder.map((i) => i.row)).toEqual(flagged);
    expect(outOfOrder.every((i) => i.severity === 'warning' && i.field === 'when')).toBe(true);
  });

  it('names the row it conflicts with', () => {
    const messages = (items: LaunchItemInput[]) =>
      checkLaunchSequence(items, WINDOW).issues.map((i) => i.message);
    expect(messages([at('10:00', 'Paid ads live'), at('09:00', 'Email send')])).toEqual([
      'Row 2: when (2026-03-16T09:00:00Z) is earlier than row 1 ("Paid ads live") at 2026-03-16T10:00:00Z, which is listed before it',
    ]);
    expect(
      messages([
        at('12:00', 'Press release'),
        at('09:00', 'Email send'),
        at('10:00', 'Social post'),
      ]),
    ).toEqual([
      'Row 1: when (2026-03-16T12:00:00Z) is later than row 2 ("Email send") at 2026-03-16T09:00:00Z, which is listed after it',
    ]);
  });
});

describe('checkLaunchSequence: each row', () => {
  it.each<{ name: string; items: LaunchItemInput[]; issues: [number, string, string, string][] }>([
    { name: 'complete', items: [at('09:00')], issues: [] },
    {
      name: 'every part missing, named one by one',
      items: [at('09:00'), {}],
      issues: [
        [1, 'what', 'error', 'Row 2: what is required'],
        [1, 'channel', 'error', 'Row 2: channel is required'],
        [1, 'when', 'error', 'Row 2: when is required'],
        [1, 'ownerId', 'error', 'Row 2: owner is not named'],
      ],
    },
    {
      name: 'white space counts as missing',
      items: [{ what: '  ', channel: ' ', when: ' ', ownerId: ' ' }],
      issues: [
        [0, 'what', 'error', 'Row 1: what is required'],
        [0, 'channel', 'error', 'Row 1: channel is required'],
        [0, 'when', 'error', 'Row 1: when is required'],
        [0, 'ownerId', 'error', 'Row 1: owner is not named'],
      ],
    },
    {
      name: 'an item without an owner',
      items: [{ ...at('09:00'), ownerId: null }],
      issues: [[0, 'ownerId', 'error', 'Row 1: owner is not named']],
    },
    {
      name: 'a date without a time',
      items: [{ ...at('09:00'), when: '2026-03-16' }],
      issues: [
        [
          0,
          'when',
          'error',
          'Row 1: when must be a date and time like 2026-03-14T09:00:00Z, not "2026-03-16"',
        ],
      ],
    },
    {
      name: 'a time without an offset',
      items: [{ ...at('09:00'), when: '2026-03-16T09:00' }],
      issues: [
        [
          0,
          'when',
          'error',
          'Row 1: when must be a date and time like 2026-03-14T09:00:00Z, not "2026-03-16T09:00"',
        ],
      ],
    },
    {
      name: 'an impossible date',
      items: [{ ...at('09:00'), when: '2026-02-30T09:00:00Z' }],
      issues: [
        [
          0,
          'when',
          'error',
          'Row 1: when must be a date and time like 2026-03-14T09:00:00Z, not "2026-02-30T09:00:00Z"',
        ],
      ],
    },
  ])('$name', ({ items, issues }) => {
    expect(
      checkLaunchSequence(items, WINDOW).issues.map((i) => [i.row, i.field, i.severity, i.message]),
    ).toEqual(issues);
  });
});

describe('checkLaunchSequence: the launch window', () => {
  it.each<{ name: string; when: string; window?: Partial<LaunchWindow>; messages: string[] }>([
    { name: 'on the launch date', when: '2026-03-16T09:00:00Z', messages: [] },
    { name: 'before the launch date but after now', when: '2026-03-14T09:00:00Z', messages: [] },
    {
      name: 'exactly 48 h after the start of the launch date',
      when: '2026-03-18T00:00:00Z',
      messages: [],
    },
    {
      name: 'one second past 48 h',
      when: '2026-03-18T00:00:01Z',
      messages: [
        'Row 1: when (2026-03-18T00:00:01Z) is more than 48 h after the launch date (2026-03-16)',
      ],
    },
    {
      name: 'a shorter window when told',
      when: '2026-03-17T01:00:00Z',
      window: { hoursAfterLaunch: 24 },
      messages: [
        'Row 1: when (2026-03-17T01:00:00Z) is more than 24 h after the launch date (2026-03-16)',
      ],
    },
    {
      name: 'the launch date is a day in the home time zone (Berlin, UTC+1 in March)',
      when: '2026-03-17T23:30:00Z',
      window: { timeZone: 'Europe/Berlin' },
      messages: [
        'Row 1: when (2026-03-17T23:30:00Z) is more than 48 h after the launch date (2026-03-16)',
      ],
    },
    {
      name: 'a zone behind UTC allows later UTC times (New York, UTC−4 in March)',
      when: '2026-03-18T03:30:00Z',
      window: { timeZone: 'America/New_York' },
      messages: [],
    },
    {
      name: 'no launch date: no window to check',
      when: '2026-04-30T09:00:00Z',
      window: { launchDate: null },
      messages: [],
    },
    {
      name: 'before now',
      when: '2026-03-13T11:59:00Z',
      messages: ['Row 1: when (2026-03-13T11:59:00Z) is in the past (now is 2026-03-13T12:00:00Z)'],
    },
    { name: 'exactly now', when: '2026-03-13T12:00:00Z', messages: [] },
    {
      name: 'now is an input: the same item is fine a day earlier',
      when: '2026-03-13T11:59:00Z',
      window: { now: '2026-03-12T12:00:00Z' },
      messages: [],
    },
    {
      name: 'both in the past and after the window (launch date wrongly set)',
      when: '2026-03-13T11:00:00Z',
      window: { launchDate: '2026-03-01' },
      messages: [
        'Row 1: when (2026-03-13T11:00:00Z) is in the past (now is 2026-03-13T12:00:00Z)',
        'Row 1: when (2026-03-13T11:00:00Z) is more than 48 h after the launch date (2026-03-01)',
      ],
    },
  ])('$name', ({ when, window, messages }) => {
    const result = checkLaunchSequence([item(when)], { ...WINDOW, ...window });
    expect(result.issues.map((i) => i.message)).toEqual(messages);
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('refuses a now that is not an ISO date-time', () => {
    expect(() => checkLaunchSequence([], { ...WINDOW, now: 'today' })).toThrow(
      /now must be an ISO date-time/,
    );
  });
});
