import { useDraggable } from '@dnd-kit/core';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { CalendarItemView } from '../../../shared/model';
import { AlertCircleIcon, cx } from '../../ui';
import { useCalendarStore } from './calendarStore';
import { CALENDAR_CHANNEL_LABELS, CALENDAR_STATUS_LABELS, channelClass } from './channelStyle';

export const CHIP_INSTRUCTIONS_ID = 'calendar-chip-instructions';

interface ItemChipProps {
  item: CalendarItemView;
  onOpen: (id: string) => void;
  /** Alt+arrows: days to move by (the screen decides what ↑/↓ mean in the view shown). */
  onKeyboardMove: (item: CalendarItemView, days: number) => void;
  weekStep: boolean;
}

/** Why the item is flagged, in a few words: the rule's name (several: the first and a count). */
function warningText(item: CalendarItemView): string | null {
  const names = [...new Set(item.warnings.map((w) => w.ruleName))];
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names[0]} +${names.length - 1}`;
}

/**
 * One send or post: time, channel, title, status and any warning in words. Click or Enter opens
 * it; the mouse drags it to another day; Alt+←/→ (and ↑/↓ by a week in month view) moves it.
 */
export function ItemChip({ item, onOpen, onKeyboardMove, weekStep }: ItemChipProps) {
  const { listeners, setNodeRef, isDragging } = useDraggable({ id: item.id });
  const ref = useRef<HTMLButtonElement | null>(null);
  const focusOn = useCalendarStore((s) => s.focusOn);
  const warning = warningText(item);

  useEffect(() => {
    if (focusOn?.id !== item.id || focusOn.date !== item.localDate || !ref.current) return;
    ref.current.focus();
    useCalendarStore.getState().requestFocus(null);
  }, [focusOn, item.id, item.localDate]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const days =
      e.key === 'ArrowLeft'
        ? -1
        : e.key === 'ArrowRight'
          ? 1
          : weekStep && e.key === 'ArrowUp'
            ? -7
            : weekStep && e.key === 'ArrowDown'
              ? 7
              : 0;
    if (days === 0) return;
    e.preventDefault();
    onKeyboardMove(item, days);
  };

  const channel = CALENDAR_CHANNEL_LABELS[item.channel];
  const status = CALENDAR_STATUS_LABELS[item.status];
  return (
    <button
      type="button"
      ref={(node) => {
        ref.current = node;
        setNodeRef(node);
      }}
      className={cx(
        'cal-chip',
        channelClass(item.channel),
        `cal-chip--${item.status}`,
        warning && 'cal-chip--warning',
        isDragging && 'cal-chip--dragging',
      )}
      data-item-id={item.id}
      aria-label={`${item.localTime} ${channel}: ${item.title}, ${status}${warning ? `, warning: ${warning}` : ''}`}
      aria-describedby={CHIP_INSTRUCTIONS_ID}
      title={[item.title, ...item.warnings.map((w) => w.message)].join('\n')}
      onClick={() => onOpen(item.id)}
      onKeyDown={onKeyDown}
      {...listeners}
    >
      <span className="cal-chip__line">
        <span className="cal-chip__time">{item.localTime}</span>
        <span className="cal-chip__channel">{channel}</span>
        <span className="cal-chip__status">{status}</span>
      </span>
      <span className="cal-chip__title">{item.title}</span>
      {warning && (
        <span className="cal-chip__warning">
          <AlertCircleIcon aria-hidden="true" />
          {warning}
        </span>
      )}
    </button>
  );
}
