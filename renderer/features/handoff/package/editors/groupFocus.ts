import type { FocusEvent } from 'react';

/**
 * Focus and blur for an editor made of several controls (a list, a table): the field counts as
 * left only when focus goes outside the whole group, not when it moves from one item to the next.
 */
export function groupFocusHandlers(onFocus: () => void, onBlur: () => void) {
  return {
    onFocus,
    onBlur: (e: FocusEvent<HTMLElement>) => {
      const next = e.relatedTarget;
      if (next instanceof Node && e.currentTarget.contains(next)) return;
      onBlur();
    },
  };
}
