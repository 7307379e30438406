import { describe, expect, it } from 'vitest';
import { canonicalJson, packageHash } from '../../../shared/domain/packageHash';

const BASE = {
  fields: {
    objective: 'Sell 8,000 bags',
    audience: [{ aspect: 'Demographics', insight: '25–45' }],
    supportingPoints: ['Real farmers', 'Limited run'],
    budget: 12000,
  },
  checklist: [
    { label: 'Brand reviewed', done: true },
    { label: 'Metrics agreed', done: false },
  ],
};

describe('packageHash', () => {
  it('is 16 hex digits and stable', () => {
    expect(packageHash(BASE)).toMatch(/^[0-9a-f]{16}$/);
    expect(packageHash(BASE)).toBe(packageHash(structuredClone(BASE)));
  });

  it.each([
    [
      'field order',
      {
        ...BASE,
        fields: {
          budget: 12000,
          supportingPoints: ['Real farmers', 'Limited run'],
          audience: [{ insight: '25–45', aspect: 'Demographics' }],
          objective: 'Sell 8,000 bags',
        },
      },
    ],
    ['an undefined field', { ...BASE, fields: { ...BASE.fields, extra: undefined } }],
    [
      'extra checklist properties',
      { ...BASE, checklist: BASE.checklist.map((c) => ({ ...c, required: true, id: 'x' })) },
    ],
  ])('ignores %s', (_name, variant) => {
    expect(packageHash(variant)).toBe(packageHash(BASE));
  });

  it.each([
    ['a text field', { ...BASE, fields: { ...BASE.fields, objective: 'Sell 8,001 bags' } }],
    [
      'whitespace in a field',
      { ...BASE, fields: { ...BASE.fields, objective: 'Sell 8,000 bags ' } },
    ],
    [
      'a table cell',
      {
        ...BASE,
        fields: { ...BASE.fields, audience: [{ aspect: 'Demographics', insight: '25–46' }] },
      },
    ],
    [
      'list order',
      { ...BASE, fields: { ...BASE.fields, supportingPoints: ['Limited run', 'Real farmers'] } },
    ],
    ['a number', { ...BASE, fields: { ...BASE.fields, budget: 12001 } }],
    ['a number becoming text', { ...BASE, fields: { ...BASE.fields, budget: '12000' } }],
    ['a new field', { ...BASE, fields: { ...BASE.fields, avoid: ['Jargon'] } }],
    ['a removed field', { ...BASE, fields: { objective: BASE.fields.objective } }],
    ['a field set to null', { ...BASE, fields: { ...BASE.fields, budget: null } }],
    [
      'a ticked checklist item',
      { ...BASE, checklist: BASE.checklist.map((c) => ({ ...c, done: true })) },
    ],
    [
      'a renamed checklist item',
      { ...BASE, checklist: [{ label: 'Brand checked', done: true }, BASE.checklist[1]!] },
    ],
    [
      'a checklist item added',
      { ...BASE, checklist: [...BASE.checklist, { label: 'New', done: false }] },
    ],
  ])('changes when %s changes', (_name, variant) => {
    expect(packageHash(variant)).not.toBe(packageHash(BASE));
  });

  it('gives different hashes for many small variations (no easy collisions)', () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      hashes.add(packageHash({ fields: { objective: `v${i}` }, checklist: [] }));
    }
    expect(hashes.size).toBe(2000);
  });
});

describe('canonicalJson', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [3, { d: 1, c: 2 }] }, '{"a":[3,{"c":2,"d":1}],"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['x', '"x"'],
    [null, 'null'],
    [undefined, 'null'],
    [[], '[]'],
    [{}, '{}'],
  ])('%j → %s', (value, want) => {
    expect(canonicalJson(value)).toBe(want);
  });
});
