// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CampaignSummary } from '../../../shared/model';
import type { ApiClient } from '../../../renderer/api/client';
import { useBoardStore } from '../../../renderer/features/board/boardStore';
import { moveCard, undoLastMove } from '../../../renderer/features/board/moveCard';
import { usePanelStore } from '../../../renderer/features/handoff/panelStore';
import { useToastStore } from '../../../renderer/ui/toastStore';
import { card, PASSED, STAGES } from './cardFixture';

type Move = (i: { id: string; toStageId: string; reason?: string }) => Promise<CampaignSummary>;

function fakeClient(move: Move): { client: ApiClient; move: ReturnType<typeof vi.fn<Move>> } {
  const spy = vi.fn<Move>(move);
  // Only campaigns.move is called here; the full client type is oRPC's generated one.
  return { client: { campaigns: { move: spy } } as unknown as ApiClient, move: spy };
}

const ready = card({ gate: PASSED });
const inCreative = card({ gate: PASSED, stageId: 'st-creative', stageName: 'Creative' });
const toasts = () => useToastStore.getState().toasts;

beforeEach(() => {
  useBoardStore.setState({ campaigns: [ready], pending: {}, lastMove: null, stages: STAGES });
  useToastStore.setState({ toasts: [] });
  usePanelStore.getState().close();
});

describe('moving a card', () => {
  it('a done move says so with Undo, and Undo moves it back with the reason "Undo"', async () => {
    const { client, move } = fakeClient(async (i) =>
      i.toStageId === 'st-creative' ? inCreative : ready,
    );
    const result = await moveCard({
      client,
      card: ready,
      toStageId: 'st-creative',
      stages: STAGES,
      via: 'drop',
    });
    expect(result.ok).toBe(true);
    expect(toasts()).toMatchObject([
      {
        kind: 'success',
        title: 'Spring Origins Launch moved to Creative',
        action: { label: 'Undo' },
      },
    ]);
    expect(useBoardStore.getState().lastMove).toMatchObject({
      fromStageId: 'st-strategy',
      toStageId: 'st-creative',
      direction: 'forward',
    });

    await undoLastMove(client, STAGES);
    expect(move).toHaveBeenLastCalledWith({
      id: ready.id,
      toStageId: 'st-strategy',
      reason: 'Undo',
    });
    expect(toasts().at(-1)).toMatchObject({
      title: 'Undone: Spring Origins Launch is back in Strategy',
    });
    expect(useBoardStore.getState().lastMove).toBeNull();
  });

  it('a refused forward move opens the handoff on what is missing and names it', async () => {
    const { client } = fakeClient(() =>
      Promise.reject({
        code: 'RULE_VIOLATION',
        message: 'The Strategy → Creative handoff is not ready: 4 missing',
        data: {
          issues: ['Strategy summary', 'Audience insights', 'Success metrics', 'Accountable'].map(
            (field) => ({ field, problem: 'is missing' }),
          ),
        },
      }),
    );
    const result = await moveCard({
      client,
      card: card(),
      toStageId: 'st-creative',
      stages: STAGES,
      via: 'drop',
    });
    expect(result.ok).toBe(false);
    expect(usePanelStore.getState()).toMatchObject({ handoffId: 'h-spring', reason: 'blocked' });
    expect(toasts()).toMatchObject([
      {
        kind: 'error',
        title: 'The Strategy → Creative handoff is not ready: 4 missing',
        body: 'Missing: Strategy summary, Audience insights, Success metrics and 1 more',
      },
    ]);
    // It never left its column.
    expect(useBoardStore.getState().pending).toEqual({});
  });

  it('undoing a move back goes through the gate again, and says when it is refused', async () => {
    useBoardStore.setState({
      campaigns: [ready],
      lastMove: {
        id: ready.id,
        name: ready.name,
        fromStageId: 'st-creative',
        toStageId: 'st-strategy',
        direction: 'backward',
      },
    });
    const { client, move } = fakeClient(() =>
      Promise.reject({
        code: 'RULE_VIOLATION',
        message:
          'The Strategy → Creative handoff is not ready: awaiting approval by the quality owner',
        data: { issues: [{ field: 'gate', problem: 'awaiting approval' }] },
      }),
    );
    await undoLastMove(client, STAGES);
    expect(move).toHaveBeenCalledWith({
      id: ready.id,
      toStageId: 'st-creative',
      reason: undefined,
    });
    expect(toasts()).toMatchObject([
      {
        kind: 'error',
        title:
          'Could not undo: The Strategy → Creative handoff is not ready: awaiting approval by the quality owner',
        body: undefined,
      },
    ]);
  });

  it('does not undo a card that has moved since', async () => {
    useBoardStore.setState({
      campaigns: [inCreative],
      lastMove: {
        id: ready.id,
        name: ready.name,
        fromStageId: 'st-creative',
        toStageId: 'st-strategy',
        direction: 'backward',
      },
    });
    const { client, move } = fakeClient(async () => ready);
    await undoLastMove(client, STAGES);
    expect(move).not.toHaveBeenCalled();
    expect(toasts()).toMatchObject([
      { kind: 'info', title: 'Nothing to undo: Spring Origins Launch has moved since' },
    ]);
  });
});
