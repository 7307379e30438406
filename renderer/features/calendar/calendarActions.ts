import type { Action } from '../commands/action';

/** "Open calendar" (Mod+7): reached by its hash, like the health and optimization pages. */
export const calendarActions: readonly Action[] = [
  {
    id: 'go.calendar',
    label: 'Open calendar',
    group: 'Go to',
    shortcut: 'Mod+7',
    keywords: ['content calendar', 'schedule', 'sends', 'posts', 'channels', 'plan'],
    perform: () => {
      window.location.hash = 'calendar';
    },
  },
];
