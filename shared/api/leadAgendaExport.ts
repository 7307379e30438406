import type { z } from 'zod';
import { ReportRange } from '../model';
import { ExportFile, ExportFormat } from './exports';

/**
 * The weekly sales ↔ marketing sync agenda for the meeting, as PDF or Markdown: the handoffs
 * made in [from, to) (both default to the 7 days up to now), the SLA misses and lead quality.
 */
export const ExportLeadAgendaInput = ReportRange.extend({ format: ExportFormat });
export type ExportLeadAgendaInput = z.infer<typeof ExportLeadAgendaInput>;

/** An agenda export: a suggested name and its bytes in base64, like the health report's. */
export const LeadAgendaExportFile = ExportFile.omit({ handoffCount: true });
export type LeadAgendaExportFile = z.infer<typeof LeadAgendaExportFile>;
