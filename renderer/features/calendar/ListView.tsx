import type { CalendarItemView } from '../../../shared/model';
import { AlertCircleIcon, cx } from '../../ui';
import { weekdayDayMonth } from './calendarRange';
import { CALENDAR_CHANNEL_LABELS, CALENDAR_STATUS_LABELS, channelClass } from './channelStyle';

interface ListViewProps {
  byDay: Map<string, CalendarItemView[]>;
  today: string;
  onOpen: (id: string) => void;
}

/** Every item of the month in time order, a row each, under its day. */
export function ListView({ byDay, today, onOpen }: ListViewProps) {
  return (
    <table className="cal-list" aria-label="Calendar items">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Channel</th>
          <th scope="col">Title</th>
          <th scope="col">Campaign</th>
          <th scope="col">Segment</th>
          <th scope="col">Owner</th>
          <th scope="col">Status</th>
          <th scope="col">Warnings</th>
        </tr>
      </thead>
      {[...byDay.entries()].map(([date, items]) => (
        <tbody key={date}>
          <tr className={cx('cal-list__day', date === today && 'cal-list__day--today')}>
            <th scope="colgroup" colSpan={8}>
              {weekdayDayMonth(date)}
              {date === today ? ' · Today' : ''}
            </th>
          </tr>
          {items.map((item) => (
            <tr key={item.id} className={channelClass(item.channel)}>
              <td className="cal-list__time">{item.localTime}</td>
              <td>
                <span className="cal-swatch" aria-hidden="true" />
                {CALENDAR_CHANNEL_LABELS[item.channel]}
              </td>
              <td>
                <button type="button" className="cal-list__open" onClick={() => onOpen(item.id)}>
                  {item.title}
                </button>
              </td>
              <td>
                {item.campaignName ?? '—'}
                {item.clientName && <span className="cal-muted"> · {item.clientName}</span>}
              </td>
              <td>{item.audienceSegment || '—'}</td>
              <td>{item.ownerName ?? '—'}</td>
              <td>{CALENDAR_STATUS_LABELS[item.status]}</td>
              <td>
                {item.warnings.length > 0 ? (
                  <span className="cal-warning-text">
                    <AlertCircleIcon />
                    {[...new Set(item.warnings.map((w) => w.ruleName))].join(', ')}
                  </span>
                ) : (
                  <span className="cal-muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
