import { describe, expect, it } from 'vitest';
import {
  type CalendarItemFacts,
  coordinationWarnings,
  DEFAULT_COORDINATION_RULES,
  warningsByItem,
} from '../../../../shared/domain/calendar';

const ZONE = 'Europe/Berlin';

function item(
  p: Partial<CalendarItemFacts> & Pick<CalendarItemFacts, 'id' | 'channel' | 'at'>,
): CalendarItemFacts {
  return {
    title: p.id,
    campaignId: 'spring',
    clientId: 'acme',
    audienceSegment: '',
    sourceItemId: null,
    ...p,
  };
}

// Mon 16 March 2026 09:00 in Berlin is 08:00 UTC.
const email = item({
  id: 'e',
  title: 'Spring launch email',
  channel: 'email',
  at: '2026-03-16T08:00:00.000Z',
});

describe('teaser before email', () => {
  const rules = DEFAULT_COORDINATION_RULES.filter((r) => r.kind === 'teaserBeforeEmail');
  it.each<[string, CalendarItemFacts, string | null]>([
    [
      'a linked teaser after its email',
      item({
        id: 't',
        title: 'Spring teaser',
        channel: 'social',
        at: '2026-03-17T09:00:00.000Z',
        sourceItemId: 'e',
      }),
      "Teaser before email: 'Spring teaser' (Tue 10:00) is after 'Spring launch email' (Mon 09:00)",
    ],
    [
      'a same-campaign "teaser" only 12 h before',
      item({
        id: 't',
        title: 'Instagram TEASER',
        channel: 'social',
        at: '2026-03-15T20:00:00.000Z',
      }),
      "Teaser before email: 'Instagram TEASER' (Sun 21:00) is less than 1 day before 'Spring launch email' (Mon 09:00)",
    ],
    [
      'a linked teaser exactly a day before',
      item({
        id: 't',
        title: 'Post',
        channel: 'social',
        at: '2026-03-15T08:00:00.000Z',
        sourceItemId: 'e',
      }),
      null,
    ],
    [
      'a "teaser" of another campaign, not linked',
      item({
        id: 't',
        title: 'Summer teaser',
        channel: 'social',
        at: '2026-03-17T09:00:00.000Z',
        campaignId: 'summer',
      }),
      null,
    ],
    [
      'a social post of the campaign without "teaser", not linked',
      item({ id: 't', title: 'Launch recap', channel: 'social', at: '2026-03-17T09:00:00.000Z' }),
      null,
    ],
    [
      'a "teaser" that is not social',
      item({ id: 't', title: 'Blog teaser', channel: 'blog', at: '2026-03-17T09:00:00.000Z' }),
      null,
    ],
  ])('%s', (_, teaser, message) => {
    const warnings = coordinationWarnings([email, teaser], rules, ZONE);
    expect(warnings.map((w) => w.message)).toEqual(message === null ? [] : [message]);
    if (message !== null)
      expect(warnings[0]).toMatchObject({ ruleId: 'teaser-before-email', itemIds: ['t', 'e'] });
  });

  it('links the other way round too (the email adapted from the social post)', () => {
    const teaser = item({
      id: 't',
      title: 'Post',
      channel: 'social',
      at: '2026-03-17T09:00:00.000Z',
    });
    const adapted = { ...email, sourceItemId: 't' };
    expect(coordinationWarnings([adapted, teaser], rules, ZONE)).toHaveLength(1);
  });

  it('a longer minimum is respected', () => {
    const teaser = item({
      id: 't',
      title: 'Teaser',
      channel: 'social',
      at: '2026-03-14T08:00:00.000Z',
    });
    const two = [
      { id: 'x', kind: 'teaserBeforeEmail' as const, name: 'Teaser 3 days ahead', minDays: 3 },
    ];
    expect(coordinationWarnings([email, teaser], two, ZONE)[0]?.message).toBe(
      "Teaser 3 days ahead: 'Teaser' (Sat 09:00) is less than 3 days before 'Spring launch email' (Mon 09:00)",
    );
  });
});

describe('one send per segment per day', () => {
  const rules = DEFAULT_COORDINATION_RULES.filter((r) => r.kind === 'segmentOncePerDay');
  const mail = item({
    id: 'a',
    title: 'Newsletter',
    channel: 'email',
    at: '2026-03-16T08:00:00.000Z',
    audienceSegment: 'VIP customers',
  });
  it.each<[string, CalendarItemFacts, number]>([
    [
      'another channel, same segment (any case), same local day',
      item({
        id: 'b',
        channel: 'social',
        at: '2026-03-16T17:00:00.000Z',
        audienceSegment: ' vip Customers ',
      }),
      1,
    ],
    [
      'the same channel twice',
      item({
        id: 'b',
        channel: 'email',
        at: '2026-03-16T17:00:00.000Z',
        audienceSegment: 'VIP customers',
      }),
      0,
    ],
    [
      'another segment',
      item({
        id: 'b',
        channel: 'social',
        at: '2026-03-16T17:00:00.000Z',
        audienceSegment: 'Leads',
      }),
      0,
    ],
    // 23:30 UTC on the 16th is already the 17th in Berlin.
    [
      'the next local day although the same UTC day',
      item({
        id: 'b',
        channel: 'social',
        at: '2026-03-16T23:30:00.000Z',
        audienceSegment: 'VIP customers',
      }),
      0,
    ],
    [
      'no segment',
      item({ id: 'b', channel: 'social', at: '2026-03-16T17:00:00.000Z', audienceSegment: '' }),
      0,
    ],
  ])('%s → %i warning(s)', (_, other, count) => {
    expect(coordinationWarnings([mail, other], rules, ZONE)).toHaveLength(count);
  });

  it('names both items, their channels and the segment', () => {
    const other = item({
      id: 'b',
      title: 'VIP post',
      channel: 'social',
      at: '2026-03-16T17:00:00.000Z',
      audienceSegment: 'VIP customers',
    });
    expect(coordinationWarnings([other, mail], rules, ZONE)[0]).toEqual({
      ruleId: 'segment-once-per-day',
      ruleName: 'One send per segment per day',
      itemIds: ['b', 'a'],
      message:
        "One send per segment per day: 'Newsletter' (Mon 09:00) (email) and 'VIP post' (Mon 18:00) (social) both reach 'VIP customers' on 2026-03-16",
    });
  });
});

describe('email and social apart for a client', () => {
  const rules = DEFAULT_COORDINATION_RULES.filter((r) => r.kind === 'clientEmailSocialGap');
  const mail = item({
    id: 'a',
    title: 'Spring email',
    channel: 'email',
    at: '2026-03-16T08:00:00.000Z',
  });
  it.each<[string, Partial<CalendarItemFacts>, number]>([
    ['another campaign 1 h later', { campaignId: 'summer', at: '2026-03-16T09:00:00.000Z' }, 1],
    ['another campaign 1 h earlier', { campaignId: 'summer', at: '2026-03-16T07:00:00.000Z' }, 1],
    ['exactly 2 h apart', { campaignId: 'summer', at: '2026-03-16T10:00:00.000Z' }, 0],
    ['the same campaign', { at: '2026-03-16T09:00:00.000Z' }, 0],
    [
      'another client',
      { campaignId: 'other', clientId: 'globex', at: '2026-03-16T09:00:00.000Z' },
      0,
    ],
    [
      'a paid item, not social',
      { campaignId: 'summer', channel: 'paid', at: '2026-03-16T09:00:00.000Z' },
      0,
    ],
  ])('%s → %i warning(s)', (_, p, count) => {
    const other = item({
      id: 'b',
      title: 'Summer post',
      channel: 'social',
      at: '2026-03-16T09:00:00.000Z',
      ...p,
    });
    expect(coordinationWarnings([mail, other], rules, ZONE)).toHaveLength(count);
  });

  it('says which rule and which items', () => {
    const other = item({
      id: 'b',
      title: 'Summer post',
      channel: 'social',
      campaignId: 'summer',
      at: '2026-03-16T09:00:00.000Z',
    });
    expect(coordinationWarnings([mail, other], rules, ZONE)[0]?.message).toBe(
      "Email and social apart for a client: 'Spring email' (Mon 09:00) (email) and 'Summer post' (Mon 10:00) (social) are different campaigns of the same client less than 2 h apart",
    );
  });
});

it('warnings are looked up by each item they name', () => {
  const teaser = item({
    id: 't',
    title: 'Teaser',
    channel: 'social',
    at: '2026-03-17T09:00:00.000Z',
  });
  const byItem = warningsByItem(
    coordinationWarnings([email, teaser], DEFAULT_COORDINATION_RULES, ZONE),
  );
  expect(byItem.get('t')?.map((w) => w.ruleId)).toEqual(['teaser-before-email']);
  expect(byItem.get('e')?.map((w) => w.ruleId)).toEqual(['teaser-before-email']);
});
