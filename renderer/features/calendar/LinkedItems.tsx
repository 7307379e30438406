import type { CalendarItemView } from '../../../shared/model';
import { weekdayDayMonth } from './calendarRange';
import { useCalendarStore } from './calendarStore';
import { CALENDAR_CHANNEL_LABELS } from './channelStyle';

/** The item this one was adapted from and the items adapted from it, each with its note. */
export function LinkedItems({
  item,
  onOpen,
}: {
  item: CalendarItemView;
  onOpen: (id: string) => void;
}) {
  const items = useCalendarStore((s) => s.view?.items);
  const byId = new Map((items ?? []).map((i) => [i.id, i]));
  const source = item.sourceItemId;
  if (!source && item.adaptationIds.length === 0) return null;

  const row = (id: string, note: string | null) => {
    const linked = byId.get(id);
    return (
      <li key={id}>
        {linked ? (
          <button type="button" className="cal-linked__open" onClick={() => onOpen(id)}>
            {linked.title}
            <span className="cal-muted">
              {' '}
              · {CALENDAR_CHANNEL_LABELS[linked.channel]} · {weekdayDayMonth(linked.localDate)}{' '}
              {linked.localTime}
            </span>
          </button>
        ) : (
          <span className="cal-muted">An item outside the days or filters shown</span>
        )}
        {note && <p className="cal-linked__note">{note}</p>}
      </li>
    );
  };

  return (
    <section className="cal-linked" aria-label="Linked items">
      {source && (
        <>
          <h3 className="cal-linked__title">Adapted from</h3>
          <ul>{row(source, null)}</ul>
        </>
      )}
      {item.adaptationIds.length > 0 && (
        <>
          <h3 className="cal-linked__title">Adaptations</h3>
          <ul>
            {item.adaptationIds.map((id) =>
              row(id, byId.get(id)?.adaptationNote || 'No note on how it was adapted yet.'),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
