import type { CalendarItemView } from '../../../shared/model';
import { cx } from '../../ui';
import { inMonth, weekdayDayMonth } from './calendarRange';
import { DayCell } from './DayCell';

const WEEKDAY_HEADINGS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface CalendarGridProps {
  mode: 'month' | 'week';
  weeks: string[][];
  anchor: string;
  today: string;
  byDay: Map<string, CalendarItemView[]>;
  onOpen: (id: string) => void;
  onKeyboardMove: (item: CalendarItemView, days: number) => void;
}

/** Month (whole Monday-first weeks) or week: seven columns of days, each a drop target. */
export function CalendarGrid(props: CalendarGridProps) {
  const { mode, weeks, anchor, today, byDay, onOpen, onKeyboardMove } = props;
  return (
    <div className={cx('cal-grid', `cal-grid--${mode}`)}>
      {mode === 'month' && (
        <div className="cal-grid__weekdays" aria-hidden="true">
          {WEEKDAY_HEADINGS.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </div>
      )}
      {weeks.map((week) => (
        <div key={week[0]} className="cal-grid__week">
          {week.map((date) => (
            <DayCell
              key={date}
              date={date}
              items={byDay.get(date) ?? []}
              today={today}
              outside={mode === 'month' && !inMonth(date, anchor)}
              heading={mode === 'month' ? String(Number(date.slice(8))) : weekdayDayMonth(date)}
              onOpen={onOpen}
              onKeyboardMove={onKeyboardMove}
              weekStep={mode === 'month'}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
