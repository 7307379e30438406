import { RowIssueList } from './RowIssueList';
import {
  checkProductionTimeline,
  lastMilestoneDay,
  plannedTimeline,
  type ProductionWindow,
} from '../../../../../shared/domain/production/productionTimeline';
import type { FieldValue } from '../../../../../shared/model';
import { Button } from '../../../../ui';
import { useHandoff } from '../../handoffContext';
import type { TableRowDraft } from '../fieldValues';

/**
 * Under the Creative → Production timeline: what the backward plan allows (production from
 * this package's due date, done before the buffer ahead of the hand-over to launch), each
 * milestone that does not fit, and, for an empty table, the plan as a first timeline.
 */
export function ProductionTimelineNotes({
  id,
  rows,
  onChange,
}: {
  id: string;
  rows: readonly TableRowDraft[];
  onChange: (value: FieldValue) => void;
}) {
  const { detail, campaign } = useHandoff();
  const next = campaign?.plan.find((p) => p.fromStageId === detail.handoff.toStageId);
  const window: ProductionWindow = {
    startDate: detail.handoff.dueDate,
    handOverDate: next?.dueDate ?? null,
    bufferDays: next?.bufferDays ?? 0,
    launchDate: campaign?.campaign.launchDate ?? null,
  };
  const last = lastMilestoneDay(window);
  // A blank row is scaffolding the table keeps for typing, not a milestone.
  const filled = rows.flatMap((r, i) =>
    Object.values(r).every((v) => v.trim() === '') ? [] : [{ r, i }],
  );
  const issues = checkProductionTimeline(
    filled.map((f) => f.r),
    window,
  ).map((issue) => ({
    ...issue,
    message: issue.message.replace(/^Row \d+/, `Row ${filled[issue.row]!.i + 1}`),
  }));
  const planned = plannedTimeline(window);
  return (
    <div id={id} className="hf-sequence__notes" aria-live="polite">
      {last && window.handOverDate ? (
        <p className="hf-sequence__order">
          Plan: production from {window.startDate ?? 'this package'}; done by {last} to keep the{' '}
          {window.bufferDays}-working-day buffer before the hand-over to launch on{' '}
          {window.handOverDate}.
        </p>
      ) : (
        <p className="hf-sequence__order">No plan yet: give the campaign a launch date.</p>
      )}
      {filled.length === 0 && planned.length > 0 ? (
        <div>
          <Button size="sm" onClick={() => onChange(planned)}>
            Fill from the plan
          </Button>
        </div>
      ) : null}
      <RowIssueList issues={issues} />
    </div>
  );
}
