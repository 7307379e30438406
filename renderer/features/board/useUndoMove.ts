import { useEffect, useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { Action } from '../commands/action';
import { useRegisterActions } from '../commands/actionRegistry';
import { useBoardStore } from './boardStore';
import { undoLastMove } from './moveCard';

const UNDO_SHORTCUT = 'Mod+Z';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type))
  );
}

function undo(client: ApiClient) {
  void undoLastMove(client, useBoardStore.getState().stages);
}

/**
 * Ctrl/Cmd+Z right after a move undoes it (in a text field it stays the field's own undo).
 * Registered as an action for the command palette and menu too; the board also listens itself
 * so the shortcut works wherever the board is shown. Whichever listener runs first prevents
 * the default, and the other then leaves the event alone.
 */
export function useUndoMove(client: ApiClient): void {
  const actions = useMemo<Action[]>(
    () => [
      {
        id: 'board.undoMove',
        label: 'Undo the last card move',
        group: 'Board',
        shortcut: UNDO_SHORTCUT,
        shortcutScope: 'outside-fields',
        keywords: ['undo', 'move back', 'card'],
        when: () => useBoardStore.getState().lastMove !== null,
        perform: (ctx) => undo(ctx.api),
      },
    ],
    [],
  );
  useRegisterActions(actions);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.altKey || e.shiftKey) return;
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      if (isTyping(e.target) || (e.target instanceof Element && e.target.closest('dialog'))) return;
      if (useBoardStore.getState().lastMove === null) return;
      e.preventDefault();
      undo(client);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [client]);
}
