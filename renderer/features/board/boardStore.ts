import { create } from 'zustand';
import type { CampaignSummary, CommitNotice, Person } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';
import { BOARD_MARKS, mark } from './boardPerf';
import { cardsToRefresh } from './noticeScope';

/** A move this window made, kept so Ctrl/Cmd+Z and the toast's Undo can reverse it. */
export interface LastMove {
  id: string;
  name: string;
  fromStageId: string;
  toStageId: string;
  direction: 'forward' | 'backward';
}

export type MoveResult = { ok: true; card: CampaignSummary } | { ok: false; error: BatonError };

/** A stage as the board orders and names it. */
export interface StageRef {
  id: string;
  name: string;
}

interface BoardState {
  /** The workspace's stages in board order (set by the board from the workspace view). */
  stages: readonly StageRef[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  campaigns: CampaignSummary[];
  people: Person[];
  error: BatonError | null;
  /** Moves sent but not yet answered: campaign id → the stage its card shows in meanwhile. */
  pending: Record<string, string>;
  lastMove: LastMove | null;
  /** A card to give keyboard focus once it is rendered (after a keyboard move, say). */
  focusId: string | null;
  /** Fetches every card and person; calls made while one runs are folded into one more. */
  load: (client: ApiClient) => Promise<void>;
  /**
   * Starts the first load at start-up, alongside the workspace's own requests, so the board
   * does not wait for them before asking for its cards; the board's first load takes it over.
   */
  prefetch: (client: ApiClient) => void;
  /** Drops a prefetch made before there was a workspace (first run): it has no cards. */
  forgetPrefetch: () => void;
  /** A committed write touched what the board shows. */
  onNotice: (client: ApiClient, notice: CommitNotice) => void;
  /**
   * `optimistic`: show the card in its new column before the answer. `focus`: keep keyboard
   * focus on the card wherever it is shown (a keyboard move), through each step.
   */
  move: (
    client: ApiClient,
    input: { id: string; toStageId: string; reason?: string; optimistic: boolean; focus?: boolean },
  ) => Promise<MoveResult>;
  setStages: (stages: readonly StageRef[]) => void;
  setLastMove: (move: LastMove | null) => void;
  requestFocus: (id: string | null) => void;
}

export const BOARD_TABLES = [
  'campaign',
  'client',
  'stage',
  'handoff',
  'handoffField',
  'checklistItem',
  'raci',
  'handoffEvent',
  'person',
];

/** A full refetch waits this long so a burst of writes (a sync batch, typing) costs one. */
const FULL_REFETCH_DELAY_MS = 250;
/** More changed cards than this in one notice: refetch them all at once instead. */
const MAX_SINGLE_REFETCHES = 50;

/** Cards with `fresh` applied: replaced, removed (null) or, when new, added at the end. */
function replaceCards(
  cards: CampaignSummary[],
  fresh: ReadonlyMap<string, CampaignSummary | null>,
): CampaignSummary[] {
  const out: CampaignSummary[] = [];
  const seen = new Set<string>();
  for (const c of cards) {
    seen.add(c.id);
    if (!fresh.has(c.id)) out.push(c);
    else {
      const next = fresh.get(c.id);
      if (next) out.push(next);
    }
  }
  for (const [id, card] of fresh) if (card && !seen.has(id)) out.push(card);
  return out;
}

/**
 * The cards of the board. Every answer from the backend is applied unless a move of that card
 * was sent after the request that produced it: an older read must not undo a newer write.
 */
export const useBoardStore = create<BoardState>((set, get) => {
  /** Request counter: each read and move takes the next number when it is sent. */
  let seq = 0;
  /** Campaign id → number of the last move sent for it. */
  const movedAt = new Map<string, number>();
  let loading: Promise<void> | null = null;
  /** Another load was asked for while one ran: null for none, else whether live asked. */
  let again: { fromLive: boolean } | null = null;
  let fullTimer: ReturnType<typeof setTimeout> | null = null;
  let prefetched: Promise<void> | null = null;
  /** Campaign id → moves of it sent and not yet answered. */
  const inFlight = new Map<string, number>();
  /** Notices naming only cards with a move in flight, until those moves are answered. */
  let held: CommitNotice[] = [];
  /** Writes this window made and applied from their answer (the last few). */
  const ownWrites = new Set<string>();

  function settleMove(client: ApiClient, id: string, txId: string | null) {
    const left = (inFlight.get(id) ?? 1) - 1;
    if (left > 0) inFlight.set(id, left);
    else inFlight.delete(id);
    if (txId) {
      ownWrites.add(txId);
      if (ownWrites.size > 50) ownWrites.delete(ownWrites.values().next().value!);
    }
    // A held notice of another write (a teammate's, landing meanwhile) still needs its refetch.
    const release = held;
    held = [];
    for (const notice of release) get().onNotice(client, notice);
  }

  const isStale = (id: string, requestSeq: number) => (movedAt.get(id) ?? 0) > requestSeq;

  async function loadOnce(client: ApiClient, fromLive: boolean): Promise<void> {
    const requestSeq = ++seq;
    try {
      const [campaigns, people] = await Promise.all([
        client.campaigns.list(),
        client.people.list(),
      ]);
      const current = new Map(get().campaigns.map((c) => [c.id, c]));
      const merged = campaigns.map((c) =>
        isStale(c.id, requestSeq) ? (current.get(c.id) ?? c) : c,
      );
      mark(BOARD_MARKS.data);
      set({ status: 'ready', campaigns: merged, people, error: null });
      if (fromLive) mark(BOARD_MARKS.live);
    } catch (err) {
      // A failed refetch keeps the cards already shown; only a first load shows the error.
      if (get().status !== 'ready') set({ status: 'error', error: toBatonError(err) });
    }
  }

  function loadCoalesced(client: ApiClient, fromLive: boolean): Promise<void> {
    if (loading) {
      again = { fromLive: fromLive || (again?.fromLive ?? false) };
      return loading;
    }
    loading = (async () => {
      let next: { fromLive: boolean } | null = { fromLive };
      while (next) {
        again = null;
        await loadOnce(client, next.fromLive);
        next = again;
      }
      loading = null;
    })();
    return loading;
  }

  function scheduleFull(client: ApiClient, delayMs: number) {
    if (fullTimer) return;
    fullTimer = setTimeout(() => {
      fullTimer = null;
      void loadCoalesced(client, true);
    }, delayMs);
  }

  /**
   * The fast path: the few cards a notice names, in one request, so a move shows within a
   * frame or two. A campaign the answer leaves out is gone (deleted by a teammate).
   */
  async function refreshCards(client: ApiClient, ids: readonly string[]) {
    const requestSeq = ++seq;
    let cards: CampaignSummary[];
    try {
      cards = await client.campaigns.cards({ ids: [...ids] });
    } catch {
      // The whole board's refetch retries (and says nothing unless that fails too).
      scheduleFull(client, FULL_REFETCH_DELAY_MS);
      return;
    }
    const fresh = new Map<string, CampaignSummary | null>(ids.map((id) => [id, null]));
    for (const c of cards) fresh.set(c.id, c);
    for (const id of fresh.keys()) if (isStale(id, requestSeq)) fresh.delete(id);
    if (fresh.size === 0) return;
    set((s) => ({ campaigns: replaceCards(s.campaigns, fresh) }));
    mark(BOARD_MARKS.live);
  }

  return {
    stages: [],
    status: 'idle',
    campaigns: [],
    people: [],
    error: null,
    pending: {},
    lastMove: null,
    focusId: null,

    load: (client) => {
      if (prefetched) {
        // Started at start-up, moments ago: the board's first load is that one.
        const first = prefetched;
        prefetched = null;
        return first;
      }
      if (get().status === 'idle') set({ status: 'loading' });
      return loadCoalesced(client, false);
    },

    prefetch: (client) => {
      if (get().status !== 'idle' || prefetched) return;
      set({ status: 'loading' });
      prefetched = loadCoalesced(client, false);
    },

    forgetPrefetch: () => {
      prefetched = null;
    },

    onNotice: (client, notice) => {
      if (notice.tables.includes('*')) {
        void loadCoalesced(client, true);
        return;
      }
      if (ownWrites.has(notice.txId)) {
        // The live update of this window's own write: its answer already showed the card.
        mark(BOARD_MARKS.live);
        return;
      }
      const named = cardsToRefresh(notice);
      if (named !== 'all' && named.length > 0 && named.every((id) => inFlight.has(id))) {
        // Maybe this window's own move, whose answer is on its way with the card: wait for it.
        held.push(notice);
        return;
      }
      if (named === 'all' || named.length > MAX_SINGLE_REFETCHES) {
        scheduleFull(client, FULL_REFETCH_DELAY_MS);
      } else if (named.length > 0) {
        void refreshCards(client, named);
      }
    },

    move: async (client, { id, toStageId, reason, optimistic, focus = false }) => {
      const focusId = (s: BoardState) => (focus ? id : s.focusId);
      movedAt.set(id, ++seq);
      inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
      const request = client.campaigns.move({ id, toStageId, reason });
      // The card moves on screen in the same render as the drop itself. (Deferring it to let
      // the request leave first cost a second board render: measured, the card showed in its
      // new column at p95 85 ms instead of 42, and the answer painted later, not sooner.)
      if (optimistic) {
        set((s) => ({ pending: { ...s.pending, [id]: toStageId }, focusId: focusId(s) }));
      }
      const settle = (s: BoardState) =>
        Object.fromEntries(Object.entries(s.pending).filter(([cardId]) => cardId !== id));
      try {
        const { txId, ...card } = await request;
        settleMove(client, id, txId);
        set((s) => ({
          pending: settle(s),
          campaigns: replaceCards(s.campaigns, new Map([[id, card]])),
          // Again: the card re-sorts by its new handoff's due date, maybe out of view.
          focusId: focusId(s),
        }));
        return { ok: true, card };
      } catch (err) {
        settleMove(client, id, null);
        // No focus request: a refused card is back where it was, and the handoff panel that
        // opens on what is missing takes focus.
        set((s) => ({ pending: settle(s) }));
        return { ok: false, error: toBatonError(err) };
      }
    },

    setStages: (stages) => set({ stages }),
    setLastMove: (lastMove) => set({ lastMove }),
    requestFocus: (focusId) => set({ focusId }),
  };
});
