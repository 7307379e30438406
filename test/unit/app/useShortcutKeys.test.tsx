// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionContext } from '../../../renderer/features/commands/action';
import {
  registerActions,
  useActionRegistry,
} from '../../../renderer/features/commands/actionRegistry';
import type { Platform } from '../../../renderer/features/commands/shortcuts';
import { useShortcutKeys } from '../../../renderer/features/commands/useShortcutKeys';
import { pushModal, removeModal } from '../../../renderer/ui/modalStack';
import { action, testContext } from './actionContext';

function Keys({ ctx, platform }: { ctx: ActionContext; platform: Platform }) {
  const ref = useRef(ctx);
  useShortcutKeys(ref, platform);
  return <input aria-label="Search" />;
}

const perform = { palette: vi.fn(), newCampaign: vi.fn(), help: vi.fn(), undo: vi.fn() };

beforeEach(() => {
  Object.values(perform).forEach((f) => f.mockReset());
  registerActions([
    action('palette', 'Command palette', {
      shortcut: 'Mod+K',
      shortcutScope: 'everywhere',
      perform: perform.palette,
    }),
    action('new', 'New campaign', {
      shortcut: 'Mod+N',
      when: (ctx) => !ctx.readOnly,
      perform: perform.newCampaign,
    }),
    action('help', 'Keyboard help', { shortcut: '?', perform: perform.help }),
    action('undo', 'Undo move', {
      shortcut: 'Mod+Z',
      shortcutScope: 'outside-fields',
      perform: perform.undo,
    }),
  ]);
});

afterEach(() => {
  cleanup();
  useActionRegistry.setState({ registrations: [] });
});

describe('the one keydown handler', () => {
  it('runs the action whose shortcut matches, with Ctrl off a Mac and ⌘ on one', () => {
    const { unmount } = render(<Keys ctx={testContext()} platform="other" />);
    const event = fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    expect(perform.newCampaign).toHaveBeenCalledTimes(1);
    expect(event).toBe(false); // default prevented: the browser's own Ctrl+N does not run
    fireEvent.keyDown(document.body, { key: 'n', metaKey: true });
    expect(perform.newCampaign).toHaveBeenCalledTimes(1);
    unmount();

    render(<Keys ctx={testContext()} platform="mac" />);
    fireEvent.keyDown(document.body, { key: 'n', metaKey: true });
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    expect(perform.newCampaign).toHaveBeenCalledTimes(2);
  });

  it('asks when(): an unavailable action does not run and the key is left alone', () => {
    render(<Keys ctx={testContext({ readOnly: true })} platform="other" />);
    const event = fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    expect(perform.newCampaign).not.toHaveBeenCalled();
    expect(event).toBe(true);
  });

  it('lets a field keep its plain keys and its own undo, but not Mod chords', () => {
    const { getByRole } = render(<Keys ctx={testContext()} platform="other" />);
    const input = getByRole('textbox', { name: 'Search' });
    fireEvent.keyDown(input, { key: '?', shiftKey: true });
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(perform.help).not.toHaveBeenCalled();
    expect(perform.undo).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'n', ctrlKey: true });
    expect(perform.newCampaign).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: '?', shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(perform.help).toHaveBeenCalledTimes(1);
    expect(perform.undo).toHaveBeenCalledTimes(1);
  });

  it('while a dialog is open, only shortcuts meant for everywhere run', () => {
    render(<Keys ctx={testContext()} platform="other" />);
    const dialog = document.createElement('dialog');
    pushModal(dialog);
    try {
      fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
      fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
      expect(perform.newCampaign).not.toHaveBeenCalled();
      expect(perform.palette).toHaveBeenCalledTimes(1);
    } finally {
      removeModal(dialog);
    }
  });

  it('ignores held-down repeats', () => {
    render(<Keys ctx={testContext()} platform="other" />);
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true, repeat: true });
    expect(perform.palette).not.toHaveBeenCalled();
  });
});
