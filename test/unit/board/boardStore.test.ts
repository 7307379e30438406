import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CampaignSummary, CommitNotice, MovedCard } from '../../../shared/model';
import type { ApiClient } from '../../../renderer/api/client';
import { useBoardStore } from '../../../renderer/features/board/boardStore';
import { card } from './cardFixture';

/** A promise resolved from outside, to decide when the "backend" answers. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface FakeBackend {
  list: ReturnType<typeof vi.fn<() => Promise<CampaignSummary[]>>>;
  cards: ReturnType<typeof vi.fn<(i: { ids: string[] }) => Promise<CampaignSummary[]>>>;
  move: ReturnType<typeof vi.fn<(i: { id: string; toStageId: string }) => Promise<MovedCard>>>;
}

function fakeClient(): { client: ApiClient; backend: FakeBackend } {
  const backend: FakeBackend = {
    list: vi.fn<() => Promise<CampaignSummary[]>>(),
    cards: vi.fn<(i: { ids: string[] }) => Promise<CampaignSummary[]>>(),
    move: vi.fn<(i: { id: string; toStageId: string }) => Promise<MovedCard>>(),
  };
  const client = {
    campaigns: { list: backend.list, cards: backend.cards, move: backend.move },
    people: { list: () => Promise.resolve([]) },
  };
  // Only the procedures the store calls exist; the full client type is oRPC's generated one.
  return { client: client as unknown as ApiClient, backend };
}

const spring = card();
const moved = card({ stageId: 'st-creative', stageName: 'Creative' });
const notice = (
  campaignIds: string[] | null,
  tables: string[] = ['campaign', 'handoff'],
  txId = 't',
): CommitNotice => ({ txId, tables, ids: campaignIds ?? [], campaignIds });
/** The backend's answer to a move: the card and the id of the write that moved it. */
const answerOf = (c: CampaignSummary, txId: string | null = 'tx-move'): MovedCard => ({
  ...c,
  txId,
});

beforeEach(() => {
  vi.useFakeTimers();
  useBoardStore.setState({ status: 'idle', campaigns: [], people: [], pending: {}, error: null });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('board store', () => {
  it('loads the cards', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    expect(useBoardStore.getState()).toMatchObject({ status: 'ready', campaigns: [spring] });
  });

  it('a prefetch at start-up is the board’s first load: one request, not two', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    useBoardStore.getState().prefetch(client);
    expect(useBoardStore.getState().status).toBe('loading');
    await useBoardStore.getState().load(client);
    expect(backend.list).toHaveBeenCalledTimes(1);
    expect(useBoardStore.getState()).toMatchObject({ status: 'ready', campaigns: [spring] });
    // Later loads (the board shown again) fetch anew.
    await useBoardStore.getState().load(client);
    expect(backend.list).toHaveBeenCalledTimes(2);
  });

  it('a prefetch from before the workspace existed is not taken for the first load', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValueOnce([]).mockResolvedValue([spring]);
    useBoardStore.getState().prefetch(client);
    useBoardStore.getState().forgetPrefetch();
    await useBoardStore.getState().load(client);
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.list).toHaveBeenCalledTimes(2);
    expect(useBoardStore.getState().campaigns).toEqual([spring]);
  });

  it('shows an optimistic move at once and the answer after', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    const answer = deferred<MovedCard>();
    backend.move.mockReturnValue(answer.promise);

    const result = useBoardStore
      .getState()
      .move(client, { id: spring.id, toStageId: 'st-creative', optimistic: true });
    // The request is sent and the card shows in its new column at once, before the answer.
    expect(backend.move).toHaveBeenCalledTimes(1);
    expect(useBoardStore.getState().pending).toEqual({ [spring.id]: 'st-creative' });
    answer.resolve(answerOf(moved));
    expect(await result).toEqual({ ok: true, card: moved });
    expect(useBoardStore.getState().pending).toEqual({});
    expect(useBoardStore.getState().campaigns).toEqual([moved]);
  });

  it('springs back when the backend refuses, with its typed error', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    backend.move.mockRejectedValue({
      code: 'RULE_VIOLATION',
      message: 'The Strategy → Creative handoff is not ready: 9 missing',
      data: { issues: [{ field: 'Strategy summary', problem: 'is missing' }] },
    });
    const result = await useBoardStore
      .getState()
      .move(client, { id: spring.id, toStageId: 'st-creative', optimistic: true });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: 'The Strategy → Creative handoff is not ready: 9 missing',
        issues: [{ field: 'Strategy summary', problem: 'is missing' }],
      },
    });
    expect(useBoardStore.getState().pending).toEqual({});
    expect(useBoardStore.getState().campaigns).toEqual([spring]);
  });

  it('an older read answering after a move does not undo the move on screen', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);

    const staleRead = deferred<CampaignSummary[]>();
    backend.list.mockReturnValueOnce(staleRead.promise);
    const reading = useBoardStore.getState().load(client); // sent before the move
    backend.move.mockResolvedValue(answerOf(moved));
    await useBoardStore
      .getState()
      .move(client, { id: spring.id, toStageId: 'st-creative', optimistic: true });
    staleRead.resolve([spring]);
    await reading;
    expect(useBoardStore.getState().campaigns).toEqual([moved]);
  });

  it('a live update naming a card refetches just that card', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    backend.cards.mockResolvedValue([moved]);
    backend.list.mockClear();

    useBoardStore.getState().onNotice(client, notice([spring.id]));
    await vi.advanceTimersByTimeAsync(1000);
    expect(backend.cards).toHaveBeenCalledWith({ ids: [spring.id] });
    expect(useBoardStore.getState().campaigns).toEqual([moved]);
    expect(backend.list).not.toHaveBeenCalled();
  });

  it('the notice of this window’s own move needs no refetch, before or after its answer', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    const answer = deferred<MovedCard>();
    backend.move.mockReturnValueOnce(answer.promise);
    const moving = useBoardStore
      .getState()
      .move(client, { id: spring.id, toStageId: 'st-creative', optimistic: true });
    // The notice overtakes the answer (WebSocket and HTTP race): held, then dropped as ours.
    useBoardStore.getState().onNotice(client, notice([spring.id], ['campaign'], 'tx-1'));
    answer.resolve(answerOf(moved, 'tx-1'));
    await moving;
    // Or it comes after the answer: recognised as ours.
    useBoardStore.getState().onNotice(client, notice([spring.id], ['campaign'], 'tx-1'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(backend.cards).not.toHaveBeenCalled();
    expect(backend.list).toHaveBeenCalledTimes(1);
    expect(useBoardStore.getState().campaigns).toEqual([moved]);
  });

  it('a teammate’s write landing while a move is in flight is still refetched', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    const answer = deferred<MovedCard>();
    backend.move.mockReturnValueOnce(answer.promise);
    const teammates = card({ stageId: 'st-creative', stageName: 'Creative', name: 'Renamed' });
    backend.cards.mockResolvedValue([teammates]);
    const moving = useBoardStore
      .getState()
      .move(client, { id: spring.id, toStageId: 'st-creative', optimistic: true });
    useBoardStore.getState().onNotice(client, notice([spring.id], ['campaign'], 'tx-teammate'));
    expect(backend.cards).not.toHaveBeenCalled();
    answer.resolve(answerOf(moved, 'tx-mine'));
    await moving;
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.cards).toHaveBeenCalledWith({ ids: [spring.id] });
    expect(useBoardStore.getState().campaigns).toEqual([teammates]);
  });

  it('a campaign created elsewhere joins the board', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    const fresh = card({ id: 'c-new', name: 'New One' });
    backend.cards.mockResolvedValue([fresh]);
    useBoardStore.getState().onNotice(client, notice(['c-new']));
    await vi.advanceTimersByTimeAsync(0);
    expect(useBoardStore.getState().campaigns).toEqual([spring, fresh]);
  });

  it('refetches the whole board, once per burst, for writes every card shows or too many rows', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    backend.list.mockClear();

    // A renamed person (on every card), then a write too big to name its campaigns.
    useBoardStore.getState().onNotice(client, notice([], ['person']));
    useBoardStore.getState().onNotice(client, notice(null));
    await vi.advanceTimersByTimeAsync(100);
    expect(backend.list).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(backend.list).toHaveBeenCalledTimes(1);
    expect(backend.cards).not.toHaveBeenCalled();
  });

  it('a card deleted elsewhere leaves the board', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    backend.cards.mockResolvedValue([]);
    useBoardStore.getState().onNotice(client, notice([spring.id]));
    await vi.advanceTimersByTimeAsync(0);
    expect(useBoardStore.getState().campaigns).toEqual([]);
  });

  it('a refresh that fails falls back to the whole board', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    backend.list.mockClear();
    backend.cards.mockRejectedValue(new TypeError('fetch failed'));
    useBoardStore.getState().onNotice(client, notice([spring.id]));
    await vi.advanceTimersByTimeAsync(400);
    expect(backend.list).toHaveBeenCalledTimes(1);
    expect(useBoardStore.getState().campaigns).toEqual([spring]);
  });

  it('keeps the cards on screen when a refetch fails', async () => {
    const { client, backend } = fakeClient();
    backend.list.mockResolvedValue([spring]);
    await useBoardStore.getState().load(client);
    backend.list.mockRejectedValue(new TypeError('fetch failed'));
    await useBoardStore.getState().load(client);
    expect(useBoardStore.getState()).toMatchObject({ status: 'ready', campaigns: [spring] });
  });
});
