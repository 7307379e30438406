import { describe, expect, it } from 'vitest';
import {
  checkReviewCompletion,
  missingReviews,
  reviewSchedule,
  reviewState,
  type FindingForCompletion,
} from '../../../../shared/domain/optimization';

describe('reviewSchedule', () => {
  it.each([
    ['2026-03-02', undefined, ['Day 2 2026-03-04', 'Day 7 2026-03-09', 'Day 30 2026-04-01']],
    // Calendar days: a Friday launch's day 2 is the Sunday.
    ['2026-03-06', [2], ['Day 2 2026-03-08']],
    ['2026-12-30', [2, 7], ['Day 2 2027-01-01', 'Day 7 2027-01-06']],
    // Duplicates and unsorted days are tidied; negative days dropped.
    ['2026-03-02', [7, 2, 7, -1], ['Day 2 2026-03-04', 'Day 7 2026-03-09']],
  ])('launch %s, cadence %j', (launch, cadence, expected) => {
    expect(reviewSchedule(launch, cadence).map((r) => `${r.label} ${r.dueDay}`)).toEqual(expected);
  });

  it('adds only the reviews not there yet', () => {
    const schedule = reviewSchedule('2026-03-02');
    expect(missingReviews(schedule, ['Day 2', 'Day 30']).map((r) => r.label)).toEqual(['Day 7']);
    expect(missingReviews(schedule, ['Day 2', 'Day 7', 'Day 30'])).toEqual([]);
  });
});

describe('reviewState', () => {
  it.each([
    ['2026-03-09', false, '2026-03-08', 'upcoming'],
    ['2026-03-09', false, '2026-03-09', 'due'],
    ['2026-03-09', false, '2026-03-10', 'overdue'],
    ['2026-03-09', true, '2026-04-10', 'completed'],
  ] as const)('due %s, completed %s, today %s → %s', (dueDay, completed, today, state) => {
    expect(reviewState({ dueDay, completed }, today)).toBe(state);
  });
});

describe('checkReviewCompletion', () => {
  const action: FindingForCompletion = {
    text: 'CTR fell on mobile',
    outcome: 'action',
    noActionReason: '',
    backlogItemId: '0190a000-0000-7000-8000-000000000001',
  };
  const noAction: FindingForCompletion = {
    text: 'Weekend dip',
    outcome: 'no_action',
    noActionReason: 'seasonal, expected',
    backlogItemId: null,
  };
  const undecided: FindingForCompletion = {
    text: 'Open rate below target',
    outcome: null,
    noActionReason: '',
    backlogItemId: null,
  };

  it.each([
    ['what happened and every finding decided', 'Spend on plan', [action, noAction], []],
    ['no findings is fine', 'Quiet week', [], []],
    ['what happened missing', '  ', [action], ['“What happened” is not written yet']],
    [
      'a finding without an outcome is named',
      'x',
      [action, undecided],
      ['Finding 2 “Open rate below target” has neither an action nor “no action, because …”'],
    ],
    [
      'no action without a reason',
      'x',
      [{ ...noAction, noActionReason: ' ' }],
      ['Finding 1 “Weekend dip” says no action but not because of what'],
    ],
    [
      'action without its backlog item',
      'x',
      [{ ...action, backlogItemId: null }],
      ['Finding 1 “CTR fell on mobile” its action has no backlog item'],
    ],
  ])('%s', (_, whatHappened, findings, blockers) => {
    const check = checkReviewCompletion({ whatHappened, findings });
    if (blockers.length === 0) expect(check).toEqual({ ok: true });
    else expect(check).toMatchObject({ ok: false, blockers });
  });
});
