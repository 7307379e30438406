import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  checkRetrospectiveComplete,
  doneStageId,
  learningsBriefText,
  retrospectiveDueDay,
  retrospectiveState,
} from '../../../../shared/domain/retrospective';

describe('retrospectiveDueDay: a week of calendar days from the home time zone’s day of Done', () => {
  it.each([
    ['2026-03-02T09:00:00Z', 'UTC', '2026-03-09'],
    // 23:30 UTC on 2 March is already 3 March in Sydney.
    ['2026-03-02T23:30:00Z', 'Australia/Sydney', '2026-03-10'],
    // 02:00 UTC on 3 March is still 2 March in New York.
    ['2026-03-03T02:00:00Z', 'America/New_York', '2026-03-09'],
    // Across a month end and a DST change (Europe, 29 March 2026).
    ['2026-03-27T12:00:00Z', 'Europe/Paris', '2026-04-03'],
  ])('done at %s in %s → due %s', (at, tz, due) => {
    expect(retrospectiveDueDay(Date.parse(at), tz)).toBe(due);
  });

  it('adds calendar days, not working days', () => {
    expect(addCalendarDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addCalendarDays('2028-02-27', 2)).toBe('2028-02-29');
  });
});

describe('retrospectiveState', () => {
  const due = '2026-03-09';
  it.each([
    ['2026-03-02', { state: 'scheduled', due: true, overdue: false, daysLeft: 7 }],
    [
      '2026-03-09',
      { state: 'scheduled', overdue: false, daysLeft: 0, message: 'Due today (2026-03-09)' },
    ],
    ['2026-03-10', { state: 'overdue', overdue: true, daysLate: 1 }],
    ['2026-03-20', { state: 'overdue', overdue: true, daysLate: 11 }],
  ])('not held, today %s', (today, expected) => {
    expect(
      retrospectiveState({ dueDay: due, heldOn: null, status: 'scheduled' }, today),
    ).toMatchObject(expected);
  });

  it.each([
    ['2026-03-08', false],
    ['2026-03-09', false],
    ['2026-03-12', true],
  ])('held on %s → late %s, never overdue', (heldOn, late) => {
    const s = retrospectiveState({ dueDay: due, heldOn, status: 'done' }, '2026-04-01');
    expect(s).toMatchObject({ state: 'held', overdue: false, late });
    if (late) expect(s.message).toContain('3 day(s) after');
  });
});

describe('doneStageId', () => {
  const st = (
    id: string,
    key: string | null,
    position: number,
    deletedAt: string | null = null,
  ) => ({
    id,
    key,
    position,
    deletedAt,
  });
  it.each([
    ['the done stage', [st('a', 'strategy', 0), st('d', 'done', 2), st('x', null, 3)], 'd'],
    [
      'the last stage when done was removed',
      [st('a', 'strategy', 0), st('d', 'done', 2, 'x'), st('x', null, 1)],
      'x',
    ],
    ['none on an empty board', [], null],
  ])('%s', (_name, stages, expected) => {
    expect(doneStageId(stages)).toBe(expected);
  });
});

describe('checkRetrospectiveComplete', () => {
  const ok = {
    whatWorked: 'Early teaser',
    whatDidNot: 'Late creative: brief changed',
    improvements: [],
  };
  it.each([
    ['complete without improvements', ok, []],
    [
      'complete with owned improvements',
      { ...ok, improvements: [{ id: '1', text: 'Lock brief a week earlier', ownerId: 'p1' }] },
      [],
    ],
    ['what worked missing', { ...ok, whatWorked: '  ' }, ['whatWorked']],
    ["what didn't missing", { ...ok, whatDidNot: '' }, ['whatDidNot']],
    [
      'an improvement without owner or text',
      {
        ...ok,
        improvements: [
          { id: '1', text: 'Lock brief earlier', ownerId: null },
          { id: '2', text: '', ownerId: 'p1' },
        ],
      },
      ['improvements.0.ownerId', 'improvements.1.text'],
    ],
  ])('%s', (_name, form, fields) => {
    const r = checkRetrospectiveComplete(form);
    if (fields.length === 0) {
      expect(r).toEqual({ complete: true });
    } else {
      expect(r.complete).toBe(false);
      if (!r.complete) expect(r.missing.map((m) => m.field)).toEqual(fields);
    }
  });

  it('names the improvement that lacks an owner', () => {
    const r = checkRetrospectiveComplete({
      ...ok,
      improvements: [{ id: '1', text: 'Lock brief earlier', ownerId: null }],
    });
    expect(r.complete === false && r.message).toContain('“Lock brief earlier” needs an owner');
  });
});

describe('learningsBriefText', () => {
  it.each([
    [[], ''],
    [
      [{ title: 'Teaser first', body: 'Social teaser  a day\nbefore email lifted opens.' }],
      'Learnings from past campaigns:\n- Teaser first: Social teaser a day before email lifted opens.',
    ],
    [[{ title: 'Short', body: ' ' }], 'Learnings from past campaigns:\n- Short'],
  ])('%j', (learnings, text) => {
    expect(learningsBriefText(learnings)).toBe(text);
  });
});
