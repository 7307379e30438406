import { describe, expect, it } from 'vitest';
import { templateForTransition } from '../../../shared/domain/templates/builtin';
import type { TemplateDetail } from '../../../shared/model';
import {
  addField,
  describeProblem,
  draftFrom,
  moved,
  moveField,
  saveInput,
  updateField,
} from '../../../renderer/features/templates/templateDraft';

const SLOT = { from: 'creative', to: 'production', campaignType: 'email' } as const;
const BUILTIN = templateForTransition('creative', 'production', 'email');
const DETAIL: TemplateDetail = {
  template: BUILTIN,
  edited: false,
  builtinId: BUILTIN.id,
  history: [{ id: BUILTIN.id, version: 1, savedAt: null, builtin: true }],
};

describe('template draft', () => {
  it('saves the opened template unchanged', () => {
    const input = saveInput(draftFrom(DETAIL, SLOT));
    expect(input).toMatchObject({ ...SLOT, expectedVersion: 1, name: BUILTIN.name });
    expect(input.fields).toEqual(BUILTIN.fields);
    expect(input.checklist).toEqual(BUILTIN.checklist);
  });

  it('a new field’s key follows its label until a key is typed; a saved key never moves', () => {
    let d = addField(draftFrom(DETAIL, SLOT));
    const added = d.fields.at(-1)!;
    d = updateField(d, added.uid, { label: 'Seed list owner' });
    expect(d.fields.at(-1)!.key).toBe('seedListOwner');
    d = updateField(d, added.uid, { key: 'seedOwner' });
    d = updateField(d, added.uid, { label: 'Seed list owner (ESP)' });
    expect(d.fields.at(-1)!.key).toBe('seedOwner');

    const first = d.fields[0]!;
    d = updateField(d, first.uid, { label: 'Goal' });
    expect(d.fields[0]).toMatchObject({ key: 'objective', label: 'Goal' });
  });

  it('a field made a table starts with one column; only tables send columns', () => {
    let d = addField(draftFrom(DETAIL, SLOT));
    const uid = d.fields.at(-1)!.uid;
    d = updateField(d, uid, { label: 'Sends', type: 'table' });
    expect(d.fields.at(-1)!.columns).toEqual([{ key: '', label: '' }]);
    d = updateField(d, uid, { type: 'text' });
    expect(saveInput(d).fields.at(-1)!.columns).toEqual([]);
  });

  it.each<[number, number, string[]]>([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, 1, ['a', 'b', 'c']],
  ])('moved(index %i by %i)', (index, delta, out) => {
    expect(moved(['a', 'b', 'c'], index, delta)).toEqual(out);
  });

  it('moves a field by its identity', () => {
    const d = draftFrom(DETAIL, SLOT);
    const second = d.fields[1]!;
    expect(
      moveField(d, second.uid, -1)
        .fields.map((f) => f.key)
        .slice(0, 2),
    ).toEqual(['context', 'objective']);
  });

  it.each([
    [
      'fields.4.key',
      'is already the key of “Objective”',
      'Field 5 (Copy variations), key: is already the key of “Objective”',
    ],
    ['fields.4.columns.1.label', 'is required', 'Field 5 (Copy variations), column 2: is required'],
    [
      'checklist.0.label',
      'is required',
      'Checklist item 1 (Source files named by the naming convention): is required',
    ],
    ['name', 'is required', 'name is required'],
  ])('describes %s', (field, problem, text) => {
    expect(describeProblem(draftFrom(DETAIL, SLOT), { field, problem }).text).toBe(text);
  });
});
