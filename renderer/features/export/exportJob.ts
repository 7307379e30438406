import { create } from 'zustand';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import type { ExportFile, ExportFormat } from '../../../shared/api/exports';
import { toast } from '../../ui';
import { saveExportedFile } from './downloadFile';

export type ExportTarget = { handoffId: string } | { campaignId: string };

export interface ExportJob {
  target: ExportTarget;
  format: ExportFormat;
  /** Handoff packages drawn so far, and how many there are (0 until the backend says). */
  done: number;
  total: number;
  /** The package just drawn, "Creative → Production". */
  current: string;
  stop: () => void;
}

/**
 * The export under way, at most one: the buttons that started it and the progress bar at the
 * window's edge both read it, and it outlives the dialog it was started from.
 */
export const useExportJob = create<{
  job: ExportJob | null;
  /** Export buttons on screen showing the job's progress themselves: the bar then stays away. */
  shownInline: number;
}>(() => ({ job: null, shownInline: 0 }));

export function sameTarget(a: ExportTarget, b: ExportTarget): boolean {
  return 'handoffId' in a
    ? 'handoffId' in b && a.handoffId === b.handoffId
    : 'campaignId' in b && a.campaignId === b.campaignId;
}

async function campaignFile(
  api: ApiClient,
  campaignId: string,
  format: ExportFormat,
  signal: AbortSignal,
): Promise<ExportFile | null> {
  const stream = await api.exports.campaignWithProgress({ campaignId, format }, { signal });
  for await (const event of stream) {
    if (event.kind === 'file') return event.file;
    useExportJob.setState(({ job }) => ({
      job: job && { ...job, done: event.done, total: event.total, current: event.handoff },
    }));
  }
  return null;
}

/**
 * Exports a handoff package or a whole campaign and saves it. A campaign reports each handoff
 * package as it is drawn and can be stopped; a second export waits for the first.
 */
export async function runExport(
  api: ApiClient,
  target: ExportTarget,
  format: ExportFormat,
): Promise<void> {
  if (useExportJob.getState().job) {
    toast.show({
      kind: 'info',
      title: 'An export is already running',
      body: 'Wait for it, or stop it.',
    });
    return;
  }
  const controller = new AbortController();
  useExportJob.setState({
    job: { target, format, done: 0, total: 0, current: '', stop: () => controller.abort() },
  });
  try {
    const file =
      'handoffId' in target
        ? await api.exports.handoff({ handoffId: target.handoffId, format })
        : await campaignFile(api, target.campaignId, format, controller.signal);
    if (controller.signal.aborted || !file) {
      toast.show({ kind: 'info', title: 'Export stopped', body: 'No file was saved.' });
      return;
    }
    if (!(await saveExportedFile(file))) return;
    const what =
      file.handoffCount === 1 ? '1 handoff package' : `${file.handoffCount} handoff packages`;
    toast.show({ kind: 'success', title: `Exported ${file.fileName}`, body: what });
  } catch (err) {
    if (controller.signal.aborted) {
      toast.show({ kind: 'info', title: 'Export stopped', body: 'No file was saved.' });
    } else {
      toast.show({ kind: 'error', title: 'Export failed', body: toBatonError(err).message });
    }
  } finally {
    useExportJob.setState({ job: null });
  }
}
