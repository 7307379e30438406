import { useEffect } from 'react';
import { create } from 'zustand';
import type { Action, ActionContext } from './action';

/*
 * The one registry of actions. Any feature can add its own:
 *
 *   // renderer/features/board/boardActions.ts
 *   export const boardActions: Action[] = [
 *     { id: 'card.moveNext', label: 'Move card to the next stage', shortcut: 'Mod+ArrowRight',
 *       when: () => useBoardStore.getState().selectedId !== null,
 *       perform: (ctx) => … },
 *   ];
 *   // once, at module load:           const unregister = registerActions(boardActions);
 *   // or while a component is shown:  useRegisterActions(boardActions);  (keep the array stable)
 *
 * Registered actions appear in the Ctrl/Cmd+K palette, answer their shortcut through the one
 * keydown handler and, with `menuAction`, the Electron menu. Nothing else needs wiring.
 */

interface Registration {
  readonly actions: readonly Action[];
}

interface RegistryState {
  registrations: readonly Registration[];
}

export const useActionRegistry = create<RegistryState>(() => ({ registrations: [] }));

/** Adds actions to the registry; the returned function removes exactly these again. */
export function registerActions(actions: readonly Action[]): () => void {
  const registration: Registration = { actions };
  useActionRegistry.setState((s) => ({ registrations: [...s.registrations, registration] }));
  return () =>
    useActionRegistry.setState((s) => ({
      registrations: s.registrations.filter((r) => r !== registration),
    }));
}

/** Registers `actions` while the calling component is mounted. Pass a stable (memoized) array. */
export function useRegisterActions(actions: readonly Action[]): void {
  useEffect(() => registerActions(actions), [actions]);
}

/**
 * Every registered action once, in registration order; when two share an id the later one
 * replaces the earlier in place, so a feature can override a default.
 */
export function allActions(registrations: readonly Registration[]): Action[] {
  const byId = new Map<string, Action>();
  for (const r of registrations) {
    for (const a of r.actions) byId.set(a.id, a);
  }
  return [...byId.values()];
}

export function isAvailable(action: Action, ctx: ActionContext): boolean {
  return action.when ? action.when(ctx) : true;
}

/** The actions that make sense in `ctx`, for the palette and the keyboard. */
export function availableActions(ctx: ActionContext): Action[] {
  return allActions(useActionRegistry.getState().registrations).filter((a) => isAvailable(a, ctx));
}
