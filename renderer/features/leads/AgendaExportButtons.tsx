import { useState } from 'react';
import type { ExportFormat } from '../../../shared/api/exports';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, toast } from '../../ui';
import { saveExportedFile } from '../export/downloadFile';

const LABELS: Record<ExportFormat, string> = { pdf: 'PDF', md: 'Markdown' };

/**
 * "Export Markdown" and "Export PDF" of the weekly sync agenda for [from, to): made by the
 * backend (the PDF drawn from the same Markdown), then saved through the app's save dialog, or
 * downloaded in a browser.
 */
export function AgendaExportButtons({ from, to }: { from: string; to: string }) {
  const api = useApi();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  async function run(format: ExportFormat) {
    setBusy(format);
    try {
      const file = await api.exports.leadAgenda({ from, to, format });
      // An agenda holds no handoff packages; saving only reads name and bytes.
      const saved = await saveExportedFile({ ...file, handoffCount: 0 });
      if (saved) toast.show({ kind: 'success', title: `Saved ${file.fileName}` });
    } catch (err) {
      toast.show({
        kind: 'error',
        title: `The agenda ${LABELS[format]} could not be made`,
        body: toBatonError(err).message,
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="lead-report__exports" role="group" aria-label="Export the agenda">
      {(['md', 'pdf'] as const).map((format) => (
        <Button
          key={format}
          busy={busy === format}
          disabled={busy !== null}
          onClick={() => void run(format)}
        >
          Export {LABELS[format]}
        </Button>
      ))}
    </div>
  );
}
