import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterCampaigns,
  foldForSearch,
  isFilterActive,
  matchesFilter,
  peopleOnCard,
  type BoardFilter,
} from '../../../renderer/features/board/filterCampaigns';
import { card, gate } from './cardFixture';

const f = (over: Partial<BoardFilter>): BoardFilter => ({ ...EMPTY_FILTER, ...over });

const spring = card();
const helio = card({
  id: 'c-helio',
  name: 'Helio X2 Reveal',
  clientId: 'cl-helio',
  clientName: 'Helio Bikes',
  type: 'event',
  channels: ['instagram', 'pr'],
  ownerId: 'p-ines',
  team: ['p-ines'],
  currentHandoff: {
    id: 'h-2',
    name: 'Creative → Production package',
    status: 'draft',
    dueDate: '2026-11-01',
    overdue: true,
    responsibleIds: ['p-ines'],
    accountableId: 'p-ines',
    qualityOwnerId: 'p-ines',
    receiverIds: ['p-lucia'],
  },
  gate: gate({ waitingOn: [{ personId: 'p-lucia', because: 'receiver' }] }),
});
const done = card({
  id: 'c-done',
  name: 'Café Días',
  channels: [],
  ownerId: null,
  team: [],
  currentHandoff: null,
  gate: null,
});

describe('board filter', () => {
  it('is inactive when empty; any one criterion makes it active', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive(f({ text: '   ' }))).toBe(false);
    for (const over of [
      { clientId: 'x' },
      { personId: 'x' },
      { type: 'email' as const },
      { channel: 'sms' as const },
      { overdueOnly: true },
      { myWork: true },
      { text: 'a' },
    ]) {
      expect(isFilterActive(f(over))).toBe(true);
    }
  });

  it('returns the same list when nothing is filtered (no copy, no work)', () => {
    const all = [spring, helio];
    expect(filterCampaigns(all, EMPTY_FILTER, null)).toBe(all);
  });

  it.each<[string, Partial<BoardFilter>, string[]]>([
    ['client', { clientId: 'cl-helio' }, ['c-helio']],
    ['type', { type: 'event' }, ['c-helio']],
    ['channel shared by both', { channel: 'instagram' }, ['c-spring', 'c-helio']],
    ['channel of one', { channel: 'email' }, ['c-spring']],
    ['overdue only', { overdueOnly: true }, ['c-helio']],
    ['person on the team', { personId: 'p-sam' }, ['c-spring']],
    ['person the gate waits on', { personId: 'p-lucia' }, ['c-helio']],
    ['person nowhere', { personId: 'p-nobody' }, []],
    ['text in the name', { text: 'x2' }, ['c-helio']],
    ['text in the client', { text: 'northwind' }, ['c-spring', 'c-done']],
    ['every word must match', { text: 'helio reveal' }, ['c-helio']],
    ['words in any field', { text: 'spring coffee' }, ['c-spring']],
    ['accents and case ignored', { text: 'CAFE DIAS' }, ['c-done']],
    ['criteria combine', { clientId: 'cl-northwind', overdueOnly: true }, []],
  ])('%s', (_name, over, expected) => {
    const shown = filterCampaigns([spring, helio, done], f(over), null).map((c) => c.id);
    expect(shown).toEqual(expected);
  });

  it('my work: Responsible, Accountable, quality owner or receiver of the current handoff', () => {
    const mine = (me: string | null) =>
      filterCampaigns([spring, helio, done], f({ myWork: true }), me).map((c) => c.id);
    // Owning the campaign is not enough: nobody on the current handoff named Maya.
    expect(mine('p-maya')).toEqual([]);
    expect(mine('p-ines')).toEqual(['c-helio']);
    expect(mine('p-lucia')).toEqual(['c-helio']);
    expect(mine('p-tom')).toEqual([]);
    // Nobody chosen on this laptop: nothing is "mine".
    expect(mine(null)).toEqual([]);
  });

  it('collects the people on a card once each', () => {
    expect([...peopleOnCard(spring)].sort()).toEqual(['p-jonas', 'p-maya', 'p-sam']);
    expect([...peopleOnCard(done)]).toEqual([]);
  });

  it('folds case and accents for search', () => {
    expect(foldForSearch('Lucía FERNÁNDEZ')).toBe('lucia fernandez');
    expect(matchesFilter(card({ name: 'Crème brûlée' }), f({ text: 'creme brulee' }), null)).toBe(
      true,
    );
  });
});
