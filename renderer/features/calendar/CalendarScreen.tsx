import {
  DndContext,
  DragOverlay,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { addDays, localParts } from '../../../shared/domain/calendar';
import type { CalendarItemView } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { Button, cx, EmptyState, Spinner } from '../../ui';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { CalendarFilters } from './CalendarFilters';
import { CalendarGrid } from './CalendarGrid';
import { periodFor, stepPeriod, weekdayDayMonth } from './calendarRange';
import {
  CALENDAR_TABLES,
  NO_FILTER,
  OPTION_TABLES,
  queryOf,
  useCalendarStore,
} from './calendarStore';
import { CalendarToolbar } from './CalendarToolbar';
import { ChannelLegend } from './ChannelLegend';
import { CALENDAR_CHANNEL_LABELS, channelClass } from './channelStyle';
import { exportCalendar } from './exportCalendar';
import { CHIP_INSTRUCTIONS_ID } from './ItemChip';
import { ItemDialog, type ItemDialogTarget } from './ItemDialog';
import { itemsByDay } from './itemsByDay';
import { ListView } from './ListView';
import { announce, moveItem, useCalendarAnnouncer } from './moveItem';
import { useCalendarKeys } from './useCalendarKeys';
import { WarningsPanel } from './WarningsPanel';
import './calendar.css';

/** Today's date on the home zone's clock (not this laptop's, which may be travelling). */
function todayIn(zone: string): string {
  return localParts(Date.now(), zone).date;
}

/**
 * Every send and post across campaigns and channels: month, week or list, filtered, with the
 * coordination warnings of the days shown beside it. Items move by mouse drag or Alt+arrows.
 */
export function CalendarScreen() {
  const api = useApi();
  const workspace = useWorkspaceStore((s) => s.view?.workspace ?? null);
  const meId = useWorkspaceStore((s) => s.view?.me?.id ?? null);
  const store = useCalendarStore();
  const { mode, anchor, filter, status, view, error, load, loadOptions } = store;
  const homeTimeZone = view?.homeTimeZone ?? workspace?.homeTimeZone ?? 'UTC';
  const today = todayIn(homeTimeZone);
  const [dialog, setDialog] = useState<ItemDialogTarget | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  useEffect(() => {
    if (!useCalendarStore.getState().anchor) useCalendarStore.getState().setAnchor(today);
  }, [today]);
  useEffect(() => {
    void load(api);
  }, [api, load, mode, anchor, filter]);
  useEffect(() => {
    void loadOptions(api);
  }, [api, loadOptions]);
  const reload = useCallback(() => void load(api), [api, load]);
  const reloadOptions = useCallback(() => void loadOptions(api), [api, loadOptions]);
  useLiveRefetch(CALENDAR_TABLES, reload);
  useLiveRefetch(OPTION_TABLES, reloadOptions);

  const period = useMemo(() => periodFor(mode, anchor ?? today), [mode, anchor, today]);
  const items = useMemo(() => view?.items ?? [], [view]);
  const byDay = useMemo(() => itemsByDay(items), [items]);
  const itemsById = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  const step = (direction: -1 | 1) => store.setAnchor(stepPeriod(mode, anchor ?? today, direction));
  const openItem = useCallback((id: string) => setDialog({ kind: 'edit', id }), []);
  const newItem = () =>
    setDialog({ kind: 'new', date: anchor && anchor >= today ? anchor : today });
  useCalendarKeys({ step, today: () => store.setAnchor(today), newItem });

  const keyboardMove = useCallback(
    (item: CalendarItemView, days: number) =>
      void moveItem(api, item, addDays(item.localDate, days), 'keyboard'),
    [api],
  );

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
  );
  const announcements = useMemo<Announcements>(() => {
    const name = (id: string | number) => itemsById.get(String(id))?.title ?? 'The item';
    return {
      onDragStart: ({ active }) => `Picked up ${name(active.id)}.`,
      onDragOver: ({ active, over }) =>
        over ? `${name(active.id)} is over ${weekdayDayMonth(String(over.id))}.` : '',
      onDragEnd: ({ active, over }) =>
        over ? `${name(active.id)} dropped on ${weekdayDayMonth(String(over.id))}.` : '',
      onDragCancel: ({ active }) => `${name(active.id)} was not moved.`,
    };
  }, [itemsById]);
  const onDragStart = (e: DragStartEvent) => setActiveId(String(e.active.id));
  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null);
    const item = itemsById.get(String(e.active.id));
    if (item && e.over) void moveItem(api, item, String(e.over.id), 'drag');
  };
  const active = activeId ? itemsById.get(activeId) : undefined;
  const query = queryOf(mode, anchor ?? today, filter);
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);

  return (
    <div className="cal-screen">
      <CalendarToolbar
        mode={mode}
        title={period.title}
        anchor={anchor ?? today}
        homeTimeZone={homeTimeZone}
        onMode={store.setMode}
        onStep={step}
        onToday={() => store.setAnchor(today)}
        onJump={store.setAnchor}
        onNew={newItem}
        exports={
          <>
            <Button size="sm" onClick={() => void exportCalendar(api, 'ics', query)}>
              Export .ics
            </Button>
            <Button size="sm" onClick={() => void exportCalendar(api, 'csv', query)}>
              Export .csv
            </Button>
          </>
        }
      />
      <div className="cal-subbar">
        <CalendarFilters />
        <ChannelLegend />
      </div>
      <div className="cal-body">
        <div className="cal-main">
          {status === 'error' && (
            <EmptyState
              title="The calendar could not be loaded"
              body={error?.message}
              action={<Button onClick={reload}>Try again</Button>}
            />
          )}
          {(status === 'idle' || status === 'loading') && (
            <div className="cal-state" role="status">
              <Spinner /> Loading the calendar…
            </div>
          )}
          {status === 'ready' && items.length === 0 && (
            <div className="cal-empty" role="status">
              {filtered ? (
                <>
                  Nothing matches these filters {period.emptyName}.{' '}
                  <Button size="sm" variant="ghost" onClick={store.clearFilter}>
                    Clear filters
                  </Button>
                </>
              ) : (
                <>
                  Nothing planned {period.emptyName} — press <kbd>N</kbd> or{' '}
                  <Button size="sm" variant="ghost" onClick={newItem}>
                    New item
                  </Button>
                </>
              )}
            </div>
          )}
          {status === 'ready' && mode !== 'list' && (
            <DndContext
              sensors={sensors}
              collisionDetection={pointerWithin}
              accessibility={{ announcements }}
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              onDragCancel={() => setActiveId(null)}
            >
              <CalendarGrid
                mode={mode}
                weeks={period.weeks}
                anchor={anchor ?? today}
                today={today}
                byDay={byDay}
                onOpen={openItem}
                onKeyboardMove={keyboardMove}
              />
              <DragOverlay>
                {active ? (
                  <div
                    className={cx('cal-chip cal-chip--overlay', channelClass(active.channel))}
                    aria-hidden="true"
                  >
                    <span className="cal-chip__line">
                      <span className="cal-chip__time">{active.localTime}</span>
                      <span className="cal-chip__channel">
                        {CALENDAR_CHANNEL_LABELS[active.channel]}
                      </span>
                    </span>
                    <span className="cal-chip__title">{active.title}</span>
                  </div>
                ) : null}
              </DragOverlay>
            </DndContext>
          )}
          {status === 'ready' && mode === 'list' && items.length > 0 && (
            <ListView byDay={byDay} today={today} onOpen={openItem} />
          )}
        </div>
        {status === 'ready' && view && (
          <WarningsPanel warnings={view.warnings} itemsById={itemsById} onOpen={openItem} />
        )}
      </div>
      <p id={CHIP_INSTRUCTIONS_ID} className="cal-sr-only">
        Enter opens the item. Alt+Left or Alt+Right moves it a day
        {mode === 'month' ? ', Alt+Up or Alt+Down a week' : ''}. The mouse drags it to another day.
      </p>
      <CalendarAnnouncer />
      <ItemDialog
        target={dialog}
        homeTimeZone={homeTimeZone}
        meId={meId}
        onClose={() => setDialog(null)}
        onOpen={setDialog}
      />
    </div>
  );
}

function CalendarAnnouncer() {
  const message = useCalendarAnnouncer((s) => s.message);
  useEffect(() => () => announce(''), []);
  return (
    <div className="cal-sr-only" role="status" aria-live="polite" data-testid="calendar-announcer">
      {message}
    </div>
  );
}
