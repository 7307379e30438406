import type { Action } from '../commands/action';

/** "Open retrospectives" (Mod+9): the page is reached by its hash, like Health. */
export const retrospectiveActions: readonly Action[] = [
  {
    id: 'go.retrospectives',
    label: 'Open retrospectives',
    group: 'Go to',
    shortcut: 'Mod+9',
    keywords: ['retro', 'playbook', 'learnings', 'lessons', 'done', 'next campaign'],
    perform: () => {
      window.location.hash = 'retrospectives';
    },
  },
];
