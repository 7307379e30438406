import { ExportStatus } from './ExportStatus';
import { useExportJob } from './exportJob';
import './exportButtons.css';

/**
 * The export under way, at the window's edge: for an export started from the keyboard, or from
 * a dialog closed since. Hidden while the buttons that started it show it themselves.
 */
export function ExportProgress() {
  const job = useExportJob((s) => (s.shownInline > 0 ? null : s.job));
  if (!job) return null;
  return (
    <div className="export-progress">
      <ExportStatus job={job} />
    </div>
  );
}
