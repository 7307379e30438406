// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  registerActions,
  useActionRegistry,
} from '../../../renderer/features/commands/actionRegistry';
import { CommandPalette } from '../../../renderer/features/commands/CommandPalette';
import { usePaletteStore } from '../../../renderer/features/commands/paletteStore';
import { action, testContext } from './actionContext';

const newCampaign = vi.fn();
const backup = vi.fn();

beforeEach(() => {
  newCampaign.mockReset();
  backup.mockReset();
  registerActions([
    action('campaign.new', 'New campaign', {
      group: 'Campaigns',
      shortcut: 'Mod+N',
      keywords: ['create'],
      when: (ctx) => !ctx.readOnly,
      perform: newCampaign,
    }),
    action('system.backup', 'Back up now', { group: 'Settings', perform: backup }),
    action('toggle', 'Command palette', { hideInPalette: true }),
    action('c1', 'Go to campaign: Spring launch', { searchOnly: true }),
  ]);
});

afterEach(() => {
  cleanup();
  act(() => usePaletteStore.getState().close());
  useActionRegistry.setState({ registrations: [] });
});

function open(query = '', readOnly = false) {
  render(<CommandPalette ctx={testContext({ readOnly })} platform="mac" />);
  act(() => usePaletteStore.getState().show(query));
  return screen.getByRole('combobox', { name: 'Search commands' });
}

const optionNames = () =>
  within(screen.getByRole('listbox', { name: 'Commands' }))
    .queryAllByRole('option')
    .map((o) => o.firstElementChild?.textContent);

describe('command palette', () => {
  it('lists available commands with their shortcut, the first one active', () => {
    open();
    expect(optionNames()).toEqual(['New campaign', 'Back up now']);
    const [first] = screen.getAllByRole('option');
    expect(first?.getAttribute('aria-selected')).toBe('true');
    expect(first?.textContent).toContain('⌘');
  });

  it('hides what when() rules out', () => {
    open('', true);
    expect(optionNames()).toEqual(['Back up now']);
  });

  it('filters as you type and runs the active option with Enter', () => {
    const input = open();
    fireEvent.change(input, { target: { value: 'spring' } });
    expect(optionNames()).toEqual(['Go to campaign: Spring launch']);
    fireEvent.change(input, { target: { value: 'create' } });
    expect(optionNames()).toEqual(['New campaign']);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(newCampaign).toHaveBeenCalledTimes(1);
    expect(usePaletteStore.getState().open).toBe(false);
  });

  it('moves the active option with the arrow keys, wrapping around', () => {
    const input = open();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = () =>
      screen.getByRole('option', { selected: true }).firstElementChild?.textContent;
    expect(active()).toBe('Back up now');
    expect(input.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { selected: true }).id,
    );
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(active()).toBe('New campaign');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(backup).toHaveBeenCalledTimes(1);
  });

  it('says when nothing matches', () => {
    const input = open();
    fireEvent.change(input, { target: { value: 'qqq' } });
    expect(screen.getByText('Nothing matches “qqq”.')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(newCampaign).not.toHaveBeenCalled();
  });
});
