import { describe, expect, it } from 'vitest';
import {
  calendarChannelOf,
  launchRowKey,
  launchWhenOf,
  planLaunchMirror,
  withRowWhen,
  type LaunchRow,
  type MirroredItem,
} from '../../../../shared/domain/calendar';

const ANA = '00000000-0000-4000-8000-000000000001';
const PEOPLE = new Set([ANA]);

function item(p: Partial<MirroredItem> & Pick<MirroredItem, 'id' | 'launchRowKey'>): MirroredItem {
  return {
    title: 'Launch email',
    channel: 'email',
    at: '2026-03-14T09:00:00.000Z',
    ownerId: ANA,
    ...p,
  };
}

const EMAIL: LaunchRow = {
  what: 'Launch email',
  channel: 'Email',
  when: '2026-03-14T10:00:00+01:00',
  owner: ANA,
};

describe('calendarChannelOf', () => {
  it.each([
    ['Email', 'email'],
    ['Newsletter (Mailchimp)', 'email'],
    ['Instagram', 'social'],
    ['LinkedIn post', 'social'],
    ['Paid social', 'paid'],
    ['Facebook Ads', 'paid'],
    ['Google PPC', 'paid'],
    ['Blog', 'blog'],
    ['Landing page', 'blog'],
    ['Webinar', 'event'],
    ['Billboard', 'other'],
    ['', 'other'],
  ] as const)('%s → %s', (words, channel) => {
    expect(calendarChannelOf(words)).toBe(channel);
  });
});

describe('launchRowKey', () => {
  it.each([
    [{ channel: 'Email', what: 'Launch email' }, 'email|launch email'],
    [{ channel: '  EMAIL ', what: 'Launch   Email ' }, 'email|launch email'],
    [{ channel: 'Instagram', what: 'Launch email' }, 'instagram|launch email'],
    [{ what: 'Launch email' }, '|launch email'],
  ])('%o → %s', (row, key) => {
    expect(launchRowKey(row)).toBe(key);
  });
});

describe('planLaunchMirror', () => {
  const key = 'email|launch email';
  const cases: {
    name: string;
    rows: LaunchRow[];
    items: MirroredItem[];
    create: string[];
    update: [string, string[]][];
    remove: string[];
    skipped: number[];
  }[] = [
    {
      name: 'a row without an item is created (time to UTC, channel by words)',
      rows: [EMAIL],
      items: [],
      create: [key],
      update: [],
      remove: [],
      skipped: [],
    },
    {
      name: 'an item in step with its row is left alone',
      rows: [EMAIL],
      items: [item({ id: 'i1', launchRowKey: key })],
      create: [],
      update: [],
      remove: [],
      skipped: [],
    },
    {
      name: 'a new time moves the item',
      rows: [{ ...EMAIL, when: '2026-03-15T08:00:00Z' }],
      items: [item({ id: 'i1', launchRowKey: key })],
      create: [],
      update: [['i1', ['at']]],
      remove: [],
      skipped: [],
    },
    {
      name: 'a new owner (or one that is no person) changes the owner',
      rows: [{ ...EMAIL, owner: 'someone' }],
      items: [item({ id: 'i1', launchRowKey: key })],
      create: [],
      update: [['i1', ['ownerId']]],
      remove: [],
      skipped: [],
    },
    {
      name: 'a row that is gone removes its item',
      rows: [],
      items: [item({ id: 'i1', launchRowKey: key })],
      create: [],
      update: [],
      remove: ['i1'],
      skipped: [],
    },
    {
      name: 'a renamed row at the same time keeps its item (re-keyed, new title)',
      rows: [{ ...EMAIL, what: 'Launch newsletter' }],
      items: [item({ id: 'i1', launchRowKey: key })],
      create: [],
      update: [['i1', ['title', 'launchRowKey']]],
      remove: [],
      skipped: [],
    },
    {
      name: 'a renamed row at another time: old item removed, new one created',
      rows: [{ ...EMAIL, what: 'Launch newsletter', when: '2026-03-16T09:00:00Z' }],
      items: [item({ id: 'i1', launchRowKey: key })],
      create: ['email|launch newsletter'],
      update: [],
      remove: ['i1'],
      skipped: [],
    },
    {
      name: 'a row without a usable time is skipped and its item kept as it was',
      rows: [{ ...EMAIL, when: 'Saturday morning' }],
      items: [item({ id: 'i1', launchRowKey: key })],
      create: [],
      update: [],
      remove: [],
      skipped: [0],
    },
    {
      name: 'two items for one row (written on two computers at once): one kept, one removed',
      rows: [EMAIL],
      items: [item({ id: 'i1', launchRowKey: key }), item({ id: 'i2', launchRowKey: key })],
      create: [],
      update: [],
      remove: ['i1'],
      skipped: [],
    },
    {
      name: 'rows without what or when are skipped; a second row with the same key too',
      rows: [
        EMAIL,
        { ...EMAIL, what: ' ' },
        { ...EMAIL, when: '' },
        { ...EMAIL, what: 'launch EMAIL' },
      ],
      items: [],
      create: [key],
      update: [],
      remove: [],
      skipped: [1, 2, 3],
    },
  ];
  it.each(cases)('$name', (c) => {
    const plan = planLaunchMirror(c.rows, c.items, PEOPLE);
    expect(plan.create.map((t) => t.key)).toEqual(c.create);
    expect(plan.update.map((u) => [u.itemId, u.changed])).toEqual(c.update);
    expect(plan.remove.map((r) => r.itemId)).toEqual(c.remove);
    expect(plan.skipped.map((s) => s.row)).toEqual(c.skipped);
  });

  it('a created item says what the row says', () => {
    const [t] = planLaunchMirror([EMAIL], [], PEOPLE).create;
    expect(t).toEqual({
      row: 0,
      key,
      title: 'Launch email',
      channel: 'email',
      at: '2026-03-14T09:00:00.000Z',
      ownerId: ANA,
    });
  });

  it('skipped rows say why', () => {
    const plan = planLaunchMirror([{ ...EMAIL, when: 'soon' }], [], PEOPLE);
    expect(plan.skipped[0]?.problem).toContain('when must be a date and time');
  });
});

describe('writing a moved item back', () => {
  it('finds the row by key and sets its when to the second, in UTC', () => {
    const when = launchWhenOf('2026-03-16T07:30:00.000Z');
    expect(when).toBe('2026-03-16T07:30:00Z');
    const rows = withRowWhen(
      [{ what: 'Teaser', channel: 'Instagram', when: 'x' }, EMAIL],
      'email|launch email',
      when,
    );
    expect(rows?.[1]).toEqual({ ...EMAIL, when });
    expect(rows?.[0]?.when).toBe('x');
  });
  it('null when the row is gone', () => {
    expect(withRowWhen([EMAIL], 'social|teaser', '2026-03-16T07:30:00Z')).toBeNull();
  });
});
