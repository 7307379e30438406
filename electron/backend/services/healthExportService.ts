import type { ExportHealthInput, HealthExportFile } from '../../../shared/api/healthExport';
import { healthDocument } from '../../../shared/domain/health/healthDocument';
import { healthMarkdown } from '../../../shared/domain/health/healthMarkdown';
import { renderHealthPdf } from '../../export/pdf/renderHealthPdf';
import type { BackendContext } from '../context';
import { healthReport } from './healthService';
import { requireWorkspace } from './workspaceService';

// The Health page exported for the team meeting, rendered in the backend like the handoff
// packages (a file of their own: the handoff export's service is not touched).

/** The health report as a PDF (or the page's Markdown): the same figures the page shows. */
export async function exportHealth(
  ctx: BackendContext,
  input: ExportHealthInput,
): Promise<HealthExportFile> {
  const { workspace } = requireWorkspace(ctx);
  const report = healthReport(ctx, { weeks: input.weeks });
  const doc = healthDocument(report, workspace.name);
  if (input.format === 'md') {
    return {
      fileName: `${doc.fileName}.md`,
      mimeType: 'text/markdown',
      base64: Buffer.from(healthMarkdown(report), 'utf8').toString('base64'),
    };
  }
  const bytes = await renderHealthPdf(doc);
  return {
    fileName: `${doc.fileName}.pdf`,
    mimeType: 'application/pdf',
    base64: bytes.toString('base64'),
  };
}
