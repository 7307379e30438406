import { describe, expect, it } from 'vitest';
import { isMyWork, myFollowUps } from '../../../../shared/domain/myWork';
import {
  cardFollowUps,
  dueReviewFollowUp,
  retrospectiveFollowUp,
  type OpenRetrospective,
  type OpenReview,
} from '../../../../shared/domain/optimization';

const review = (label: string, dueDay: string, completed = false): OpenReview => ({
  id: `r-${label}`,
  label,
  dueDay,
  analystId: 'ana',
  completed,
});

const retro = (dueDay: string, status: 'scheduled' | 'done' = 'scheduled'): OpenRetrospective => ({
  id: 'retro-1',
  dueDay,
  heldOn: status === 'done' ? dueDay : null,
  ownerId: 'olu',
  status,
});

describe('dueReviewFollowUp', () => {
  const schedule = [review('Day 2', '2026-03-04'), review('Day 7', '2026-03-09')];
  it.each([
    ['before day 2: nothing owed yet', '2026-03-03', null],
    ['on day 2', '2026-03-04', 'Review day 2 due'],
    ['three days after day 2', '2026-03-07', 'Review day 2 overdue 3 d'],
    // Day 2 still not done on day 7: the oldest owed one shows, the other is counted.
    ['day 7 with day 2 still open', '2026-03-09', 'Review day 2 overdue 5 d'],
  ])('%s (%s)', (_why, today, badge) => {
    expect(dueReviewFollowUp(schedule, today)?.badge ?? null).toBe(badge);
  });

  it('skips completed reviews and names the next one owed', () => {
    const done = [review('Day 2', '2026-03-04', true), review('Day 7', '2026-03-09')];
    const f = dueReviewFollowUp(done, '2026-03-09');
    expect(f).toMatchObject({
      kind: 'review',
      id: 'r-Day 7',
      state: 'due',
      daysLate: 0,
      ownerId: 'ana',
      text: 'Review day 7 — due today',
    });
  });

  it('says how many more reviews are owed', () => {
    expect(dueReviewFollowUp(schedule, '2026-03-10')?.text).toBe(
      'Review day 2 — overdue by 6 day(s) (due 2026-03-04), and 1 more review(s) owed',
    );
  });
});

describe('retrospectiveFollowUp', () => {
  it.each([
    ['in its week', '2026-04-05', 'Retro due in 3 d', 'upcoming'],
    ['on its due day', '2026-04-08', 'Retro due today', 'due'],
    ['slipped three days', '2026-04-11', 'Retro overdue 3 d', 'overdue'],
  ])('%s', (_why, today, badge, state) => {
    expect(retrospectiveFollowUp([retro('2026-04-08')], today)).toMatchObject({ badge, state });
  });

  it('shows nothing once held, however late', () => {
    expect(retrospectiveFollowUp([retro('2026-04-08', 'done')], '2026-05-01')).toBeNull();
  });
});

describe('cardFollowUps and my work', () => {
  const card = {
    currentHandoff: null,
    followUps: cardFollowUps([review('Day 7', '2026-04-01')], [retro('2026-04-10')], '2026-04-03'),
  };

  it('lists the owed review before the retrospective', () => {
    expect(card.followUps.map((f) => f.badge)).toEqual([
      'Review day 7 overdue 2 d',
      'Retro due in 7 d',
    ]);
  });

  it.each([
    ['the analyst of an overdue review', 'ana', true, ['review']],
    // A retrospective still in its week is not work yet.
    ['the owner of a retrospective not due yet', 'olu', false, []],
    ['someone else', 'zed', false, []],
  ])('%s', (_who, me, mine, kinds) => {
    expect(isMyWork(card, me)).toBe(mine);
    expect(myFollowUps(card.followUps, me).map((f) => f.kind)).toEqual(kinds);
  });

  it('keeps handoff people in my work', () => {
    const handoff = {
      responsibleIds: ['rae'],
      accountableId: null,
      qualityOwnerId: null,
      receiverIds: [],
    };
    expect(isMyWork({ currentHandoff: handoff }, 'rae')).toBe(true);
    expect(isMyWork({ currentHandoff: handoff }, 'ana')).toBe(false);
  });
});
