import type { RowIssue } from '../../../../../shared/domain/launch/rowIssue';

/** A table field's row problems under it, errors and warnings styled apart; nothing when none. */
export function RowIssueList({ issues }: { issues: readonly RowIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="hf-sequence__issues">
      {issues.map((i) => (
        <li
          key={`${i.row}:${i.field}:${i.problem}`}
          className={`hf-sequence__issue hf-sequence__issue--${i.severity}`}
        >
          {i.message}
        </li>
      ))}
    </ul>
  );
}
