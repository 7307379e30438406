import type { Action } from '../commands/action';

/** "Open optimization" (Mod+8): reached by its hash, like the health page. */
export const optimizationActions: readonly Action[] = [
  {
    id: 'go.optimization',
    label: 'Open optimization',
    group: 'Go to',
    shortcut: 'Mod+8',
    keywords: ['performance review', 'backlog', 'ICE', 'test plan', 'metrics', 'analytics'],
    perform: () => {
      window.location.hash = 'optimization';
    },
  },
];
