import { useEffect, type RefObject } from 'react';

/**
 * Keeping toasts off a side panel. Toasts sit bottom-right, which is where a panel docked at the
 * right edge keeps its main buttons (Approve, "I have what I need"). While such a panel is open it
 * reports its size here, and the toast region (Toast.css) moves by two CSS variables on the
 * document: beside the panel when the window leaves room for a toast, otherwise just above the
 * panel's footer. The panel's feature owns the panel; this module only knows rectangles.
 */

/** Narrowest toast worth showing beside a panel, plus its margins on both sides. */
export const MIN_TOAST_ROOM = 288 + 2 * 16;

export const TOAST_CLEAR_RIGHT = '--toast-clear-right';
export const TOAST_CLEAR_BOTTOM = '--toast-clear-bottom';

export interface ToastClearance {
  /** How far the toast region moves left: the panel's width, or 0 when it goes above the footer. */
  right: number;
  /** How far it moves up: the panel footer's height when there is no room beside the panel. */
  bottom: number;
}

export function toastClearance(sizes: {
  viewportWidth: number;
  panelWidth: number;
  footerHeight: number;
}): ToastClearance {
  const { viewportWidth, panelWidth, footerHeight } = sizes;
  if (viewportWidth - panelWidth >= MIN_TOAST_ROOM) return { right: panelWidth, bottom: 0 };
  return { right: 0, bottom: footerHeight };
}

/**
 * For a panel docked at the right edge: keeps toasts clear of it while it is mounted, following
 * its size, its footer's and the window's. `footer` is the element holding the panel's buttons
 * (null while there is none, e.g. while loading).
 */
export function useToastClearance(
  panelRef: RefObject<HTMLElement | null>,
  footer: HTMLElement | null,
): void {
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const root = document.documentElement.style;
    const update = () => {
      const { right, bottom } = toastClearance({
        viewportWidth: window.innerWidth,
        panelWidth: panel.getBoundingClientRect().width,
        footerHeight: footer?.getBoundingClientRect().height ?? 0,
      });
      root.setProperty(TOAST_CLEAR_RIGHT, `${right}px`);
      root.setProperty(TOAST_CLEAR_BOTTOM, `${bottom}px`);
    };
    update();
    window.addEventListener('resize', update);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(panel);
    if (footer) observer?.observe(footer);
    return () => {
      window.removeEventListener('resize', update);
      observer?.disconnect();
      root.removeProperty(TOAST_CLEAR_RIGHT);
      root.removeProperty(TOAST_CLEAR_BOTTOM);
    };
  }, [panelRef, footer]);
}
