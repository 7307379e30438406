import type { DragCancelEvent, DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CampaignSummary } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { boardAnnouncements, type AnnouncementContext } from './announcements';
import { BOARD_MARKS, mark } from './boardPerf';
import { useBoardStore, type StageRef } from './boardStore';
import type { DropHint } from './Column';
import { moveCard } from './moveCard';
import type { MoveBackRequest } from './MoveBackDialog';
import { planDrop } from './planDrop';

interface PendingMoveBack extends MoveBackRequest {
  toStageId: string;
  /** Focus goes back to the card afterwards only when the move started from the keyboard. */
  keyboard: boolean;
}

/**
 * The board's side of drag and drop: what is held, what a drop would do (for the column's hint
 * and the announcements), and what a drop does. Moves themselves go through moveCard.
 */
export function useBoardDrag(
  client: ApiClient,
  stages: readonly StageRef[],
  cardsById: ReadonlyMap<string, CampaignSummary>,
) {
  const [activeId, setActiveId] = useState<string | null>(null);
  /** The card held now, or last, was picked up with the keyboard. */
  const [keyboard, setKeyboard] = useState(false);
  const [overId, setOverId] = useState<string | null>(null);
  const [moveBack, setMoveBack] = useState<PendingMoveBack | null>(null);
  // Announcements and sensors are created once; they read the board as it is when they speak.
  const latest = useRef({ stages, cardsById });
  latest.current = { stages, cardsById };

  const announcements = useMemo(() => {
    const stageName = (id: string) =>
      latest.current.stages.find((s) => s.id === id)?.name ?? 'an unknown stage';
    const card = (id: string) => latest.current.cardsById.get(id);
    const ctx: AnnouncementContext = {
      cardName: (id) => card(id)?.name ?? 'The card',
      cardStage: (id) => stageName(card(id)?.stageId ?? ''),
      cardStageId: (id) => card(id)?.stageId ?? null,
      stageName,
      gateLabel: (id) => card(id)?.gate?.label ?? null,
      plan: (id, to) => {
        const c = card(id);
        return c ? planDrop(c, to, latest.current.stages) : { kind: 'none' };
      },
    };
    return boardAnnouncements(ctx);
  }, []);

  const getOrder = useCallback(() => latest.current.stages.map((s) => s.id), []);

  const onDragStart = useCallback((e: DragStartEvent) => {
    setActiveId(String(e.active.id));
    setKeyboard(e.activatorEvent instanceof KeyboardEvent);
  }, []);

  const onDragOver = useCallback((e: DragOverEvent) => {
    setOverId(e.over ? String(e.over.id) : null);
  }, []);

  const onDragCancel = useCallback((e: DragCancelEvent) => {
    setActiveId(null);
    setOverId(null);
    if (e.activatorEvent instanceof KeyboardEvent) {
      useBoardStore.getState().requestFocus(String(e.active.id));
    }
  }, []);

  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      mark(BOARD_MARKS.drop);
      setActiveId(null);
      setOverId(null);
      const keyboard = e.activatorEvent instanceof KeyboardEvent;
      const card = latest.current.cardsById.get(String(e.active.id));
      if (!card) return;
      const focusLater = () => {
        if (keyboard) useBoardStore.getState().requestFocus(card.id);
      };
      const toStageId = e.over ? String(e.over.id) : null;
      const plan = toStageId ? planDrop(card, toStageId, latest.current.stages) : null;
      if (!toStageId || !plan || plan.kind === 'none') {
        focusLater();
        return;
      }
      if (plan.kind === 'backward') {
        const all = latest.current.stages;
        const to = all.findIndex((s) => s.id === toStageId);
        setMoveBack({
          cardId: card.id,
          cardName: card.name,
          toStageId,
          toStage: all[to]?.name ?? '?',
          reopens: `${all[to]?.name ?? '?'} → ${all[to + 1]?.name ?? '?'}`,
          keyboard,
        });
        return;
      }
      // Focus follows the card through the move (the store asks for it at each step).
      void moveCard({
        client,
        card,
        toStageId,
        stages: latest.current.stages,
        via: 'drop',
        keyboard,
      });
    },
    [client],
  );

  const confirmMoveBack = useCallback(
    async (reason: string) => {
      const request = moveBack;
      const card = request ? latest.current.cardsById.get(request.cardId) : undefined;
      if (!request || !card) {
        setMoveBack(null);
        return null;
      }
      const result = await moveCard({
        client,
        card,
        toStageId: request.toStageId,
        stages: latest.current.stages,
        reason,
        via: 'dialog',
        keyboard: request.keyboard,
      });
      if (!result.ok) return result.error;
      setMoveBack(null);
      return null;
    },
    [client, moveBack],
  );

  const cancelMoveBack = useCallback(() => {
    if (moveBack?.keyboard) useBoardStore.getState().requestFocus(moveBack.cardId);
    setMoveBack(null);
  }, [moveBack]);

  /** What the column under the held card would do with it, for the eyes. */
  const dropHint = (stageId: string): DropHint => {
    if (!activeId || overId !== stageId) return null;
    const card = cardsById.get(activeId);
    if (!card || card.stageId === stageId) return null;
    const plan = planDrop(card, stageId, stages);
    switch (plan.kind) {
      case 'forward':
        return { tone: 'ok', text: 'Drop to hand off' };
      case 'backward':
        return { tone: 'back', text: 'Drop to move back (asks for a reason)' };
      case 'refused':
        return {
          tone: 'blocked',
          text: plan.gateRefused && card.gate ? `Blocked: ${card.gate.label}` : 'Not allowed',
        };
      default:
        return null;
    }
  };

  return {
    activeId,
    keyboard,
    announcements,
    getOrder,
    dropHint,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel },
    moveBack,
    confirmMoveBack,
    cancelMoveBack,
  };
}
