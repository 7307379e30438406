import { loadExportDocument, type ExportReader } from './loadExport';
import { renderPdfSteps, type PdfProgress } from './pdf/renderPdf';
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

/**
 * One export, the same for the CLI and the app, step by step: a PDF yields after each handoff
 * package (Markdown is quick and yields nothing), and the generator returns the file's
 * suggested name and its bytes.
 */
export async function* exportSteps(
  reader: ExportReader,
  target: { campaignId: string; handoffId?: string | null },
  format: ExportFormat,
): AsyncGenerator<PdfProgress, { fileName: string; bytes: Buffer }> {
  const doc = await loadExportDocument(reader, target);
  const fileName = exportFileName(doc.title, format);
  if (format === 'md') return { fileName, bytes: Buffer.from(renderMarkdown(doc), 'utf8') };
  const steps = renderPdfSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return { fileName, bytes: await step.value };
    yield step.value;
  }
}

/** One export in a single call: its suggested file name and its bytes. */
export async function exportBytes(
  reader: ExportReader,
  target: { campaignId: string; handoffId?: string | null },
  format: ExportFormat,
): Promise<{ fileName: string; bytes: Buffer }> {
  const steps = exportSteps(reader, target, format);
  for (;;) {
    const step = await steps.next();
    if (step.done) return step.value;
  }
}
