import { describe, expect, it } from 'vitest';
import { sliceCsv } from '../../../shared/domain/csvSlices';
import { parseCsv } from '../../../shared/domain/csvText';

/** The rows of the file as the slices carry them: lines shifted back to the whole file's. */
function rowsThroughSlices(text: string, max: number) {
  const { slices } = sliceCsv(text, max);
  return slices.flatMap((s) => {
    const [, ...rows] = parseCsv(s.text).rows;
    return rows.map((r) => [r.line + s.lineOffset, r.cells] as const);
  });
}

function rowsWhole(text: string) {
  const [, ...rows] = parseCsv(text).rows;
  return rows.map((r) => [r.line, r.cells] as const);
}

describe('sliceCsv', () => {
  const cases: { name: string; text: string; max: number; slices: 'one' | 'several' }[] = [
    {
      name: 'plain LF',
      text: 'name,email\na,a@x.io\nb,b@x.io\nc,c@x.io\n',
      max: 30,
      slices: 'several',
    },
    {
      name: 'CRLF',
      text: 'name,email\r\na,a@x.io\r\nb,b@x.io\r\nc,c@x.io',
      max: 32,
      slices: 'several',
    },
    {
      name: 'lone CR',
      text: 'name,email\ra,a@x.io\rb,b@x.io\rc,c@x.io',
      max: 30,
      slices: 'several',
    },
    { name: 'BOM', text: '\uFEFFname;email\na;a@x.io\nb;b@x.io\n', max: 25, slices: 'several' },
    {
      name: 'quoted line breaks stay inside one slice',
      text: 'name,notes\na,"one\ntwo\r\nthree"\nb,"x ""y""\nz"\nc,plain\n',
      max: 40,
      slices: 'several',
    },
    {
      name: 'header spanning two lines',
      text: 'name,"notes\n(free text)"\na,1\nb,2\nc,3\nd,4\ne,5\nf,6\ng,7\nh,8\n',
      max: 50,
      slices: 'several',
    },
    { name: 'blank lines kept in the count', text: 'h\n1\n\n\n2\n\n3', max: 6, slices: 'several' },
    { name: 'fits whole', text: 'h,i\n1,2\n3,4\n', max: 1000, slices: 'one' },
  ];
  it.each(cases)('$name: every row once, on its own line of the whole file', (c) => {
    const slicing = sliceCsv(c.text, c.max);
    expect(slicing.headerProblem).toBeNull();
    expect(slicing.tooLong).toEqual([]);
    if (c.slices === 'one') expect(slicing.slices).toHaveLength(1);
    else expect(slicing.slices.length).toBeGreaterThan(1);
    for (const s of slicing.slices) expect(s.text.length).toBeLessThanOrEqual(c.max);
    expect(rowsThroughSlices(c.text, c.max)).toEqual(rowsWhole(c.text));
  });

  it('repeats the header line (without the BOM) on top of every slice', () => {
    const { slices } = sliceCsv('\uFEFFName;E-mail\r\nA;a@x.io\r\nB;b@x.io\r\n', 30);
    expect(slices.map((s) => s.text)).toEqual([
      'Name;E-mail\r\nA;a@x.io\r\n',
      'Name;E-mail\r\nB;b@x.io\r\n',
    ]);
  });

  it('says which lines of the file each slice holds and the offset to get there', () => {
    const text = 'h\n"a\nb"\nc\nd\n';
    const { slices } = sliceCsv(text, 8);
    expect(slices.map((s) => [s.firstLine, s.lastLine, s.lineOffset])).toEqual([
      [2, 3, 0],
      [4, 5, 2],
    ]);
  });

  it('leaves out a row too long for any slice and names its line', () => {
    const text = `h\n1\n"${'x'.repeat(50)}\n2\n3\n`;
    const slicing = sliceCsv(text, 30);
    expect(slicing.tooLong).toEqual([
      {
        line: 3,
        reason:
          'the row is 56 characters long, more than one import can carry (is a quote left open?)',
      },
    ]);
    expect(rowsThroughSlices(text, 30)).toEqual([[2, ['1']]]);
  });

  it('refuses a header too long to repeat', () => {
    const slicing = sliceCsv(`${'h,'.repeat(20)}h\n1\n`, 40);
    expect(slicing.slices).toEqual([]);
    expect(slicing.headerProblem).toBe(
      'the header line is 42 characters long; at most 20 can be imported',
    );
  });

  it('has no slices for a file with only a header', () => {
    expect(sliceCsv('name,email', 100).slices).toEqual([]);
    expect(sliceCsv('name,email\n', 100).slices).toEqual([]);
  });

  it('keeps a big generated file row for row', () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i % 7 === 0 ? `p${i},"multi\nline ${i}",p${i}@x.io` : `p${i},note ${i},p${i}@x.io`,
    );
    const text = `name,notes,email\r\n${rows.join('\r\n')}\r\n`;
    const slicing = sliceCsv(text, 5_000);
    expect(slicing.slices.length).toBeGreaterThan(10);
    expect(rowsThroughSlices(text, 5_000)).toEqual(rowsWhole(text));
  });
});
