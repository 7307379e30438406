import type { ReactNode } from 'react';
import { Button, PlusIcon } from '../../ui';
import { CALENDAR_VIEW_MODES, VIEW_MODE_LABELS, type CalendarViewMode } from './calendarRange';

interface CalendarToolbarProps {
  mode: CalendarViewMode;
  title: string;
  anchor: string;
  homeTimeZone: string;
  onMode: (mode: CalendarViewMode) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onJump: (date: string) => void;
  onNew: () => void;
  exports: ReactNode;
}

const STEP_KEYS = 'PageUp or [ for the previous, PageDown or ] for the next';

/** View, period (previous, Today, next, jump to a date), the home zone, New item, exports. */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const { mode, title, anchor, homeTimeZone, onMode, onStep, onToday, onJump, onNew } = props;
  const unit = mode === 'week' ? 'week' : 'month';
  return (
    <div className="cal-toolbar">
      <div className="cal-toolbar__period">
        <Button
          size="sm"
          onClick={() => onStep(-1)}
          aria-label={`Previous ${unit}`}
          title={`Previous ${unit} (${STEP_KEYS})`}
          aria-keyshortcuts="PageUp ["
        >
          ‹
        </Button>
        <Button size="sm" onClick={onToday} title="Go to today (T)" aria-keyshortcuts="T">
          Today
        </Button>
        <Button
          size="sm"
          onClick={() => onStep(1)}
          aria-label={`Next ${unit}`}
          title={`Next ${unit} (${STEP_KEYS})`}
          aria-keyshortcuts="PageDown ]"
        >
          ›
        </Button>
        <h1 className="cal-toolbar__title" aria-live="polite">
          {title}
        </h1>
        <label className="cal-toolbar__jump">
          <span className="cal-sr-only">Jump to date</span>
          <input
            type="date"
            className="ui-control"
            value={anchor}
            title="Jump to date"
            onChange={(e) => e.target.value && onJump(e.target.value)}
          />
        </label>
      </div>
      <div className="cal-segmented" role="group" aria-label="View">
        {CALENDAR_VIEW_MODES.map((m) => (
          <button
            key={m}
            type="button"
            className="cal-segmented__option"
            aria-pressed={m === mode}
            onClick={() => onMode(m)}
          >
            {VIEW_MODE_LABELS[m]}
          </button>
        ))}
      </div>
      <span className="cal-toolbar__zone">Times in {homeTimeZone}</span>
      <div className="cal-toolbar__actions">
        {props.exports}
        <Button
          variant="primary"
          size="sm"
          icon={<PlusIcon />}
          onClick={onNew}
          title="New item (N)"
          aria-keyshortcuts="N"
        >
          New item
        </Button>
      </div>
    </div>
  );
}
