import type { ApiClient } from '../../../renderer/api/client';
import type { Action, ActionContext } from '../../../renderer/features/commands/action';

/** A context for actions under test; the API is never called by the actions used here. */
export function testContext(overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    api: {} as ApiClient,
    screen: 'board',
    navigate: () => undefined,
    me: null,
    readOnly: false,
    openPalette: () => undefined,
    ...overrides,
  };
}

export function action(id: string, label: string, extra: Partial<Action> = {}): Action {
  return { id, label, perform: () => undefined, ...extra };
}
