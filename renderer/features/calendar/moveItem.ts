import { create } from 'zustand';
import type { CalendarItemView } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { toast } from '../../ui';
import { weekdayDayMonth } from './calendarRange';
import { useCalendarStore } from './calendarStore';

/** What the calendar's aria-live region says; a new object each time so a repeat is read again. */
export const useCalendarAnnouncer = create<{ message: string }>(() => ({ message: '' }));

export function announce(message: string): void {
  useCalendarAnnouncer.setState({ message });
}

/**
 * Moves an item to another local day (drag or Alt+arrow), keeping its time; then says where it
 * went and whether a coordination rule now warns about it, once the calendar has re-read.
 */
export async function moveItem(
  client: ApiClient,
  item: CalendarItemView,
  date: string,
  via: 'keyboard' | 'drag',
): Promise<void> {
  if (date === item.localDate) return;
  try {
    const result = await client.calendar.move({ id: item.id, date });
    // What this read saw, not the store: a live update's later read may still be on its way.
    const view = await useCalendarStore.getState().load(client);
    const moved = view?.items.find((i) => i.id === item.id);
    // The chip is drawn anew in its new day; focus follows it so Alt+→ can be pressed again.
    if (via === 'keyboard') {
      useCalendarStore.getState().requestFocus({ id: item.id, date: moved?.localDate ?? date });
    }
    const where = `${weekdayDayMonth(moved?.localDate ?? date)}, ${moved?.localTime ?? item.localTime}`;
    const warnings = moved?.warnings.map((w) => w.ruleName) ?? [];
    announce(
      [
        `Moved ${item.title} to ${where}.`,
        result.adjustment,
        warnings.length > 0 ? `Warning: ${[...new Set(warnings)].join(', ')}.` : null,
      ]
        .filter(Boolean)
        .join(' '),
    );
  } catch (err) {
    const error = toBatonError(err);
    announce(`${item.title} was not moved: ${error.message}`);
    toast.show({ kind: 'error', title: `${item.title} was not moved`, body: error.message });
  }
}
