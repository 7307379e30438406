export { syncFolder, type SyncOptions, type SyncReport } from './syncFolder';
export { exportBatches, type ExportedBatch } from './exportBatches';
export { importBatches, type AppliedBatch, type ImportResult } from './importBatches';
export type { ParkedBatch, SyncProblem, SyncProblemKind } from './syncProblem';
