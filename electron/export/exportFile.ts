import { loadExportDocument, type ExportReader } from './loadExport';
import { renderPdf } from './pdf/renderPdf';
import { renderMarkdown } from './renderMarkdown';

export type ExportFormat = 'pdf' | 'md';

/** A file name from the export's title: letters, digits and dashes, safe on every OS. */
export function exportFileName(title: string, format: ExportFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${slug || 'handoff-package'}.${format}`;
}

/** One export, the same for the CLI and the app: its suggested file name and its bytes. */
export async function exportBytes(
  reader: ExportReader,
  target: { campaignId: string; handoffId?: string | null },
  format: ExportFormat,
): Promise<{ fileName: string; bytes: Buffer }> {
  const doc = await loadExportDocument(reader, target);
  const bytes = format === 'pdf' ? await renderPdf(doc) : Buffer.from(renderMarkdown(doc), 'utf8');
  return { fileName: exportFileName(doc.title, format), bytes };
}
