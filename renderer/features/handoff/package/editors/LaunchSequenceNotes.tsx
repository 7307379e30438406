import { checkLaunchSequenceRows } from '../../../../../shared/domain/launch/packageTables';
import { RowIssueList } from './RowIssueList';
import { rowList } from '../../../../../shared/domain/launch/rowIssue';
import type { TableRowDraft } from '../fieldValues';
import { useHandoff } from '../../handoffContext';
import { useWorkspaceStore } from '../../../workspace/workspaceStore';

/**
 * Under the launch sequence table: the order things go live when it differs from the listed
 * one, and each row's problems (errors hold the gate; timing warnings against the campaign's
 * launch date and now only inform).
 */
export function LaunchSequenceNotes({ id, rows }: { id: string; rows: readonly TableRowDraft[] }) {
  const { campaign } = useHandoff();
  const timeZone = useWorkspaceStore((s) => s.view?.workspace.homeTimeZone ?? 'UTC');
  // Rows numbered as the table shows them; a blank row is scaffolding, not an item.
  const blank = new Set(
    rows.flatMap((r, i) => (Object.values(r).every((v) => v.trim() === '') ? [i] : [])),
  );
  if (blank.size === rows.length) return null;
  const checked = checkLaunchSequenceRows(rows, {
    launchDate: campaign?.campaign.launchDate ?? null,
    timeZone,
    now: new Date().toISOString(),
  });
  const order = checked.order.filter((r) => !blank.has(r));
  const issues = checked.issues.filter((i) => !blank.has(i.row));
  const listed = [...order].sort((a, b) => a - b);
  const reordered = order.some((row, i) => row !== listed[i]);
  if (!reordered && issues.length === 0) return null;
  return (
    <div id={id} className="hf-sequence__notes" aria-live="polite">
      {reordered ? (
        <p className="hf-sequence__order">Goes live in this order: {rowList(order)}</p>
      ) : null}
      <RowIssueList issues={issues} />
    </div>
  );
}
