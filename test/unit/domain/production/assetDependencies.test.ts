import { describe, expect, it } from 'vitest';
import {
  type DependencyGraph,
  orderAssetDependencies,
} from '../../../../shared/domain/production/assetDependencies';

/** Assets named by their ids, in the given register order. */
const assets = (...names: string[]) => names.map((name) => ({ id: `id-${name}`, name }));
/** `{ b: ['a'] }` → b needs a, by ids. */
const graph = (edges: Record<string, string[]>): DependencyGraph =>
  Object.fromEntries(
    Object.entries(edges).map(([k, v]) => [
      `id-${k}`,
      v.map((n) => (n.startsWith('?') ? n.slice(1) : `id-${n}`)),
    ]),
  );

describe('orderAssetDependencies: the order to make assets in', () => {
  it.each<[string, string[], Record<string, string[]>, string[], number[]]>([
    ['no assets', [], {}, [], []],
    ['no dependencies keeps the register order', ['c', 'a', 'b'], {}, ['c', 'a', 'b'], [0, 0, 0]],
    [
      'a chain',
      ['copy', 'banner', 'hero'],
      { banner: ['hero'], hero: ['copy'] },
      ['copy', 'hero', 'banner'],
      [0, 1, 2],
    ],
    // Ties go to the register order: d, c, b, a given; b and c both wait only for a.
    [
      'a diamond',
      ['d', 'c', 'b', 'a'],
      { b: ['a'], c: ['a'], d: ['b', 'c'] },
      ['a', 'c', 'b', 'd'],
      [0, 1, 1, 2],
    ],
    [
      'a diamond listed in order',
      ['a', 'b', 'c', 'd'],
      { b: ['a'], c: ['a'], d: ['c', 'b'] },
      ['a', 'b', 'c', 'd'],
      [0, 1, 1, 2],
    ],
    // An asset that waits comes as soon as it may, not after every unrelated one.
    [
      'stable around an edge',
      ['x', 'b', 'y', 'a', 'z'],
      { b: ['a'] },
      ['x', 'y', 'a', 'b', 'z'],
      [0, 0, 0, 1, 0],
    ],
    ['a repeated dependency counts once', ['a', 'b'], { b: ['a', 'a'] }, ['a', 'b'], [0, 1]],
    ['an asset with an empty list', ['a', 'b'], { a: [] }, ['a', 'b'], [0, 0]],
    [
      'depth is the longest way in',
      ['a', 'b', 'c'],
      { c: ['a', 'b'], b: ['a'] },
      ['a', 'b', 'c'],
      [0, 1, 2],
    ],
  ])('%s', (_what, names, edges, order, depths) => {
    const result = orderAssetDependencies(assets(...names), graph(edges));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.map((a) => a.name)).toEqual(order);
    expect(result.order.map((a) => a.depth)).toEqual(depths);
  });

  it('lists what each asset needs, in the register order', () => {
    const result = orderAssetDependencies(assets('a', 'b', 'c'), graph({ c: ['b', 'a'] }));
    expect(result.ok && result.order[2]).toEqual({
      id: 'id-c',
      name: 'c',
      depth: 1,
      needs: ['id-a', 'id-b'],
    });
  });
});

describe('orderAssetDependencies: graphs it refuses, naming why', () => {
  it.each<[string, string[], Record<string, string[]>, string[]]>([
    [
      'a cycle of two',
      ['hero-banner', 'resized-banners'],
      { 'resized-banners': ['hero-banner'], 'hero-banner': ['resized-banners'] },
      ['cycle: hero-banner → resized-banners → hero-banner (each must exist before the next)'],
    ],
    [
      'a cycle of three, named from the first asset in the register',
      ['copy-deck', 'hero-banner', 'landing-page', 'email'],
      {
        'hero-banner': ['copy-deck'],
        'landing-page': ['hero-banner'],
        'copy-deck': ['landing-page'],
      },
      [
        'cycle: copy-deck → hero-banner → landing-page → copy-deck (each must exist before the next)',
      ],
    ],
    [
      'the shortest cycle through an asset',
      ['a', 'b', 'c', 'd'],
      { b: ['a'], c: ['b'], d: ['c'], a: ['d', 'b'] },
      [
        'cycle: a → b → a (each must exist before the next)',
        'cycle: c → d → a → b → c (each must exist before the next)',
      ],
    ],
    [
      'two separate cycles, and an asset waiting on one of them not named',
      ['a', 'b', 'after', 'c', 'd'],
      { a: ['b'], b: ['a'], after: ['b'], c: ['d'], d: ['c'] },
      [
        'cycle: a → b → a (each must exist before the next)',
        'cycle: c → d → c (each must exist before the next)',
      ],
    ],
    [
      'an asset that needs itself',
      ['hero', 'copy'],
      { hero: ['hero'] },
      ['hero cannot need itself'],
    ],
    [
      'a dependency on an asset not in the register',
      ['hero'],
      { hero: ['?gone-42'] },
      ["hero needs 'gone-42', which is not an asset of this register"],
    ],
    [
      'dependencies of an asset not in the register',
      ['hero'],
      { ghost: ['hero'] },
      ["dependencies: 'id-ghost' is not an asset of this register"],
    ],
  ])('%s', (_what, names, edges, messages) => {
    const result = orderAssetDependencies(assets(...names), graph(edges));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual(messages);
  });

  it('names a cycle by asset ids too, for the graph view to highlight', () => {
    const result = orderAssetDependencies(
      assets('a', 'b', 'c'),
      graph({ a: ['c'], b: ['a'], c: ['b'] }),
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        kind: 'cycle',
        cycle: ['id-a', 'id-b', 'id-c', 'id-a'],
        message: 'cycle: a → b → c → a (each must exist before the next)',
      },
    ]);
  });

  it('refuses two assets with one id, and still finds a cycle among the others', () => {
    const list = [...assets('a', 'b', 'c'), { id: 'id-a', name: 'a copy' }];
    const result = orderAssetDependencies(list, graph({ b: ['c'], c: ['b'] }));
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      "assets: id 'id-a' is used by both a and a copy",
      'cycle: b → c → b (each must exist before the next)',
    ]);
  });
});
