import { useCallback, useSyncExternalStore } from 'react';
import type { Screen } from '../features/commands/action';

export const SCREENS: readonly Screen[] = ['board', 'clients', 'people', 'templates', 'settings'];

export const SCREEN_LABELS: Record<Screen, string> = {
  board: 'Board',
  clients: 'Clients',
  people: 'People',
  templates: 'Templates',
  settings: 'Settings',
};

/**
 * Pages reached by their hash that the action context's Screen type does not list (yet): the
 * shell shows them instead of the screen, and ctx.screen stays the board while one is open.
 */
export const PAGES = [
  'calendar',
  'leads',
  'health',
  'handoff-map',
  'retrospectives',
  'optimization',
] as const;
export type Page = (typeof PAGES)[number];

export const PAGE_LABELS: Record<Page, string> = {
  calendar: 'Calendar',
  leads: 'Leads',
  health: 'Health',
  optimization: 'Optimization',
  'handoff-map': 'Handoff map',
  retrospectives: 'Retrospectives',
};

/** Shorter names for the header's tabs, where space is tight. */
export const PAGE_TAB_LABELS: Record<Page, string> = { ...PAGE_LABELS, 'handoff-map': 'Map' };

/** Pages with a tab of their own in the header; the rest sit in its "More" menu. */
export const TAB_PAGES: readonly Page[] = ['calendar', 'leads'];
export const MENU_PAGES: readonly Page[] = [
  'handoff-map',
  'health',
  'optimization',
  'retrospectives',
];

function pageOf(hash: string): Page | null {
  const name = hash.replace(/^#\/?/, '');
  return PAGES.find((p) => p === name) ?? null;
}

/** The page shown in place of a screen, or null. */
export function usePage(): Page | null {
  return useSyncExternalStore(subscribe, () => pageOf(window.location.hash));
}

function screenOf(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '');
  return SCREENS.find((s) => s === name) ?? 'board';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The screen shown, kept in the URL hash (`#clients`): reload keeps it, and Back/Forward move
 * between screens as people expect of a window with tabs.
 */
export function useRoute(): [Screen, (screen: Screen) => void] {
  const screen = useSyncExternalStore(subscribe, () => screenOf(window.location.hash));
  const navigate = useCallback((next: Screen) => {
    const hash = window.location.hash;
    // On a page (#health) the screen reads as the board, yet going to the board must leave it.
    if (screenOf(hash) !== next || pageOf(hash)) window.location.hash = next;
  }, []);
  return [screen, navigate];
}
