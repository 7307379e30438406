import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { DropPlan } from './planDrop';

/** What the announcements need to know about the board at the moment they speak. */
export interface AnnouncementContext {
  cardName: (cardId: string) => string;
  /** Name of the stage a card is in now. */
  cardStage: (cardId: string) => string;
  cardStageId: (cardId: string) => string | null;
  stageName: (stageId: string) => string;
  /** Gate state in words for a refused move, e.g. "9 missing". */
  gateLabel: (cardId: string) => string | null;
  plan: (cardId: string, toStageId: string) => DropPlan;
}

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'Press Enter to open the campaign’s current handoff. To move the card, press Space, then ' +
    'the left or right arrow key to move it to the previous or next stage, up or down within ' +
    'the stage. Press Space or Enter to drop it, Escape to cancel.',
};

/** What a drop will do, said the way the board then shows it. */
export function dropSentence(ctx: AnnouncementContext, cardId: string, toStageId: string): string {
  const name = ctx.cardName(cardId);
  const from = ctx.cardStage(cardId);
  const to = ctx.stageName(toStageId);
  const plan = ctx.plan(cardId, toStageId);
  switch (plan.kind) {
    case 'none':
      return `${name} dropped back in ${from}.`;
    case 'forward':
      return `${name} moved to ${to}.`;
    case 'backward':
      return `${name} is moving back to ${to}. Give a reason to confirm.`;
    case 'refused': {
      const label = plan.gateRefused ? ctx.gateLabel(cardId) : null;
      return label
        ? `${name} is blocked: ${label}. It stays in ${from}.`
        : `${plan.message}. ${name} stays in ${from}.`;
    }
  }
}

/** Plain-words announcements for @dnd-kit's live region. */
export function boardAnnouncements(ctx: AnnouncementContext): Announcements {
  const id = (x: string | number) => String(x);
  // The stage last announced, so the card's own column right after pick-up does not replace
  // "Picked up …" (the live region keeps only the latest sentence).
  let lastOver: string | null = null;
  return {
    onDragStart: ({ active }) => {
      lastOver = ctx.cardStageId(id(active.id));
      return `Picked up ${ctx.cardName(id(active.id))} in ${ctx.cardStage(id(active.id))}.`;
    },
    onDragOver: ({ active, over }) => {
      const overId = over ? id(over.id) : null;
      if (overId === lastOver) return undefined;
      lastOver = overId;
      return overId
        ? `${ctx.cardName(id(active.id))} is over ${ctx.stageName(overId)}.`
        : `${ctx.cardName(id(active.id))} is not over a stage.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? dropSentence(ctx, id(active.id), id(over.id))
        : `${ctx.cardName(id(active.id))} stays in ${ctx.cardStage(id(active.id))}.`,
    onDragCancel: ({ active }) =>
      `Move cancelled. ${ctx.cardName(id(active.id))} stays in ${ctx.cardStage(id(active.id))}.`,
  };
}
