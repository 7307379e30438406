// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allActions,
  availableActions,
  registerActions,
  useActionRegistry,
  useRegisterActions,
} from '../../../renderer/features/commands/actionRegistry';
import type { Action } from '../../../renderer/features/commands/action';
import { action, testContext } from './actionContext';

afterEach(() => {
  cleanup();
  useActionRegistry.setState({ registrations: [] });
});

const ids = (list: Action[]) => list.map((a) => a.id);

describe('action registry', () => {
  it('registers actions and unregisters exactly those', () => {
    const offA = registerActions([action('a', 'A'), action('b', 'B')]);
    const offC = registerActions([action('c', 'C')]);
    expect(ids(availableActions(testContext()))).toEqual(['a', 'b', 'c']);
    offA();
    expect(ids(availableActions(testContext()))).toEqual(['c']);
    offC();
    expect(availableActions(testContext())).toEqual([]);
  });

  it('lets a later registration with the same id replace the earlier, in its place', () => {
    registerActions([action('new', 'New campaign'), action('other', 'Other')]);
    const off = registerActions([action('new', 'New campaign (board)')]);
    const list = allActions(useActionRegistry.getState().registrations);
    expect(list.map((a) => a.label)).toEqual(['New campaign (board)', 'Other']);
    off();
    expect(allActions(useActionRegistry.getState().registrations)[0]?.label).toBe('New campaign');
  });

  it('offers only the actions whose when() holds in the context', () => {
    registerActions([
      action('campaign.new', 'New campaign', { when: (ctx) => !ctx.readOnly }),
      action('go.board', 'Open board', { when: (ctx) => ctx.screen !== 'board' }),
      action('always', 'Back up now'),
    ]);
    expect(ids(availableActions(testContext()))).toEqual(['campaign.new', 'always']);
    expect(ids(availableActions(testContext({ readOnly: true, screen: 'people' })))).toEqual([
      'go.board',
      'always',
    ]);
  });

  it('keeps a component’s actions registered while it is mounted', () => {
    const actions = [action('board.undo', 'Undo the last card move')];
    function Board() {
      useRegisterActions(actions);
      return null;
    }
    const { unmount } = render(<Board />);
    expect(ids(availableActions(testContext()))).toEqual(['board.undo']);
    unmount();
    expect(availableActions(testContext())).toEqual([]);
  });
});
