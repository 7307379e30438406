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
    if (screenOf(window.location.hash) !== next) window.location.hash = next;
  }, []);
  return [screen, navigate];
}
