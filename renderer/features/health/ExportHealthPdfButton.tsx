import { useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, toast } from '../../ui';
import { saveExportedFile } from '../export/downloadFile';

/**
 * "Export PDF" of the health report for the team meeting: drawn by the backend (the same
 * figures as the page), then saved through the app's save dialog, or downloaded in a browser.
 */
export function ExportHealthPdfButton({ weeks }: { weeks: number }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const file = await api.exports.health({ format: 'pdf', weeks });
      // A health report holds no handoff packages; saving only reads name and bytes.
      const saved = await saveExportedFile({ ...file, handoffCount: 0 });
      if (saved) toast.show({ kind: 'success', title: `Saved ${file.fileName}` });
    } catch (err) {
      toast.show({
        kind: 'error',
        title: 'The health PDF could not be made',
        body: toBatonError(err).message,
      });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button busy={busy} onClick={() => void run()}>
      Export PDF
    </Button>
  );
}
