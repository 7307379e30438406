import type { Person } from '../../../shared/model';
import { toast } from '../../ui';
import type { Action } from '../commands/action';
import { useWorkspaceStore } from '../workspace/workspaceStore';

/** Typed into the palette by "Switch who I am…"; every per-person entry starts with it. */
export const SWITCH_TO = 'Switch to ';

export const personActions: readonly Action[] = [
  {
    id: 'person.switch',
    label: 'Switch who I am…',
    group: 'People',
    keywords: ['me', 'user', 'identity', 'who am i', 'sign'],
    perform: (ctx) => ctx.openPalette(SWITCH_TO),
  },
];

/** "Switch to Maya": one palette entry per other person of the workspace. */
export function switchPersonEntries(people: readonly Person[]): Action[] {
  return people.map((person) => ({
    id: `person.switch.${person.id}`,
    label: `${SWITCH_TO}${person.name}`,
    group: 'People',
    keywords: [person.roleTitle, 'who am i'],
    searchOnly: true,
    when: (ctx) => ctx.me?.id !== person.id,
    perform: async (ctx) => {
      await useWorkspaceStore.getState().setMe(ctx.api, person.id);
      toast.show({ kind: 'success', title: `You are ${person.name} on this computer` });
    },
  }));
}
