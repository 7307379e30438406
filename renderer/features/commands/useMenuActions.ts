import { type RefObject, useEffect } from 'react';
import type { ActionContext } from './action';
import { availableActions } from './actionRegistry';
import { performAction } from './performAction';

/** Runs the registered action bound to each Electron menu command (nothing in browser mode). */
export function useMenuActions(ctxRef: RefObject<ActionContext>): void {
  useEffect(() => {
    const shell = window.batonShell;
    if (!shell) return;
    return shell.onMenuAction((menuAction) => {
      const ctx = ctxRef.current;
      const action = availableActions(ctx).find((a) => a.menuAction === menuAction);
      if (action) performAction(action, ctx, 'menu');
    });
  }, [ctxRef]);
}
