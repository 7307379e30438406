import { describe, expect, it } from 'vitest';
import { fieldProblem, shapeProblem } from '../../../shared/domain/fieldValue';
import type { FieldType, FieldValue, TemplateField } from '../../../shared/model';

function field(type: FieldType, extra: Partial<TemplateField> = {}): TemplateField {
  return { key: 'f', label: 'F', type, required: true, help: '', columns: [], ...extra };
}

const row = { metric: 'Leads', target: '300' };

describe('fieldProblem: shapes', () => {
  it.each<[FieldType, FieldValue, string | null]>([
    ['text', 'Hello', null],
    ['text', 42, 'must be text'],
    ['text', ['a'], 'must be text'],
    ['long_text', 'Line one.\nLine two.', null],
    ['long_text', [row], 'must be text'],
    ['list', ['a', 'b'], null],
    ['list', ['a', ''], null],
    ['list', 'a, b', 'must be a list of text items'],
    ['list', [row], 'must be a list of text items'],
    ['list', 3, 'must be a list of text items'],
    ['table', [row], null],
    ['table', [row, { metric: '', target: 'x' }], null],
    ['table', ['a'], 'must be a table'],
    ['table', 'a', 'must be a table'],
    ['number', 0, null],
    ['number', -12.5, null],
    ['number', '12', 'must be a number'],
    ['date', '2026-03-14', null],
    ['date', '14/03/2026', 'must be a date like 2026-03-14'],
    ['date', '2026-03-14T10:00:00Z', 'must be a date like 2026-03-14'],
    ['date', 20260314, 'must be a date like 2026-03-14'],
    ['link', 'https://drive.example.com/brief', null],
    ['link', 'http://intranet/brief', null],
    ['link', '/Volumes/Shared/Clients/brief.pdf', null],
    ['link', 'C:\\Shared\\Clients\\brief.pdf', null],
    ['link', 'D:/Shared/brief.pdf', null],
    ['link', 'ftp://files.example.com/brief', 'must be a link (https://…)'],
    ['link', 'javascript:alert(1)', 'must be a link (https://…)'],
    ['link', 'brief.pdf', 'must be a link (https://…)'],
    ['link', 42, 'must be a link (https://…)'],
    ['person', '0190c6a8-7c1e-7000-8000-000000000001', null],
    ['person', ['x'], 'must name a person'],
  ])('%s with %j: %s', (type, value, problem) => {
    expect(fieldProblem(field(type), value)).toBe(problem);
  });
});

describe('fieldProblem: empty values', () => {
  const empties: (FieldValue | undefined)[] = [
    undefined,
    null,
    '',
    '  \n\t',
    [],
    ['', '   '],
    [{ metric: '', target: '  ' }],
    [{}],
  ];

  it.each(empties.map((v) => [v]))('required %j is missing', (value) => {
    expect(fieldProblem(field('text'), value)).toBe('is missing');
  });

  it.each(empties.map((v) => [v]))('optional %j is fine', (value) => {
    expect(fieldProblem(field('text', { required: false }), value)).toBeNull();
  });

  it('checks optional fields once they are filled in', () => {
    expect(fieldProblem(field('date', { required: false }), 'tomorrow')).toBe(
      'must be a date like 2026-03-14',
    );
  });

  it('zero is a value, not an empty number', () => {
    expect(fieldProblem(field('number'), 0)).toBeNull();
  });
});

describe('fieldProblem: maxSentences', () => {
  const summary = field('long_text', { maxSentences: 3 });

  it.each([
    ['One. Two. Three.', null],
    ['One. Two.', null],
    ['Grew 3.5% in Q1. Aim for 4.5%, e.g. via email. Launch in May.', null],
    ['One. Two. Three. Four.', 'has 4 sentences; at most 3 allowed'],
    ['Really?! Yes. Sure. Done!', 'has 4 sentences; at most 3 allowed'],
  ])('%j: %s', (text, problem) => {
    expect(fieldProblem(summary, text)).toBe(problem);
  });

  it('does not limit fields without maxSentences', () => {
    expect(fieldProblem(field('long_text'), 'A. B. C. D. E. F.')).toBeNull();
  });
});

describe('shapeProblem', () => {
  it.each<[TemplateField, FieldValue, string | null]>([
    [field('text'), '', null],
    [field('text'), null, null],
    [field('long_text', { maxSentences: 1 }), 'Too. Many. Sentences.', null],
    [field('text'), ['a'], 'must be text'],
    [field('list'), 'a', 'must be a list of text items'],
    [field('date'), 'soon', 'must be a date like 2026-03-14'],
  ])('%#: drafts may be incomplete or too long but not the wrong shape', (f, value, problem) => {
    expect(shapeProblem(f, value)).toBe(problem);
  });
});
