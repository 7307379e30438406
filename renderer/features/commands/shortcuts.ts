/*
 * Shortcuts are written once per action as 'Mod+Shift+K'; Mod means ⌘ on macOS and Ctrl
 * elsewhere, so the same action answers ⌘N on a Mac and Ctrl+N on Windows and Linux. Pure
 * functions over a key-event-like shape so they are tested without a DOM.
 */

export type Platform = 'mac' | 'other';

export interface KeyLike {
  key: string;
  /** Physical key ('KeyN', 'Digit1'): used when a modifier changes `key` (⌥N types '˜'). */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface ParsedShortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Lower-case key name: 'k', '1', ',', 'arrowright', '?'. */
  key: string;
}

export function parseShortcut(shortcut: string): ParsedShortcut {
  // Split on '+' but keep a literal '+' key ('Mod++').
  const parts = shortcut.split(/\+(?!$)/);
  const key = (parts.pop() ?? '').toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt'), key };
}

/** A key that is typed with Shift on common layouts ('?', ':'); Shift is then not compared. */
function isShiftedSymbol(key: string): boolean {
  return key.length === 1 && !/[a-z0-9]/.test(key) && '?!:@#$%^&*()_+{}|"<>~'.includes(key);
}

function keyOf(event: KeyLike, wanted: string): boolean {
  if (event.key.toLowerCase() === wanted) return true;
  // With Alt (and on some layouts with Shift) `key` is the produced character; fall back to
  // the physical key for letters and digits.
  if (/^[a-z]$/.test(wanted)) return event.code === `Key${wanted.toUpperCase()}`;
  if (/^[0-9]$/.test(wanted)) return event.code === `Digit${wanted}`;
  return false;
}

export function matchesShortcut(shortcut: string, event: KeyLike, platform: Platform): boolean {
  const s = parseShortcut(shortcut);
  const modKey = platform === 'mac' ? event.metaKey : event.ctrlKey;
  // The other platform's modifier must be up: Ctrl+K on a Mac is not ⌘K.
  const otherKey = platform === 'mac' ? event.ctrlKey : event.metaKey;
  if (modKey !== s.mod || otherKey) return false;
  if (event.altKey !== s.alt) return false;
  if (!isShiftedSymbol(s.key) && event.shiftKey !== s.shift) return false;
  return keyOf(event, s.key);
}

/** Whether the shortcut is a chord (with Mod or Alt) rather than a key that also types text. */
export function isChord(shortcut: string): boolean {
  const s = parseShortcut(shortcut);
  return s.mod || s.alt;
}

const KEY_NAMES: Record<string, string> = {
  arrowright: '→',
  arrowleft: '←',
  arrowup: '↑',
  arrowdown: '↓',
  enter: '↵',
  escape: 'Esc',
  backspace: '⌫',
  delete: 'Del',
  ' ': 'Space',
};

/** The keys to draw, one <Kbd> each: ['⌘', 'K'] on a Mac, ['Ctrl', 'K'] elsewhere. */
export function formatShortcut(shortcut: string, platform: Platform): string[] {
  const s = parseShortcut(shortcut);
  const mac = platform === 'mac';
  const keys: string[] = [];
  if (s.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (s.alt) keys.push(mac ? '⌥' : 'Alt');
  if (s.shift) keys.push(mac ? '⇧' : 'Shift');
  keys.push(KEY_NAMES[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key));
  return keys;
}

/** "⌘K" / "Ctrl+K", for titles and aria-keyshortcuts-like hints. */
export function shortcutText(shortcut: string, platform: Platform): string {
  return formatShortcut(shortcut, platform).join(platform === 'mac' ? '' : '+');
}

/** The `aria-keyshortcuts` value of a shortcut: 'Meta+K' on a Mac, 'Control+K' elsewhere. */
export function ariaKeyShortcut(shortcut: string, platform: Platform): string {
  const s = parseShortcut(shortcut);
  const keys: string[] = [];
  if (s.mod) keys.push(platform === 'mac' ? 'Meta' : 'Control');
  if (s.alt) keys.push('Alt');
  if (s.shift) keys.push('Shift');
  keys.push(s.key.length === 1 ? s.key.toUpperCase() : s.key[0]!.toUpperCase() + s.key.slice(1));
  return keys.join('+');
}

/** From the Electron shell's `process.platform`, or the browser's own report. */
export function detectPlatform(
  shellPlatform: string | undefined,
  navigatorPlatform: string,
): Platform {
  const name = shellPlatform ?? navigatorPlatform;
  return /^(darwin|mac)/i.test(name) ? 'mac' : 'other';
}
