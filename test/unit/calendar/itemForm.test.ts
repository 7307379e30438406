import { describe, expect, test } from 'vitest';
import type { CalendarItemView } from '../../../shared/model';
import {
  blankForm,
  createInput,
  formOf,
  updateInput,
  type ItemFormValues,
} from '../../../renderer/features/calendar/itemForm';

const ITEM: CalendarItemView = {
  id: 'item-1',
  campaignId: 'camp-1',
  channel: 'email',
  title: 'Spring newsletter',
  at: '2027-03-10T09:00:00.000Z',
  timeZone: 'America/New_York',
  audienceSegment: 'Regulars',
  ownerId: null,
  status: 'planned',
  notes: '',
  sourceItemId: null,
  adaptationNote: '',
  createdAt: '2027-01-01T00:00:00.000Z',
  deletedAt: null,
  localDate: '2027-03-10',
  localTime: '10:00',
  campaignName: 'Spring menu',
  clientId: 'client-1',
  clientName: 'Harbor Coffee',
  ownerName: null,
  adaptationIds: [],
  warnings: [],
};

describe('the item dialog’s values as API input', () => {
  test('a new item: empty choices are null, the home zone is left to the backend', () => {
    const input = createInput({
      ...blankForm('2027-03-10', 'me'),
      title: 'Teaser',
      campaignId: '',
    });
    expect(input).toMatchObject({
      date: '2027-03-10',
      time: '09:00',
      campaignId: null,
      ownerId: 'me',
    });
    expect(input).not.toHaveProperty('timeZone');
  });

  test.each<[string, Partial<ItemFormValues>, boolean]>([
    ['title only', { title: 'Spring newsletter v2' }, false],
    ['a new time', { time: '11:30' }, true],
    ['a new date', { date: '2027-03-12' }, true],
  ])('an edit of %s sends date, time and zone only when they changed', (_, patch, moved) => {
    const before = formOf(ITEM);
    const input = updateInput(ITEM.id, { ...before, ...patch }, before, 'Europe/Berlin', false);
    if (moved) {
      expect(input).toMatchObject({ date: patch.date ?? '2027-03-10', timeZone: 'Europe/Berlin' });
      expect(input.time).toBe(patch.time ?? '10:00');
    } else {
      // An item planned in New York keeps its zone and instant when only its title changes.
      expect(input).not.toHaveProperty('date');
      expect(input).not.toHaveProperty('time');
      expect(input).not.toHaveProperty('timeZone');
    }
    expect(input).not.toHaveProperty('adaptationNote');
  });

  test('an adaptation sends its note; clearing the owner sends null', () => {
    const before = formOf({ ...ITEM, sourceItemId: 'src', ownerId: 'p1' });
    const input = updateInput(
      ITEM.id,
      { ...before, adaptationNote: 'Cut to 3 lines', ownerId: '' },
      before,
      'Europe/Berlin',
      true,
    );
    expect(input).toMatchObject({ adaptationNote: 'Cut to 3 lines', ownerId: null });
  });
});
