// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { restoreTheme, useThemeStore } from '../../../renderer/features/settings/theme';

function systemPrefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query.includes('dark') }));
}

afterEach(() => {
  useThemeStore.getState().choose('system');
  vi.unstubAllGlobals();
});

const theme = () => document.documentElement.dataset.theme;

describe('theme', () => {
  it('pins a chosen theme on <html> and remembers it on this computer', () => {
    useThemeStore.getState().choose('dark');
    expect(theme()).toBe('dark');
    expect(localStorage.getItem('baton.theme')).toBe('dark');
    useThemeStore.setState({ choice: 'system' });
    delete document.documentElement.dataset.theme;
    restoreTheme();
    expect(theme()).toBe('dark');
    expect(useThemeStore.getState().choice).toBe('dark');
  });

  it('following the system leaves <html> unpinned', () => {
    useThemeStore.getState().choose('light');
    useThemeStore.getState().choose('system');
    expect(theme()).toBeUndefined();
    expect(localStorage.getItem('baton.theme')).toBeNull();
  });

  it('toggles from what is showing, including the system’s dark', () => {
    systemPrefersDark(true);
    useThemeStore.getState().toggle();
    expect(theme()).toBe('light');
    useThemeStore.getState().toggle();
    expect(theme()).toBe('dark');
  });
});
