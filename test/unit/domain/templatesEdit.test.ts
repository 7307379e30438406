import { describe, expect, it } from 'vitest';
import { templateForTransition } from '../../../shared/domain/templates/builtin';
import {
  isDefaultTransition,
  keyFromLabel,
  newestVersion,
  templateFromEdit,
  templateProblems,
  type TemplateEdit,
} from '../../../shared/domain/templates/templateEdit';
import { HandoffTemplate, type FieldIssue, type StageKey } from '../../../shared/model';

const BUILTIN = templateForTransition('creative', 'production', 'email');

function edit(overrides: Partial<TemplateEdit> = {}): TemplateEdit {
  return {
    from: 'creative',
    to: 'production',
    campaignType: 'email',
    name: BUILTIN.name,
    fields: BUILTIN.fields.map((f) => ({ ...f })),
    checklist: BUILTIN.checklist.map((c) => ({ ...c })),
    defaultRaci: BUILTIN.defaultRaci,
    durationDays: BUILTIN.durationDays,
    bufferDays: BUILTIN.bufferDays,
    ...overrides,
  };
}

const field = (over: Partial<TemplateEdit['fields'][number]>) => ({
  key: 'launchNotes',
  label: 'Launch notes',
  type: 'text' as const,
  required: false,
  help: '',
  columns: [],
  ...over,
});

describe('templateProblems', () => {
  const n = BUILTIN.fields.length;
  it.each<[string, Partial<TemplateEdit>, FieldIssue[]]>([
    ['the built-in as it ships', {}, []],
    [
      'a key used twice',
      { fields: [...edit().fields, field({ key: 'objective' })] },
      [{ field: `fields.${n}.key`, problem: 'is already the key of “Objective”' }],
    ],
    [
      'a key that does not fit the pattern',
      { fields: [...edit().fields, field({ key: '2nd note' })] },
      [
        {
          field: `fields.${n}.key`,
          problem:
            'must start with a lower-case letter and hold only letters, digits and _ (like launchNotes)',
        },
      ],
    ],
    [
      'an empty label',
      { fields: [...edit().fields, field({ label: '   ' })] },
      [{ field: `fields.${n}.label`, problem: 'is required' }],
    ],
    [
      'a table without columns',
      { fields: [...edit().fields, field({ type: 'table' })] },
      [{ field: `fields.${n}.columns`, problem: 'a table needs at least one column' }],
    ],
    [
      'a column without a label, and two columns with one key',
      {
        fields: [
          ...edit().fields,
          field({
            type: 'table',
            columns: [
              { key: 'a', label: 'A' },
              { key: 'a', label: '' },
            ],
          }),
        ],
      },
      [
        { field: `fields.${n}.columns.1.label`, problem: 'is required' },
        { field: `fields.${n}.columns.1.key`, problem: 'is already used by another column' },
      ],
    ],
    [
      'a checklist item without a label',
      { checklist: [{ label: ' ', required: true }] },
      [{ field: 'checklist.0.label', problem: 'is required' }],
    ],
    [
      'two checklist items that derive one key',
      {
        checklist: [
          { label: 'Seed list sent', required: true },
          { label: 'Seed-list sent!', required: false },
        ],
      },
      [{ field: 'checklist.1.key', problem: 'is already used by another item' }],
    ],
    ['no name', { name: ' ' }, [{ field: 'name', problem: 'is required' }]],
    [
      'no fields at all',
      { fields: [] },
      [{ field: 'fields', problem: 'must have at least one field' }],
    ],
    [
      'not a default transition',
      { from: 'strategy', to: 'launch' },
      [{ field: 'to', problem: 'does not follow strategy on the default board' }],
    ],
  ])('%s', (_name, overrides, issues) => {
    expect(templateProblems(edit(overrides))).toEqual(issues);
  });
});

describe('templateFromEdit', () => {
  it('keeps the built-in exactly when nothing was edited', () => {
    expect(templateFromEdit(edit(), BUILTIN.id, BUILTIN.version)).toEqual(BUILTIN);
  });

  it('an edited Production → Launch template still needs a signed pre-flight', () => {
    const launch = templateForTransition('production', 'launch', 'paid_ads');
    expect(launch.preflight).toBe(true);
    const t = templateFromEdit(
      edit({ from: 'production', to: 'launch', campaignType: 'paid_ads', checklist: [] }),
      'row-id',
      2,
    );
    expect(t.preflight).toBe(true);
    expect(templateFromEdit(edit(), 'row-id', 2).preflight).toBeUndefined();
  });

  it('trims, derives keys for new items and columns, and drops columns from non-tables', () => {
    const t = templateFromEdit(
      edit({
        fields: [
          field({ label: ' Launch notes ', help: ' Why. ', columns: [{ key: 'x', label: 'X' }] }),
          field({ key: 'rows', type: 'table', columns: [{ key: '', label: 'Send time' }] }),
        ],
        checklist: [{ label: ' Seed list sent ', required: true }],
        defaultRaci: { R: [' Designer ', ''], A: ' ', C: [], I: [] },
      }),
      'row-id',
      4,
    );
    expect(() => HandoffTemplate.parse(t)).not.toThrow();
    expect(t).toMatchObject({ id: 'row-id', version: 4, campaignTypes: ['email'] });
    expect(t.fields[0]).toMatchObject({ label: 'Launch notes', help: 'Why.', columns: [] });
    expect(t.fields[1]!.columns).toEqual([{ key: 'sendTime', label: 'Send time' }]);
    expect(t.checklist).toEqual([{ key: 'seedListSent', label: 'Seed list sent', required: true }]);
    expect(t.defaultRaci).toEqual({ R: ['Designer'], A: null, C: [], I: [] });
  });
});

describe('keyFromLabel', () => {
  it.each([
    ['Seed list sent', 'seedListSent'],
    ['Café — menu & prices', 'cafeMenuPrices'],
    ['3 reminders', 'item3Reminders'],
    ['!!!', ''],
  ])('%j → %j', (label, key) => {
    expect(keyFromLabel(label)).toBe(key);
  });
});

describe('newestVersion', () => {
  it.each<[string, { id: string; version: number; updatedAt: string }[], string | null]>([
    ['none', [], null],
    [
      'the highest version',
      [
        { id: 'a', version: 3, updatedAt: '2026-01-01' },
        { id: 'b', version: 2, updatedAt: '2026-02-01' },
      ],
      'a',
    ],
    [
      'two laptops saved the same version: the later save',
      [
        { id: 'z', version: 2, updatedAt: '2026-01-01T10:00:00Z' },
        { id: 'a', version: 2, updatedAt: '2026-01-01T11:00:00Z' },
      ],
      'a',
    ],
    [
      'same version and time: the higher id, whatever the order',
      [
        { id: 'b', version: 2, updatedAt: '2026-01-01' },
        { id: 'c', version: 2, updatedAt: '2026-01-01' },
        { id: 'a', version: 2, updatedAt: '2026-01-01' },
      ],
      'c',
    ],
  ])('%s', (_name, versions, id) => {
    expect(newestVersion(versions)?.id ?? null).toBe(id);
    expect(newestVersion([...versions].reverse())?.id ?? null).toBe(id);
  });
});

describe('isDefaultTransition', () => {
  it.each<[StageKey, StageKey, boolean]>([
    ['strategy', 'creative', true],
    ['retrospective', 'done', true],
    ['creative', 'strategy', false],
    ['strategy', 'production', false],
  ])('%s → %s: %s', (from, to, yes) => {
    expect(isDefaultTransition(from, to)).toBe(yes);
  });
});
