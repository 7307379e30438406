import { type RefObject, useEffect } from 'react';
import { useModalStack } from '../../ui/modalStack';
import type { ActionContext } from './action';
import { availableActions } from './actionRegistry';
import { performAction } from './performAction';
import { isChord, matchesShortcut, type Platform } from './shortcuts';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    );
  }
  return false;
}

/**
 * The one keydown handler of the window: finds the registered action whose shortcut matches
 * and runs it. The context is read through a ref so the listener is attached once.
 */
export function useShortcutKeys(ctxRef: RefObject<ActionContext>, platform: Platform): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      const typing = isTypingTarget(event.target);
      const inModal = useModalStack.getState().stack.length > 0;
      const ctx = ctxRef.current;
      for (const action of availableActions(ctx)) {
        if (!action.shortcut || !matchesShortcut(action.shortcut, event, platform)) continue;
        const scope = action.shortcutScope ?? 'app';
        if (scope !== 'everywhere') {
          if (inModal) continue;
          if (typing && (scope === 'outside-fields' || !isChord(action.shortcut))) continue;
        }
        if (performAction(action, ctx, 'keyboard')) {
          event.preventDefault();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctxRef, platform]);
}
