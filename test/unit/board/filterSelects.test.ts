import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TYPE_LABELS, CAMPAIGN_TYPES, type Person } from '../../../shared/model';
import { EMPTY_FILTER, matchesFilter } from '../../../renderer/features/board/filterCampaigns';
import { filterSelects, pickFilter } from '../../../renderer/features/board/filterSelects';
import { card } from './cardFixture';

function person(id: string, name: string): Person {
  return {
    id,
    workspaceId: 'ws',
    name,
    email: '',
    roleTitle: '',
    initials: name.slice(0, 2),
    color: '#336699',
    createdAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  };
}

const spring = card();
const helio = card({
  id: 'c-helio',
  clientId: 'cl-helio',
  clientName: 'Helio Bikes',
  channels: ['pr', 'email'],
});
const people = [person('p-sam', 'Sam Okafor'), person('p-ada', 'Ada Byron')];

describe('filterSelects', () => {
  const selects = filterSelects([spring, helio, spring], people);
  const byKey = Object.fromEntries(selects.map((s) => [s.key, s]));

  it('lists client, person, type and channel in the bar’s order, each with its “all” choice', () => {
    expect(selects.map((s) => [s.key, s.label, s.anyLabel])).toEqual([
      ['clientId', 'Client', 'All clients'],
      ['personId', 'Person', 'Everyone'],
      ['type', 'Type', 'All types'],
      ['channel', 'Channel', 'All channels'],
    ]);
  });

  it('offers the clients and channels the campaigns have, once each, by label', () => {
    expect(byKey.clientId?.choices).toEqual([
      { id: 'cl-helio', label: 'Helio Bikes' },
      { id: 'cl-northwind', label: 'Northwind Coffee' },
    ]);
    expect(byKey.channel?.choices.map((c) => c.label)).toEqual(['Email', 'Instagram', 'PR']);
  });

  it('offers every person by name and every campaign type', () => {
    expect(byKey.personId?.choices).toEqual([
      { id: 'p-ada', label: 'Ada Byron' },
      { id: 'p-sam', label: 'Sam Okafor' },
    ]);
    expect(byKey.type?.choices).toEqual(
      CAMPAIGN_TYPES.map((id) => ({ id, label: CAMPAIGN_TYPE_LABELS[id] })),
    );
  });
});

describe('pickFilter', () => {
  it('sets the chosen id on its key, and the empty “all” option clears it', () => {
    expect(pickFilter('channel', 'pr')).toEqual({ channel: 'pr' });
    expect(pickFilter('clientId', '')).toEqual({ clientId: null });
    const byHelio = { ...EMPTY_FILTER, ...pickFilter('clientId', 'cl-helio') };
    expect([spring, helio].filter((c) => matchesFilter(c, byHelio, null))).toEqual([helio]);
  });
});
