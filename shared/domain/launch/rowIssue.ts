/**
 * One problem with one row of a launch list (a UTM link, a launch item, a contingency plan…).
 * `row` is the 0-based index in the list as given; `message` is the sentence a person reads and
 * names the row (1-based, as a person counts), the field and the problem.
 */
export interface RowIssue {
  row: number;
  /** The input's key (`ownerId`), for the UI to mark the cell. */
  field: string;
  problem: string;
  /** Errors keep the package incomplete; warnings are shown but do not block the gate. */
  severity: 'error' | 'warning';
  message: string;
}

export function rowIssue(
  row: number,
  field: string,
  problem: string,
  severity: RowIssue['severity'] = 'error',
  /** What a person calls the field where the key reads badly (`owner` for `ownerId`). */
  label: string = field,
): RowIssue {
  return { row, field, problem, severity, message: `Row ${row + 1}: ${label} ${problem}` };
}

/** "row 2", "rows 1 and 3", "rows 1, 2 and 5" (1-based) for 0-based indices. */
export function rowList(rows: readonly number[]): string {
  const names = rows.map((r) => String(r + 1));
  if (names.length === 1) return `row ${names[0]}`;
  return `rows ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** True for a text that is missing or only whitespace. */
export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}
