import { DomainError } from '../../shared/domain';
import type { BatonDatabase } from '../db/batonDatabase';
import { exportBatches, type ExportedBatch } from './exportBatches';
import { FolderLayout } from './folderLayout';
import { importBatches, type AppliedBatch } from './importBatches';
import { checkWorkspaceManifest, writeAckFile, writeDeviceFile } from './manifests';
import type { ParkedBatch, SyncProblem } from './syncProblem';
import { appliedCursors } from './syncState';

export interface SyncReport {
  exported: ExportedBatch[];
  applied: AppliedBatch[];
  parked: ParkedBatch[];
  problems: SyncProblem[];
}

export interface SyncOptions {
  /** Wall clock in ms (injectable for tests). */
  now?: () => number;
}

/**
 * One sync with the shared folder: export this device's new changes, then apply teammates'
 * new batches. Problems with files are reported, never thrown; a read-only database (written
 * by a newer Baton) refuses to sync.
 */
export function syncFolder(
  db: BatonDatabase,
  sharedFolder: string,
  options: SyncOptions = {},
): SyncReport {
  if (db.readOnlyReason) throw new DomainError('READ_ONLY', db.readOnlyReason);
  const at = new Date((options.now ?? Date.now)()).toISOString();
  const layout = new FolderLayout(sharedFolder);
  const report: SyncReport = { exported: [], applied: [], parked: [], problems: [] };

  const manifest = checkWorkspaceManifest(db, layout, at);
  if (!manifest.ok) {
    report.problems.push(manifest.problem);
    return report;
  }
  report.exported = exportBatches(db, layout, at);
  if (report.exported.length > 0) writeDeviceFile(db, layout);

  const imported = importBatches(db, layout, at);
  report.applied = imported.applied;
  report.parked = imported.parked;
  report.problems.push(...imported.problems);
  if (imported.applied.length > 0) writeAckFile(db, layout, appliedCursors(db));
  return report;
}
