import type { CalendarQuery } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { toast } from '../../ui';

/** Saves text through the browser's download (in Electron the download asks where to save). */
function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The items of the days and filters shown, as an .ics or .csv file. */
export async function exportCalendar(
  client: ApiClient,
  format: 'ics' | 'csv',
  query: CalendarQuery,
): Promise<void> {
  try {
    const file =
      format === 'ics'
        ? await client.calendar.exportIcal(query)
        : await client.calendar.exportCsv(query);
    downloadText(
      file.fileName,
      file.text,
      format === 'ics' ? 'text/calendar;charset=utf-8' : 'text/csv;charset=utf-8',
    );
  } catch (err) {
    toast.show({ kind: 'error', title: 'Export failed', body: toBatonError(err).message });
  }
}
