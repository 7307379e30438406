import { describe, expect, it } from 'vitest';
import {
  FALLBACK_GLYPH,
  exportField,
  replaceMissingGlyphs,
  withFallbackGlyphs,
  type ExportField,
} from '../../../../shared/domain/export';
import type { FieldValue, TemplateField } from '../../../../shared/model';

const field = (over: Partial<TemplateField>): TemplateField => ({
  key: 'k',
  label: 'Label',
  type: 'text',
  required: true,
  help: '',
  columns: [],
  ...over,
});

describe('exportField: a package field as printed', () => {
  const cases: [string, Partial<TemplateField>, FieldValue | undefined, ExportField][] = [
    ['text', {}, 'Hello', { kind: 'text', label: 'Label', text: 'Hello' }],
    ['required, never set', {}, undefined, { kind: 'missing', label: 'Label' }],
    ['required, blank text', {}, '   ', { kind: 'missing', label: 'Label' }],
    ['required, null', {}, null, { kind: 'missing', label: 'Label' }],
    ['optional, empty', { required: false }, '', { kind: 'empty', label: 'Label' }],
    ['number', { type: 'number' }, 0, { kind: 'text', label: 'Label', text: '0' }],
    [
      'list, blank items dropped',
      { type: 'list' },
      ['a', ' ', 'b'],
      { kind: 'list', label: 'Label', items: ['a', 'b'] },
    ],
    ['required list, empty', { type: 'list' }, [], { kind: 'missing', label: 'Label' }],
    [
      "table in the template's column order, absent cells blank",
      {
        type: 'table',
        columns: [
          { key: 'b', label: 'B' },
          { key: 'a', label: 'A' },
        ],
      },
      [{ a: '1', b: '2' }, { a: '3' }],
      {
        kind: 'table',
        label: 'Label',
        columns: ['B', 'A'],
        rows: [
          ['2', '1'],
          ['', '3'],
        ],
      },
    ],
  ];
  it.each(cases)('%s', (_name, over, value, expected) => {
    expect(exportField(field(over), value)).toEqual(expected);
  });
});

describe('fallback glyphs', () => {
  const latin = (cp: number) => cp < 0x3000;
  it.each([
    ['é ü ñ €', 'é ü ñ €', 0],
    ['漢字 ok', `${FALLBACK_GLYPH}${FALLBACK_GLYPH} ok`, 2],
    ['line\nbreak\ttab', 'line\nbreak\ttab', 0],
  ])('%j → %j (%i replaced)', (input, text, replaced) => {
    expect(replaceMissingGlyphs(input, latin)).toEqual({ text, replaced });
  });

  it('counts every string of a document once, leaving numbers and booleans alone', () => {
    const r = withFallbackGlyphs({ a: '漢', b: ['字', { c: 'x', n: 3, t: true }] }, latin);
    expect(r.replaced).toBe(2);
    expect(r.value).toEqual({ a: FALLBACK_GLYPH, b: [FALLBACK_GLYPH, { c: 'x', n: 3, t: true }] });
  });
});
