import type { LeadImportPreview, LeadImportResult } from '../../model';
import { emailKey } from './leadImport';

// A file too big for one import call goes in slices (csvSlices.ts), each planned on its own by
// the backend. These put the slices' answers back together as one file's: problems in line
// order, and a row whose email an earlier slice already brings named as a duplicate of that
// line, as it would be had the file gone in whole.

const SAMPLE_ROWS = 20;

export type Duplicate = LeadImportPreview['duplicates'][number];
export type BadRow = LeadImportPreview['bad'][number];

const byLine = <T extends { line: number }>(a: T, b: T) => a.line - b.line;

/** One preview of the whole file from the previews of its slices, in file order. */
export function combineImportPreviews(
  parts: readonly LeadImportPreview[],
  extraBad: readonly BadRow[] = [],
): LeadImportPreview {
  const first = parts[0];
  const seen = new Map<string, number>();
  const moved = new Set<number>();
  const crossDuplicates: Duplicate[] = [];
  const goodEmails: LeadImportPreview['goodEmails'] = [];
  for (const part of parts) {
    for (const g of part.goodEmails) {
      const key = emailKey(g.email);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, g.line);
        goodEmails.push(g);
      } else {
        moved.add(g.line);
        crossDuplicates.push({ line: g.line, email: g.email, of: `line ${earlier} of this file` });
      }
    }
  }
  return {
    delimiter: first?.delimiter ?? ',',
    headers: first?.headers ?? [],
    mapping: first?.mapping ?? {},
    goodCount: goodEmails.length,
    sample: parts
      .flatMap((p) => p.sample)
      .filter((s) => !moved.has(s.line))
      .slice(0, SAMPLE_ROWS),
    goodEmails,
    duplicates: [...parts.flatMap((p) => p.duplicates), ...crossDuplicates].sort(byLine),
    bad: [...parts.flatMap((p) => p.bad), ...extraBad].sort(byLine),
  };
}

/**
 * One result from the results of the slices committed in order. A slice sees the rows earlier
 * slices wrote as leads already in the workspace; `firstLines` (email key → the line that
 * brought it, from the combined preview) names them as lines of this file instead.
 */
export function combineImportResults(
  parts: readonly LeadImportResult[],
  firstLines: ReadonlyMap<string, number>,
  extraBad: readonly BadRow[] = [],
): LeadImportResult {
  const duplicates = parts
    .flatMap((p) => p.duplicates)
    .map((d) => {
      const line = firstLines.get(emailKey(d.email));
      return d.of === 'a lead already in the workspace' && line !== undefined && line < d.line
        ? { ...d, of: `line ${line} of this file` }
        : d;
    });
  return {
    imported: parts.reduce((n, p) => n + p.imported, 0),
    duplicates: duplicates.sort(byLine),
    bad: [...parts.flatMap((p) => p.bad), ...extraBad].sort(byLine),
  };
}

/** Email key → the line of the file that brings it (for combineImportResults). */
export function firstLinesOf(preview: LeadImportPreview): Map<string, number> {
  return new Map(preview.goodEmails.map((g) => [emailKey(g.email), g.line]));
}
