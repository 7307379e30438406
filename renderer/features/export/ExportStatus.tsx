import { Button, Spinner } from '../../ui';
import type { ExportJob } from './exportJob';

/**
 * "Exporting the campaign as PDF: 12 of 40 handoff packages (Creative → Production)", a bar and
 * Stop. `compact` (beside the buttons, in a dialog's footer) keeps one short line: "PDF: 12 of
 * 40", the full sentence in its tooltip.
 */
export function ExportStatus({ job, compact = false }: { job: ExportJob; compact?: boolean }) {
  const format = job.format === 'pdf' ? 'PDF' : 'Markdown';
  const what = 'handoffId' in job.target ? 'the handoff package' : 'the campaign';
  const counting = 'campaignId' in job.target && job.total > 0;
  const count = counting ? `${job.done} of ${job.total}` : '';
  const current = counting && job.current ? ` (${job.current})` : '';
  const sentence = `Exporting ${what} as ${format}${counting ? `: ${count} handoff packages${current}` : '…'}`;
  return (
    <span
      className={compact ? 'export-status export-status--compact' : 'export-status'}
      role="status"
    >
      <Spinner size="sm" />
      <span className="export-status__text" title={compact ? sentence : undefined}>
        {compact ? `Exporting ${format}${counting ? `: ${count}` : '…'}` : sentence}
      </span>
      {counting ? (
        <progress
          className="export-status__bar"
          max={job.total}
          value={job.done}
          aria-label="Handoff packages exported"
        />
      ) : null}
      {'campaignId' in job.target ? (
        <Button size="sm" variant="ghost" onClick={job.stop}>
          Stop
        </Button>
      ) : null}
    </span>
  );
}
