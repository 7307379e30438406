import type { CalendarItemView } from '../../../shared/model';

/** Items grouped by their local day in the home zone, each day in time order. */
export function itemsByDay(items: readonly CalendarItemView[]): Map<string, CalendarItemView[]> {
  const byDay = new Map<string, CalendarItemView[]>();
  const sorted = [...items].sort(
    (a, b) => a.at.localeCompare(b.at) || a.title.localeCompare(b.title),
  );
  for (const item of sorted) {
    const list = byDay.get(item.localDate);
    if (list) list.push(item);
    else byDay.set(item.localDate, [item]);
  }
  return byDay;
}
