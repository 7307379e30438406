import { toBatonError } from '../../api/errors';
import { toast } from '../../ui';
import type { Action, ActionContext } from './action';
import { isAvailable } from './actionRegistry';

export type ActionSource = 'keyboard' | 'palette' | 'menu';

/*
 * In Electron a menu accelerator (CmdOrCtrl+N) and our keydown handler can both see one key
 * press: on macOS the menu wins, on Windows and Linux the page sees it first. The handler
 * prevents the default, which normally stops the menu; this window catches what slips through.
 */
const SAME_PRESS_MS = 400;
let last: { id: string; source: ActionSource; at: number } | null = null;

/**
 * Runs an action if it is available, reporting a failure as a toast. Returns whether it ran.
 * Every entry point (keyboard, palette, menu) goes through here.
 */
export function performAction(action: Action, ctx: ActionContext, source: ActionSource): boolean {
  if (!isAvailable(action, ctx)) return false;
  const now = Date.now();
  if (last && last.id === action.id && last.source !== source && now - last.at < SAME_PRESS_MS) {
    return false;
  }
  last = { id: action.id, source, at: now };
  try {
    const result = action.perform(ctx);
    if (result instanceof Promise) result.catch(report);
  } catch (err) {
    report(err);
  }
  return true;
}

function report(err: unknown): void {
  toast.show({ kind: 'error', title: toBatonError(err).message });
}
