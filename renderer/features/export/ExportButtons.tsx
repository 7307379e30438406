import { useEffect } from 'react';
import { useApi } from '../../api/ApiContext';
import { Button } from '../../ui';
import { ExportStatus } from './ExportStatus';
import { runExport, sameTarget, useExportJob, type ExportTarget } from './exportJob';
import './exportButtons.css';

/**
 * "PDF" and "Markdown" export of one handoff or a whole campaign, with the export's progress
 * beside them while it runs (a campaign counts its handoff packages and can be stopped).
 */
export function ExportButtons({ target }: { target: ExportTarget }) {
  const api = useApi();
  const job = useExportJob((s) => s.job);
  const mine = job !== null && sameTarget(job.target, target);
  useEffect(() => {
    if (!mine) return;
    useExportJob.setState((s) => ({ shownInline: s.shownInline + 1 }));
    return () => useExportJob.setState((s) => ({ shownInline: s.shownInline - 1 }));
  }, [mine]);
  const what = 'handoffId' in target ? 'handoff package' : 'campaign';
  return (
    <div className="export-buttons" role="group" aria-label={`Export this ${what}`}>
      <Button
        size="sm"
        variant="ghost"
        disabled={job !== null}
        onClick={() => void runExport(api, target, 'pdf')}
      >
        Export PDF
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={job !== null}
        onClick={() => void runExport(api, target, 'md')}
      >
        Export Markdown
      </Button>
      {mine ? <ExportStatus job={job} compact /> : null}
    </div>
  );
}
