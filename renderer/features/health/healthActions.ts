import type { Action } from '../commands/action';

/**
 * "Open health" (Mod+6). The page is reached by its hash: the action context's Screen type does
 * not list it yet (renderer/features/commands/action.ts is not this feature's to change).
 */
export const healthActions: readonly Action[] = [
  {
    id: 'go.health',
    label: 'Open health',
    group: 'Go to',
    shortcut: 'Mod+6',
    keywords: ['handoff health', 'pain', 'send-backs', 'waiting', 'overdue', 'metrics'],
    perform: () => {
      window.location.hash = 'health';
    },
  },
];
