import type { Action } from '../commands/action';

/** "Open handoff map" (Mod+5), reached by its hash like the health page. */
export const handoffMapActions: readonly Action[] = [
  {
    id: 'go.handoffMap',
    label: 'Open handoff map',
    group: 'Go to',
    shortcut: 'Mod+5',
    keywords: ['where material lives', 'tools', 'owners', 'shared drive', 'print'],
    perform: () => {
      window.location.hash = 'handoff-map';
    },
  },
];
