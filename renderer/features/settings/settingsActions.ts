import type { Action } from '../commands/action';
import { backUpNow } from './backUpNow';
import { useThemeStore } from './theme';

export const settingsActions: readonly Action[] = [
  {
    id: 'system.backup',
    label: 'Back up now',
    group: 'Settings',
    keywords: ['backup', 'copy', 'save', 'database'],
    perform: async (ctx) => {
      await backUpNow(ctx.api);
    },
  },
  {
    id: 'theme.toggle',
    label: 'Toggle theme',
    group: 'Settings',
    keywords: ['dark', 'light', 'mode', 'appearance', 'colour'],
    perform: () => useThemeStore.getState().toggle(),
  },
];
