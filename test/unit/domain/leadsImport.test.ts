import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../../shared/domain/csvText';
import { guessLeadMapping, parseImportDate, planLeadImport } from '../../../shared/domain/leads';

describe('parseCsv', () => {
  const cases: { name: string; text: string; delimiter: string; rows: [number, string[]][] }[] = [
    {
      name: 'comma, CRLF',
      text: 'a,b\r\n1,2\r\n',
      delimiter: ',',
      rows: [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    },
    {
      name: 'BOM and semicolons',
      text: '\uFEFFname;email\nAna;a@x.io',
      delimiter: ';',
      rows: [
        [1, ['name', 'email']],
        [2, ['Ana', 'a@x.io']],
      ],
    },
    {
      name: 'quotes with delimiter, doubled quote and a line break',
      text: 'n,notes\n"Ruiz, Ana","said ""hi""\nthen left"\nBo,x',
      delimiter: ',',
      rows: [
        [1, ['n', 'notes']],
        [2, ['Ruiz, Ana', 'said "hi"\nthen left']],
        [4, ['Bo', 'x']],
      ],
    },
    {
      name: 'blank lines skipped, line numbers kept',
      text: 'a\n\n1\n',
      delimiter: ',',
      rows: [
        [1, ['a']],
        [3, ['1']],
      ],
    },
    {
      name: 'tabs',
      text: 'a\tb\n1\t2',
      delimiter: '\t',
      rows: [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    },
  ];
  it.each(cases)('$name', ({ text, delimiter, rows }) => {
    const t = parseCsv(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual(rows);
  });
  it('sniffs the delimiter used most outside quotes', () => {
    expect(sniffDelimiter('"a,b";c;d')).toBe(';');
    expect(sniffDelimiter('single')).toBe(',');
  });
});

describe('parseImportDate', () => {
  const cases: [string, string | null][] = [
    ['2026-03-14', '2026-03-14T00:00:00.000Z'],
    ['14.03.2026', '2026-03-14T00:00:00.000Z'],
    ['2026-03-14T09:30:00Z', '2026-03-14T09:30:00.000Z'],
    ['2026-02-30', null],
    ['31/04/2026', null],
    ['yesterday', null],
  ];
  it.each(cases)('%s → %s', (raw, iso) => expect(parseImportDate(raw)).toBe(iso));
});

describe('planLeadImport', () => {
  it('guesses the mapping from headers ignoring case and underscores', () => {
    expect(
      guessLeadMapping(['Full_Name', 'E-Mail', 'Company', 'Job Title', 'Lead Source', 'Created']),
    ).toEqual({
      personName: 'Full_Name',
      email: 'E-Mail',
      company: 'Company',
      jobTitle: 'Job Title',
      sourceChannel: 'Lead Source',
      createdAt: 'Created',
    });
  });

  const csv = [
    '\uFEFFName;Email;Company;Interests;Created',
    'Ana Ruiz;ANA@acme.example;"Acme; Inc";api|pricing;2026-03-01',
    'Bo;not-an-email;Beta;;2026-03-01',
    'Cy;cy@gamma.example;Gamma;;31.02.2026',
    'Ana again;ana@acme.example;Acme;;',
    'Dee;dee@old.example;Old;;',
    'Ed;ed@e.example;E',
    'Fay;;F;;',
  ].join('\n');
  const plan = planLeadImport(csv, new Set(['dee@old.example']));

  it('keeps good rows with normalised email keys and parsed fields', () => {
    expect(plan.delimiter).toBe(';');
    expect(plan.good).toHaveLength(1);
    expect(plan.good[0]).toMatchObject({
      line: 2,
      personName: 'Ana Ruiz',
      company: 'Acme; Inc',
      emailKey: 'ana@acme.example',
      interests: ['api', 'pricing'],
      createdAt: '2026-03-01T00:00:00.000Z',
    });
  });
  it('names each bad row by line and reason', () => {
    expect(plan.bad).toEqual([
      { line: 3, reason: "email 'not-an-email' is not an email address" },
      { line: 4, reason: "date '31.02.2026' is not a date like 2026-03-14 or 14.03.2026" },
      { line: 7, reason: 'has 3 cells; the header has 5' },
      { line: 8, reason: 'email is empty' },
    ]);
  });
  it('finds duplicates within the file and against the workspace', () => {
    expect(plan.duplicates).toEqual([
      { line: 5, email: 'ana@acme.example', of: 'line 2 of this file' },
      { line: 6, email: 'dee@old.example', of: 'a lead already in the workspace' },
    ]);
  });
  it('an explicit mapping wins; a mapped column the file lacks is named', () => {
    const p = planLeadImport('Who,Mail\nAna,a@x.io', new Set(), {
      personName: 'Who',
      email: 'Mail',
    });
    expect(p.good[0]).toMatchObject({ personName: 'Ana', email: 'a@x.io' });
    expect(() => planLeadImport('Who,Mail\n', new Set(), { email: 'Address' })).toThrow(
      "mapping.email: the file has no column 'Address'",
    );
    expect(() => planLeadImport('Who,Where\nA,B', new Set())).toThrow(
      'mapping.email: no column holds the email',
    );
  });
  it('joins first and last name columns when no name column exists', () => {
    const p = planLeadImport('First Name,Last Name,Email\nAna,Ruiz,a@x.io', new Set());
    expect(p.good[0]!.personName).toBe('Ana Ruiz');
  });
});
