import { describe, expect, it } from 'vitest';
import {
  combineImportPreviews,
  combineImportResults,
  firstLinesOf,
} from '../../../shared/domain/leads/leadImportParts';
import { planLeadImport } from '../../../shared/domain/leads';
import { sliceCsv } from '../../../shared/domain/csvSlices';
import type { LeadImportPreview } from '../../../shared/model';

/** What the backend's preview answers for a slice (the same plan, shaped for the wire). */
function preview(text: string, existing: Set<string>, lineOffset: number): LeadImportPreview {
  const p = planLeadImport(text, existing, undefined, lineOffset);
  return {
    delimiter: p.delimiter,
    headers: p.headers,
    mapping: p.mapping as Record<string, string>,
    goodCount: p.good.length,
    sample: p.good
      .slice(0, 20)
      .map((g) => ({ line: g.line, personName: g.personName, company: g.company, email: g.email })),
    goodEmails: p.good.map((g) => ({ line: g.line, email: g.email })),
    duplicates: p.duplicates,
    bad: p.bad,
  };
}

const FILE = [
  'Name,Email,Created',
  'Ana,ana@x.io,',
  'Bo,not-an-email,',
  'Cy,cy@x.io,',
  'Old,old@x.io,',
  'Ana again,ANA@x.io,',
  'Dee,dee@x.io,2026-02-30',
  'Eve,eve@x.io,',
  'Cy again,cy@x.io,',
].join('\n');

describe('combineImportPreviews', () => {
  const cases = [45, 60, 80, 10_000].map((max) => ({ max }));
  it.each(cases)('slices of $max characters plan like the whole file', ({ max }) => {
    const existing = new Set(['old@x.io']);
    const whole = preview(FILE, existing, 0);
    const slicing = sliceCsv(FILE, max);
    const combined = combineImportPreviews(
      slicing.slices.map((s) => preview(s.text, existing, s.lineOffset)),
    );
    expect(combined.goodCount).toBe(whole.goodCount);
    expect(combined.goodEmails).toEqual(whole.goodEmails);
    expect(combined.sample).toEqual(whole.sample);
    expect(combined.bad).toEqual(whole.bad);
    expect(combined.duplicates).toEqual(whole.duplicates);
    expect(combined.duplicates).toEqual([
      { line: 5, email: 'old@x.io', of: 'a lead already in the workspace' },
      { line: 6, email: 'ANA@x.io', of: 'line 2 of this file' },
      { line: 9, email: 'cy@x.io', of: 'line 4 of this file' },
    ]);
  });

  it('adds rows the slicer left out as bad rows in line order', () => {
    const combined = combineImportPreviews(
      [preview(FILE, new Set(), 0)],
      [{ line: 4, reason: 'too long' }],
    );
    expect(combined.bad.map((b) => b.line)).toEqual([3, 4, 7]);
  });

  it('is an empty preview for no slices', () => {
    expect(combineImportPreviews([])).toMatchObject({ goodCount: 0, headers: [], bad: [] });
  });
});

describe('combineImportResults', () => {
  it('names a row an earlier slice imported as that line, not as a lead already there', () => {
    const firstLines = firstLinesOf(preview(FILE, new Set(['old@x.io']), 0));
    const result = combineImportResults(
      [
        { imported: 2, duplicates: [], bad: [{ line: 3, reason: 'bad email' }] },
        {
          imported: 1,
          duplicates: [
            { line: 9, email: 'cy@x.io', of: 'a lead already in the workspace' },
            { line: 5, email: 'old@x.io', of: 'a lead already in the workspace' },
          ],
          bad: [],
        },
      ],
      firstLines,
    );
    expect(result).toEqual({
      imported: 3,
      duplicates: [
        { line: 5, email: 'old@x.io', of: 'a lead already in the workspace' },
        { line: 9, email: 'cy@x.io', of: 'line 4 of this file' },
      ],
      bad: [{ line: 3, reason: 'bad email' }],
    });
  });
});
