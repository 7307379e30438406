import { create } from 'zustand';
import type {
  CalendarChannel,
  CalendarQuery,
  CalendarView,
  CampaignSummary,
  Client,
  Person,
} from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';
import { CALENDAR_VIEW_MODES, periodFor, type CalendarViewMode } from './calendarRange';

export interface CalendarFilter {
  clientId: string;
  channel: CalendarChannel | '';
  campaignId: string;
  ownerId: string;
}

export const NO_FILTER: CalendarFilter = { clientId: '', channel: '', campaignId: '', ownerId: '' };

const VIEW_KEY = 'baton.calendar.view';

function storedMode(): CalendarViewMode {
  try {
    const saved = window.localStorage.getItem(VIEW_KEY);
    return CALENDAR_VIEW_MODES.find((m) => m === saved) ?? 'month';
  } catch {
    return 'month'; // storage refused (private window): the default view is fine
  }
}

interface CalendarState {
  mode: CalendarViewMode;
  /** A day inside the period shown; null until the home zone's today is known. */
  anchor: string | null;
  filter: CalendarFilter;
  status: 'idle' | 'loading' | 'ready' | 'error';
  view: CalendarView | null;
  error: BatonError | null;
  clients: Client[];
  campaigns: CampaignSummary[];
  people: Person[];
  /**
   * The chip to focus once it is drawn on that day (a keyboard move draws it anew elsewhere;
   * until the read showing it there lands, the old chip must not take the focus).
   */
  focusOn: { id: string; date: string } | null;
  setMode: (mode: CalendarViewMode) => void;
  setAnchor: (anchor: string) => void;
  setFilter: (patch: Partial<CalendarFilter>) => void;
  clearFilter: () => void;
  requestFocus: (focusOn: { id: string; date: string } | null) => void;
  /** Re-reads what is shown; resolves with what it read, even when a later read superseded it. */
  load: (client: ApiClient) => Promise<CalendarView | null>;
  loadOptions: (client: ApiClient) => Promise<void>;
}

/** The backend query for what is shown: the view's days and the filters set. */
export function queryOf(
  mode: CalendarViewMode,
  anchor: string,
  filter: CalendarFilter,
): CalendarQuery {
  const { from, to } = periodFor(mode, anchor);
  return {
    from,
    to,
    ...(filter.clientId ? { clientId: filter.clientId } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.campaignId ? { campaignId: filter.campaignId } : {}),
    ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
  };
}

// Answers arriving out of order (quick PageDowns) must not show an older period.
let loadSeq = 0;

export const useCalendarStore = create<CalendarState>((set, get) => ({
  mode: storedMode(),
  anchor: null,
  filter: NO_FILTER,
  status: 'idle',
  view: null,
  error: null,
  clients: [],
  campaigns: [],
  people: [],
  focusOn: null,
  setMode: (mode) => {
    try {
      window.localStorage.setItem(VIEW_KEY, mode);
    } catch {
      // Not remembered across restarts; the choice still holds for this session.
    }
    set({ mode });
  },
  setAnchor: (anchor) => set({ anchor }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clearFilter: () => set({ filter: NO_FILTER }),
  requestFocus: (focusOn) => set({ focusOn }),
  load: async (client) => {
    const { mode, anchor, filter } = get();
    if (!anchor) return null;
    const seq = ++loadSeq;
    if (!get().view) set({ status: 'loading' });
    try {
      const view = await client.calendar.list(queryOf(mode, anchor, filter));
      if (seq === loadSeq) set({ status: 'ready', view, error: null });
      return view;
    } catch (err) {
      if (seq === loadSeq) set({ status: 'error', error: toBatonError(err) });
      return null;
    }
  },
  loadOptions: async (client) => {
    try {
      const [clients, campaigns, people] = await Promise.all([
        client.clients.list(),
        client.campaigns.list(),
        client.people.list(),
      ]);
      set({ clients, campaigns, people });
    } catch {
      // The filters and the dialog then offer fewer choices; the calendar itself still shows.
    }
  },
}));

/** Tables whose changes alter what the calendar shows (names, filters' choices, items). */
export const CALENDAR_TABLES = ['calendarItem', 'campaign', 'client', 'person', 'workspace'];
export const OPTION_TABLES = ['campaign', 'client', 'person'];
