import type { CalendarItemView, CalendarWarning } from '../../../shared/model';
import { AlertCircleIcon } from '../../ui';
import { weekdayDayMonth } from './calendarRange';
import { CALENDAR_CHANNEL_LABELS } from './channelStyle';

interface WarningsPanelProps {
  warnings: readonly CalendarWarning[];
  itemsById: Map<string, CalendarItemView>;
  onOpen: (id: string) => void;
}

/** The message after its "Rule name: " prefix, which the panel shows as the heading. */
export function withoutRuleName(w: CalendarWarning): string {
  const prefix = `${w.ruleName}: `;
  return w.message.startsWith(prefix) ? w.message.slice(prefix.length) : w.message;
}

/** Every coordination warning in the days shown: which rule, which items (each opens). */
export function WarningsPanel({ warnings, itemsById, onOpen }: WarningsPanelProps) {
  return (
    <aside className="cal-warnings" aria-labelledby="cal-warnings-title">
      <h2 id="cal-warnings-title" className="cal-warnings__title">
        Coordination warnings <span className="cal-warnings__count">{warnings.length}</span>
      </h2>
      {warnings.length === 0 ? (
        <p className="cal-muted">No rule is broken in the days shown.</p>
      ) : (
        <ul className="cal-warnings__list">
          {warnings.map((w) => (
            <li key={`${w.ruleId}:${w.itemIds.join(',')}`} className="cal-warnings__item">
              <div className="cal-warnings__rule">
                <AlertCircleIcon />
                {w.ruleName}
              </div>
              <p className="cal-warnings__message">{withoutRuleName(w)}</p>
              <ul className="cal-warnings__items" aria-label={`Items of: ${w.ruleName}`}>
                {w.itemIds.map((id) => {
                  const item = itemsById.get(id);
                  return (
                    <li key={id}>
                      {item ? (
                        <button
                          type="button"
                          className="cal-warnings__open"
                          onClick={() => onOpen(id)}
                        >
                          {item.title}
                          <span className="cal-muted">
                            {' '}
                            · {CALENDAR_CHANNEL_LABELS[item.channel]} ·{' '}
                            {weekdayDayMonth(item.localDate)} {item.localTime}
                          </span>
                        </button>
                      ) : (
                        <span className="cal-muted">An item outside the days shown</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
