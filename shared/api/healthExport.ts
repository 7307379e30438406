import type { z } from 'zod';
import { HealthReportQuery } from '../model';
import { ExportFile, ExportFormat } from './exports';

/** The Health page for the team meeting: the same report (`weeks` of trend) as PDF or Markdown. */
export const ExportHealthInput = HealthReportQuery.extend({ format: ExportFormat });
export type ExportHealthInput = z.infer<typeof ExportHealthInput>;

/** A health export: a suggested name and its bytes in base64, like a handoff package's. */
export const HealthExportFile = ExportFile.omit({ handoffCount: true });
export type HealthExportFile = z.infer<typeof HealthExportFile>;
