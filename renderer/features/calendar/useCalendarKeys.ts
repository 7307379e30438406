import { useEffect, useRef } from 'react';
import { useModalStack } from '../../ui/modalStack';

export interface CalendarKeyHandlers {
  step: (direction: -1 | 1) => void;
  today: () => void;
  newItem: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * The calendar page's own keys, while it is shown and no dialog is open: PageUp/PageDown and
 * [ / ] step a period, T goes to today, N plans a new item. Never while typing in a field.
 */
export function useCalendarKeys(handlers: CalendarKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target) || useModalStack.getState().stack.length > 0) return;
      const h = latest.current;
      if (e.key === 'PageUp' || e.key === '[') h.step(-1);
      else if (e.key === 'PageDown' || e.key === ']') h.step(1);
      else if (e.key === 't' || e.key === 'T') h.today();
      else if (e.key === 'n' || e.key === 'N') h.newItem();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
