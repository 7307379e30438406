import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcut,
  detectPlatform,
  formatShortcut,
  isChord,
  matchesShortcut,
  parseShortcut,
  type KeyLike,
  type Platform,
} from '../../../renderer/features/commands/shortcuts';

function key(k: string, mods: Partial<Omit<KeyLike, 'key'>> = {}): KeyLike {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('matchesShortcut', () => {
  const cases: [string, KeyLike, Platform, boolean][] = [
    // Mod is ⌘ on a Mac…
    ['Mod+K', key('k', { metaKey: true }), 'mac', true],
    ['Mod+K', key('k', { ctrlKey: true }), 'mac', false],
    ['Mod+K', key('k', { metaKey: true, ctrlKey: true }), 'mac', false],
    // …and Ctrl elsewhere, where the Windows key does not count as Mod.
    ['Mod+K', key('k', { ctrlKey: true }), 'other', true],
    ['Mod+K', key('k', { metaKey: true }), 'other', false],
    ['Mod+K', key('K', { ctrlKey: true, shiftKey: true }), 'other', false],
    ['Mod+Shift+K', key('K', { ctrlKey: true, shiftKey: true }), 'other', true],
    ['Mod+K', key('k'), 'other', false],
    ['Mod+K', key('k', { ctrlKey: true, altKey: true }), 'other', false],
    // Caps Lock or a layout giving an upper-case letter still matches.
    ['Mod+N', key('N', { metaKey: true }), 'mac', true],
    // ⌥ changes the character: the physical key decides.
    ['Alt+N', key('˜', { altKey: true, code: 'KeyN' }), 'mac', true],
    ['Mod+1', key('!', { ctrlKey: true, code: 'Digit1' }), 'other', true],
    ['Mod+,', key(',', { metaKey: true }), 'mac', true],
    // A symbol typed with Shift matches whatever Shift says.
    ['?', key('?', { shiftKey: true }), 'other', true],
    ['?', key('?', { ctrlKey: true, shiftKey: true }), 'other', false],
    ['Mod+ArrowRight', key('ArrowRight', { ctrlKey: true }), 'other', true],
    ['Mod++', key('+', { ctrlKey: true }), 'other', true],
  ];
  it.each(cases)('%s with %o on %s → %s', (shortcut, event, platform, expected) => {
    expect(matchesShortcut(shortcut, event, platform)).toBe(expected);
  });
});

describe('shortcut helpers', () => {
  it('parses modifiers and the key, keeping a literal plus', () => {
    expect(parseShortcut('Mod+Shift+K')).toEqual({ mod: true, shift: true, alt: false, key: 'k' });
    expect(parseShortcut('Mod++').key).toBe('+');
  });

  it('draws the keys the way each platform writes them', () => {
    expect(formatShortcut('Mod+Shift+K', 'mac')).toEqual(['⌘', '⇧', 'K']);
    expect(formatShortcut('Mod+Shift+K', 'other')).toEqual(['Ctrl', 'Shift', 'K']);
    expect(formatShortcut('Mod+ArrowRight', 'other')).toEqual(['Ctrl', '→']);
    expect(ariaKeyShortcut('Mod+K', 'mac')).toBe('Meta+K');
    expect(ariaKeyShortcut('Mod+K', 'other')).toBe('Control+K');
  });

  it('tells chords from keys that also type text', () => {
    expect(isChord('Mod+N')).toBe(true);
    expect(isChord('Alt+1')).toBe(true);
    expect(isChord('?')).toBe(false);
  });

  it('detects the platform from the Electron shell first, then the browser', () => {
    expect(detectPlatform('darwin', 'Linux x86_64')).toBe('mac');
    expect(detectPlatform('win32', 'MacIntel')).toBe('other');
    expect(detectPlatform(undefined, 'MacIntel')).toBe('mac');
    expect(detectPlatform(undefined, 'Win32')).toBe('other');
  });
});
