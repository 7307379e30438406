// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuAction } from '../../../shared/api/shell';
import {
  registerActions,
  useActionRegistry,
} from '../../../renderer/features/commands/actionRegistry';
import { useMenuActions } from '../../../renderer/features/commands/useMenuActions';
import { useShortcutKeys } from '../../../renderer/features/commands/useShortcutKeys';
import { action, testContext } from './actionContext';

let send: ((action: MenuAction) => void) | null = null;
const unsubscribe = vi.fn();

function Shell() {
  const ref = useRef(testContext());
  useShortcutKeys(ref, 'other');
  useMenuActions(ref);
  return null;
}

const newCampaign = vi.fn();

beforeEach(() => {
  newCampaign.mockReset();
  window.batonShell = {
    isElectron: true,
    platform: 'linux',
    onMenuAction(callback) {
      send = callback;
      return unsubscribe;
    },
  };
  registerActions([
    action('campaign.new', 'New campaign', {
      shortcut: 'Mod+N',
      menuAction: 'new-campaign',
      perform: newCampaign,
    }),
  ]);
});

afterEach(() => {
  cleanup();
  delete window.batonShell;
  send = null;
  useActionRegistry.setState({ registrations: [] });
});

describe('Electron menu commands', () => {
  it('run the registered action bound to them, and unsubscribe on unmount', () => {
    const { unmount } = render(<Shell />);
    send?.('new-campaign');
    expect(newCampaign).toHaveBeenCalledTimes(1);
    send?.('export'); // nothing registered for it: nothing happens
    expect(newCampaign).toHaveBeenCalledTimes(1);
    unmount();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('run once when the menu accelerator and the keydown both see one key press', () => {
    render(<Shell />);
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    send?.('new-campaign');
    expect(newCampaign).toHaveBeenCalledTimes(1);
  });
});
