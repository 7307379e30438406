import { describe, expect, it } from 'vitest';
import { editDistance, matchByIdOrName } from '../../../shared/domain/nameMatch';

const ITEMS = [
  { id: '0190c6a8-0000-7000-8000-00000000000a', name: 'Northwind Coffee' },
  { id: '0190c6a8-0000-7000-8000-00000000000b', name: 'Helio Bikes' },
  { id: '0190c6a8-0000-7000-8000-00000000000c', name: 'Helio Scooters' },
  { id: '0190c6a8-0000-7000-8000-00000000000d', name: 'Fjord Insurance' },
  { id: '0190c6a8-0000-7000-8000-00000000000e', name: 'Fjord' },
  { id: '0190c6a8-0000-7000-8000-00000000000f', name: 'Ab' },
];

type Want =
  | { kind: 'found'; name: string }
  | { kind: 'ambiguous'; names: string[] }
  | { kind: 'none'; near: string[] };

function summarize(query: string, items = ITEMS): Want {
  const r = matchByIdOrName(items, query);
  if (r.kind === 'found') return { kind: 'found', name: r.item.name };
  if (r.kind === 'ambiguous') return { kind: 'ambiguous', names: r.candidates.map((c) => c.name) };
  return { kind: 'none', near: r.near.map((n) => n.name) };
}

describe('matchByIdOrName', () => {
  it.each<[string, string, Want]>([
    ['exact id', ITEMS[1]!.id, { kind: 'found', name: 'Helio Bikes' }],
    ['id in upper case', ITEMS[3]!.id.toUpperCase(), { kind: 'found', name: 'Fjord Insurance' }],
    ['exact name', 'Helio Bikes', { kind: 'found', name: 'Helio Bikes' }],
    ['name in any case', 'hELIO bIKES', { kind: 'found', name: 'Helio Bikes' }],
    ['name with spaces around', '  northwind coffee ', { kind: 'found', name: 'Northwind Coffee' }],
    ['an exact name wins over names containing it', 'fjord', { kind: 'found', name: 'Fjord' }],
    ['unique substring', 'north', { kind: 'found', name: 'Northwind Coffee' }],
    ['unique substring in the middle', 'scoot', { kind: 'found', name: 'Helio Scooters' }],
    [
      'ambiguous substring',
      'helio',
      { kind: 'ambiguous', names: ['Helio Bikes', 'Helio Scooters'] },
    ],
    [
      'ambiguous short substring',
      'o',
      {
        kind: 'ambiguous',
        names: ['Northwind Coffee', 'Helio Bikes', 'Helio Scooters', 'Fjord Insurance', 'Fjord'],
      },
    ],
    ['typo: near matches by edit distance', 'Helio Bikse', { kind: 'none', near: ['Helio Bikes'] }],
    ['typos: nearest first', 'Nortwind Cofee', { kind: 'none', near: ['Northwind Coffee'] }],
    ['unique substring under 3 characters is not trusted', 'wi', { kind: 'none', near: ['Ab'] }],
    ['nothing close', 'Zebra Logistics International', { kind: 'none', near: [] }],
  ])('%s', (_name, query, want) => {
    expect(summarize(query)).toEqual(want);
  });

  it('two items with the same name are ambiguous, never a guess', () => {
    const twins = [...ITEMS, { id: '0190c6a8-0000-7000-8000-000000000010', name: 'helio bikes' }];
    expect(summarize('Helio Bikes', twins)).toEqual({
      kind: 'ambiguous',
      names: ['Helio Bikes', 'helio bikes'],
    });
  });

  it('returns at most five near matches, closest first', () => {
    const many = ['Acne', 'Acme 1', 'Acme 22', 'Acme', 'Acme 333', 'Acme 4444', 'Acme 55555'].map(
      (name, i) => ({ id: `id-${i}`, name }),
    );
    const r = matchByIdOrName(many, 'Akme');
    expect(r.kind).toBe('none');
    const near = r.kind === 'none' ? r.near.map((n) => n.name) : [];
    expect(near).toHaveLength(5);
    expect(near).toContain('Acme');
    // "Acne" is two edits away; five names are one edit away (as a whole or in part).
    expect(near).not.toContain('Acne');
  });

  it('finds nothing in an empty list', () => {
    expect(matchByIdOrName([], 'anything')).toEqual({ kind: 'none', near: [] });
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['helio', 'hello', 1],
    ['ab', 'ba', 2],
    ['northwind coffee', 'nortwind cofee', 2],
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
