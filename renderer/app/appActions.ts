import type { Action, Screen } from '../features/commands/action';
import { usePaletteStore } from '../features/commands/paletteStore';
import { SCREEN_LABELS } from './route';

function goTo(screen: Screen, shortcut: string, keywords: string[]): Action {
  return {
    id: `go.${screen}`,
    label: `Open ${SCREEN_LABELS[screen].toLowerCase()}`,
    group: 'Go to',
    shortcut,
    keywords,
    when: (ctx) => ctx.screen !== screen,
    perform: (ctx) => ctx.navigate(screen),
  };
}

/** The shell's own actions: the palette itself and moving between screens. */
export const appActions: readonly Action[] = [
  {
    id: 'palette.toggle',
    label: 'Command palette',
    shortcut: 'Mod+K',
    shortcutScope: 'everywhere',
    hideInPalette: true,
    perform: () => usePaletteStore.getState().toggle(),
  },
  goTo('board', 'Mod+1', ['stages', 'cards', 'home']),
  goTo('clients', 'Mod+2', ['brands', 'brand guidelines', 'customers']),
  goTo('people', 'Mod+3', ['team', 'teammates', 'users']),
  goTo('templates', 'Mod+4', ['handoff templates', 'packages', 'fields', 'checklists']),
  goTo('settings', 'Mod+,', ['preferences', 'options', 'stages', 'theme', 'backup']),
];
