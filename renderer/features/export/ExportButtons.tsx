import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import type { ExportFile, ExportFormat } from '../../../shared/api/exports';
import { Button, Spinner, toast } from '../../ui';
import { downloadFile } from './downloadFile';
import './exportButtons.css';

/**
 * "PDF" and "Markdown" export of one handoff or a whole campaign. The backend renders the file
 * in one call, so a campaign export shows a busy message rather than per-handoff progress.
 */
export function ExportButtons({
  target,
}: {
  target: { handoffId: string } | { campaignId: string };
}) {
  const api = useApi();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const file: ExportFile =
        'handoffId' in target
          ? await api.exports.handoff({ handoffId: target.handoffId, format })
          : await api.exports.campaign({ campaignId: target.campaignId, format });
      // Electron: the system save dialog, then the system viewer; browser mode: a download.
      const shell = window.batonShell;
      if (shell?.saveExport) {
        const { saved } = await shell.saveExport({ fileName: file.fileName, base64: file.base64 });
        if (!saved) return;
      } else downloadFile(file);
      toast.show({ kind: 'success', title: `Exported ${file.fileName}` });
    } catch (err) {
      toast.show({ kind: 'error', title: 'Export failed', body: toBatonError(err).message });
    } finally {
      setBusy(null);
    }
  };
  const what = 'handoffId' in target ? 'handoff package' : 'campaign';
  return (
    <div className="export-buttons" role="group" aria-label={`Export this ${what}`}>
      <Button size="sm" variant="ghost" disabled={busy !== null} onClick={() => void run('pdf')}>
        Export PDF
      </Button>
      <Button size="sm" variant="ghost" disabled={busy !== null} onClick={() => void run('md')}>
        Export Markdown
      </Button>
      {busy ? (
        <span className="export-buttons__busy" role="status">
          <Spinner size="sm" />
          {'handoffId' in target
            ? 'Exporting the handoff package…'
            : 'Exporting every handoff package of the campaign…'}
        </span>
      ) : null}
    </div>
  );
}
