import { describe, expect, it } from 'vitest';
import { planLeadImport } from '../../../shared/domain/leads';

// The screen's mapping: a field set to no column is left empty, never guessed back; line
// numbers of a slice are shifted to the whole file's.

describe('planLeadImport with a mapping from the screen', () => {
  const csv = 'Name,Email,Notes\nAna,ana@x.io,call Tuesday\nBo,bo,';
  const cases = [
    { name: 'guessed', mapping: undefined, notes: 'call Tuesday' },
    { name: 'not imported', mapping: { notes: '' }, notes: '' },
    { name: 'another column', mapping: { notes: 'Name' }, notes: 'Ana' },
  ];
  it.each(cases)('notes $name', ({ mapping, notes }) => {
    const plan = planLeadImport(csv, new Set(), mapping);
    expect(plan.good.map((g) => g.notes)).toEqual([notes]);
    if (mapping?.notes === '') expect('notes' in plan.mapping).toBe(false);
  });

  it('an email set to no column is a problem of the whole file', () => {
    expect(() => planLeadImport(csv, new Set(), { email: '' })).toThrow(/^mapping\.email: /);
  });

  it('adds the line offset to good, duplicate and bad rows alike', () => {
    const plan = planLeadImport(`${csv}\nAna 2,ANA@x.io,`, new Set(), undefined, 1000);
    expect(plan.good.map((g) => g.line)).toEqual([1002]);
    expect(plan.bad.map((b) => b.line)).toEqual([1003]);
    expect(plan.duplicates).toEqual([
      { line: 1004, email: 'ANA@x.io', of: 'line 1002 of this file' },
    ]);
  });
});
