import { describe, expect, it } from 'vitest';
import { rankActions, scoreAction } from '../../../renderer/features/commands/paletteSearch';
import { action } from './actionContext';

const commands = [
  action('go.board', 'Open board', { keywords: ['stages', 'cards'] }),
  action('campaign.new', 'New campaign', { keywords: ['create', 'add'] }),
  action('campaign.goto', 'Go to campaign…', { keywords: ['find'] }),
  action('system.backup', 'Back up now', { keywords: ['backup', 'copy'] }),
  action('theme.toggle', 'Toggle theme', { keywords: ['dark', 'light'] }),
  action('palette', 'Command palette', { hideInPalette: true }),
  action('c1', 'Go to campaign: Renew the brand', {
    keywords: ['Northwind Coffee'],
    searchOnly: true,
  }),
  action('c2', 'Go to campaign: Spring Origins Launch', {
    keywords: ['Northwind Coffee'],
    searchOnly: true,
  }),
  action('p1', 'Switch to Maya Lin', { keywords: ['Creative lead'], searchOnly: true }),
];

const labels = (query: string) => rankActions(commands, query).map((a) => a.label);

describe('palette search', () => {
  it('lists the commands in registry order when nothing is typed, without per-item entries', () => {
    expect(labels('')).toEqual([
      'Open board',
      'New campaign',
      'Go to campaign…',
      'Back up now',
      'Toggle theme',
    ]);
  });

  it('puts a label that starts with the query before one that only has a word starting with it', () => {
    // "new": New campaign (label prefix) before "…: Renew the brand" (inside a word).
    expect(labels('new')).toEqual(['New campaign', 'Go to campaign: Renew the brand']);
    expect(labels('re')).toEqual(['Go to campaign: Renew the brand']);
  });

  it('ranks whole-label prefix, then word prefix, then substring, then keywords', () => {
    expect(labels('go to')).toEqual([
      'Go to campaign…',
      'Go to campaign: Renew the brand',
      'Go to campaign: Spring Origins Launch',
    ]);
    expect(labels('spring')).toEqual(['Go to campaign: Spring Origins Launch']);
    // "dark" is only a keyword of Toggle theme.
    expect(labels('dark')).toEqual(['Toggle theme']);
    // A client name finds its campaigns through their keywords.
    expect(labels('northwind')).toEqual([
      'Go to campaign: Renew the brand',
      'Go to campaign: Spring Origins Launch',
    ]);
  });

  it('matches separate words in any order, and letters in order as a last resort', () => {
    expect(labels('maya switch')).toEqual(['Switch to Maya Lin']);
    expect(labels('nwc')).toEqual(['New campaign']);
    expect(labels('zzz')).toEqual([]);
  });

  it('ignores case, accents and extra spaces, and never offers hidden actions', () => {
    expect(labels('  NEW   Campaign ')[0]).toBe('New campaign');
    expect(scoreAction(action('x', 'Café brief'), 'cafe')).toBeGreaterThan(0);
    expect(labels('command')).toEqual([]);
  });
});
