import {
  checkLaunchSequence,
  type LaunchSequenceResult,
  type LaunchWindow,
} from './launchSequence';
import { rowIssue, type RowIssue } from './rowIssue';
import { checkContingencyPlans, checkMonitoringOwners } from './trackingChecks';

// The Production → Launch template keeps its lists as table fields: rows of strings under the
// template's column keys. These read such rows into the checks and give issues back under the
// column keys, so the package editor marks the right cell. The messages do not change.

/** One row of a table-typed package field. */
export type TableRowValue = Readonly<Record<string, string | undefined>>;

/** The column keys of the built-in Production → Launch tables, per check. */
export const LAUNCH_TABLE_COLUMNS = {
  launchSequence: { what: 'what', channel: 'channel', when: 'when', ownerId: 'owner' },
  contingencyPlans: { if: 'ifThis', then: 'thenThat', ownerId: 'owner' },
  monitoringOwners: {
    metric: 'metric',
    personId: 'person',
    windowHours: 'window',
    threshold: 'threshold',
  },
} as const;

function toColumns(issues: RowIssue[], columns: Readonly<Record<string, string>>): RowIssue[] {
  return issues.map((i) => ({ ...i, field: columns[i.field] ?? i.field }));
}

export function checkLaunchSequenceRows(
  rows: readonly TableRowValue[],
  window: LaunchWindow,
): LaunchSequenceResult {
  const c = LAUNCH_TABLE_COLUMNS.launchSequence;
  const result = checkLaunchSequence(
    rows.map((r) => ({
      what: r[c.what],
      channel: r[c.channel],
      when: r[c.when],
      ownerId: r[c.ownerId],
    })),
    window,
  );
  return { order: result.order, issues: toColumns(result.issues, c) };
}

export function checkContingencyRows(rows: readonly TableRowValue[]): RowIssue[] {
  const c = LAUNCH_TABLE_COLUMNS.contingencyPlans;
  return toColumns(
    checkContingencyPlans(
      rows.map((r) => ({ if: r[c.if], then: r[c.then], ownerId: r[c.ownerId] })),
    ),
    c,
  );
}

/**
 * A monitoring window as people type it in a cell: "48", "48h", "36 hours", "2 days", "2d".
 * Null when blank, NaN when it is not one of these.
 */
export function parseWindowHours(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const match = /^(\d+(?:[.,]\d+)?)\s*(h|hrs?|hours?|d|days?)?$/i.exec(text.trim());
  if (!match) return Number.NaN;
  const n = Number(match[1]!.replace(',', '.'));
  return /^d/i.test(match[2] ?? '') ? n * 24 : n;
}

export function checkMonitoringRows(rows: readonly TableRowValue[]): RowIssue[] {
  const c = LAUNCH_TABLE_COLUMNS.monitoringOwners;
  const unreadable: RowIssue[] = [];
  const owners = rows.map((r, row) => {
    const windowHours = parseWindowHours(r[c.windowHours]);
    if (Number.isNaN(windowHours)) {
      unreadable.push(
        rowIssue(
          row,
          c.windowHours,
          `must be a number of hours like 48 or 2 days, not "${r[c.windowHours]}"`,
          'error',
          'window',
        ),
      );
    }
    return {
      metric: r[c.metric],
      personId: r[c.personId],
      windowHours: Number.isNaN(windowHours) ? undefined : windowHours,
      threshold: r[c.threshold],
    };
  });
  const checked = toColumns(checkMonitoringOwners(owners), c).filter(
    // An unreadable window is reported as unreadable, not also as missing.
    (i) => !(i.field === c.windowHours && unreadable.some((u) => u.row === i.row)),
  );
  return [...checked, ...unreadable].sort((a, b) => a.row - b.row);
}
