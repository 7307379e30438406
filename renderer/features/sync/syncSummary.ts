import type { ParkedBatch, SyncProblem, SyncRunResult, SyncStatus } from '../../../shared/model';
import { formatRelativeTime } from '../campaigns/timeFormat';

export type SyncTone = 'ok' | 'busy' | 'warning' | 'error' | 'off';

export interface SyncSummary {
  tone: SyncTone;
  /** What the header shows next to the dot. */
  short: string;
  /** The indicator's accessible name: "Sync: up to date, 2 minutes ago". */
  label: string;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The state of sync in a few words, worst news first. */
export function syncSummary(status: SyncStatus | null, now = new Date()): SyncSummary {
  if (!status) return { tone: 'off', short: 'Sync', label: 'Sync: checking' };
  if (!status.folder) return { tone: 'off', short: 'Not synced', label: 'Sync: not set up' };
  if (status.running) return { tone: 'busy', short: 'Syncing…', label: 'Sync: syncing now' };
  const last = status.lastRun;
  if (!last) return { tone: 'busy', short: 'Not synced yet', label: 'Sync: not run yet' };
  const ago = formatRelativeTime(last.at, now);
  if (last.error) return { tone: 'error', short: 'Sync failed', label: `Sync: failed, ${ago}` };
  const issues = status.problems.length + status.parked.length;
  if (issues > 0) {
    const words = plural(issues, 'problem');
    return { tone: 'warning', short: words, label: `Sync: ${words}` };
  }
  if (status.pendingChanges > 0) {
    const words = plural(status.pendingChanges, 'change');
    return {
      tone: 'busy',
      short: `${words} to send`,
      label: `Sync: ${words} to send, last synced ${ago}`,
    };
  }
  return { tone: 'ok', short: `Synced ${ago}`, label: `Sync: up to date, ${ago}` };
}

/** One run in a sentence: "Sent 1 batch, applied 2." */
export function runResultText(run: SyncRunResult): string {
  if (run.error) return `Stopped: ${run.error}`;
  const parts: string[] = [];
  if (run.exported > 0) parts.push(`sent ${plural(run.exported, 'batch', 'batches')}`);
  if (run.applied > 0) parts.push(`applied ${plural(run.applied, 'batch', 'batches')}`);
  const issues = run.problems.length + run.parked.length;
  if (issues > 0) parts.push(`${plural(issues, 'file')} not applied`);
  if (parts.length === 0) return 'Nothing new either way.';
  const text = parts.join(', ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const PROBLEM_WORDS: Record<string, string> = {
  incomplete: 'Not all there yet: still downloading, or cut short. Sync tries it again.',
  corrupt: 'Damaged: its contents do not match its seal, so it was skipped.',
  'unsupported-format': 'Written by a newer Baton in a format this one cannot read. Update Baton.',
  misplaced: 'In the wrong place: it names another computer or number than where it sits.',
  foreign: 'Not a Baton file. Baton leaves it alone; you can move it out of the folder.',
  'not-applied': 'Could not be applied yet; nothing of it was kept. Sync tries it again.',
  'workspace-mismatch': 'Belongs to another workspace than this one.',
  unreadable: 'Could not be read: no permission, or the drive is not connected.',
  encrypted:
    'Encrypted with the team passphrase, which this computer does not have. Stop syncing, then join the team folder again with the passphrase.',
  missing:
    'Some of a teammate’s changes are no longer in the folder and no usable snapshot covers them yet. Nothing was applied around the gap; sync tries again as teammates write new snapshots.',
  reidentified:
    'Another copy of this computer’s data was syncing under the same name (a copied data folder or a restored backup). This computer took a new identity; nothing was lost.',
};

/** A problem in plain words; the backend's message follows as the detail. */
export function problemText(problem: SyncProblem): string {
  return PROBLEM_WORDS[problem.kind] ?? 'Sync could not use this file.';
}

export function parkedText(batch: ParkedBatch): string {
  return `Changes from a newer Baton (schema ${batch.schemaVersion}): kept, and applied once this Baton is updated.`;
}

/** The file as people read it: the folder itself for '.'. */
export function fileLabel(file: string): string {
  return file === '.' || file === '' ? 'The shared folder' : file;
}
