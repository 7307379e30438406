// @vitest-environment node
// (No DOM here: plain arithmetic over tokens.css, read from disk.)
import { describe, expect, it } from 'vitest';

/*
 * WCAG AA in both themes, computed from tokens.css itself so a colour tweak that breaks contrast
 * fails here rather than in a user's eyes. Text needs 4.5:1; control outlines and the focus ring
 * need 3:1 (WCAG 1.4.11).
 */

type Theme = 'light' | 'dark';

function readTokens(css: string): Record<Theme, Map<string, string>> {
  const themes = { light: new Map<string, string>(), dark: new Map<string, string>() };
  const decl =
    /(--color-[\w-]+):\s*(light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)|#[0-9a-f]{6})\s*;/gi;
  for (const [, name, value, light, dark] of css.matchAll(decl)) {
    if (!name || !value) continue;
    themes.light.set(name, light ?? value);
    themes.dark.set(name, dark ?? value);
  }
  return themes;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const SURFACES = ['bg', 'surface', 'surface-raised', 'surface-sunken', 'surface-hover'];
const TEXT = 4.5;
const UI = 3;

type Pair = [fg: string, bg: string, min: number];

const pairs: Pair[] = [
  ...SURFACES.flatMap((s): Pair[] => [
    ['text', s, TEXT],
    ['text-muted', s, TEXT],
    ['text-subtle', s, TEXT],
    ['accent-text', s, TEXT],
    ['danger-text', s, TEXT],
    ['focus', s, UI],
  ]),
  ['text-muted', 'surface-active', TEXT],
  ['text-subtle', 'surface-active', TEXT],
  ['border-control', 'surface', UI],
  ['border-control', 'bg', UI],
  ['on-accent', 'accent', TEXT],
  ['on-accent', 'accent-hover', TEXT],
  ['on-accent', 'accent-active', TEXT],
  ['on-danger', 'danger', TEXT],
  ['on-danger', 'danger-hover', TEXT],
  ['accent-text', 'accent-soft', TEXT],
  ['accent-text', 'accent-soft-hover', TEXT],
  ['success-text', 'success-soft', TEXT],
  ['warning-text', 'warning-soft', TEXT],
  ['danger-text', 'danger-soft', TEXT],
  ['info-text', 'info-soft', TEXT],
  ['success', 'surface-raised', UI],
  ['info', 'surface-raised', UI],
];

/*
 * Read from disk: vitest stubs CSS imports (even `?raw`) to "", and the web tsconfig has no Node
 * types, hence the untyped specifier and the narrow cast.
 */
const fsModule: string = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as {
  readFileSync: (path: URL, encoding: 'utf8') => string;
};
const tokens = readTokens(
  readFileSync(new URL('../../../renderer/ui/tokens.css', import.meta.url), 'utf8'),
);

describe('colour tokens', () => {
  it('parses both themes', () => {
    expect(tokens.light.size).toBeGreaterThan(30);
    expect(tokens.dark.get('--color-text')).not.toBe(tokens.light.get('--color-text'));
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(pairs)(`${theme}: %s on %s reaches %s:1`, (fg, bg, min) => {
      const a = tokens[theme].get(`--color-${fg}`);
      const b = tokens[theme].get(`--color-${bg}`);
      if (!a || !b) throw new Error(`missing token --color-${a ? bg : fg}`);
      expect(contrast(a, b)).toBeGreaterThanOrEqual(min);
    });
  }
});
