import { useDroppable } from '@dnd-kit/core';
import type { CalendarItemView } from '../../../shared/model';
import { cx } from '../../ui';
import { weekdayDayMonth } from './calendarRange';
import { ItemChip } from './ItemChip';

interface DayCellProps {
  date: string;
  items: readonly CalendarItemView[];
  today: string;
  /** Month view: a day of the weeks around the month, drawn quieter. */
  outside?: boolean;
  /** What the cell heads with: "24" in month view, "Tue 24 Nov" in week view. */
  heading: string;
  onOpen: (id: string) => void;
  onKeyboardMove: (item: CalendarItemView, days: number) => void;
  weekStep: boolean;
}

/** One day: a drop target for dragged items, its items in time order. */
export function DayCell(props: DayCellProps) {
  const { date, items, today, outside, heading, onOpen, onKeyboardMove, weekStep } = props;
  const { setNodeRef, isOver } = useDroppable({ id: date });
  return (
    <div
      ref={setNodeRef}
      role="group"
      aria-label={`${weekdayDayMonth(date)}${date === today ? ', today' : ''}`}
      data-date={date}
      className={cx(
        'cal-day',
        outside && 'cal-day--outside',
        date === today && 'cal-day--today',
        isOver && 'cal-day--over',
      )}
    >
      <div className="cal-day__heading" aria-hidden="true">
        {heading}
      </div>
      <div className="cal-day__items">
        {items.map((item) => (
          <ItemChip
            key={item.id}
            item={item}
            onOpen={onOpen}
            onKeyboardMove={onKeyboardMove}
            weekStep={weekStep}
          />
        ))}
      </div>
    </div>
  );
}
