import { withFallbackGlyphs, type ExportDocument } from '../../../shared/domain/export';
import { exportFonts } from '../fonts';
import { drawCover } from './pdfCover';
import { drawAssets, drawHandoff, drawSummary } from './pdfSections';
import { PdfWriter } from './pdfWriter';

/** The PDF handoff package: the same bytes whether the CLI or the app asked for it. */
export function renderPdf(input: ExportDocument): Promise<Buffer> {
  const w = new PdfWriter(exportFonts(), input.accentColor, `${input.clientName} · ${input.title}`);
  const { value: doc, replaced } = withFallbackGlyphs(input, w.hasGlyph());
  drawCover(w, doc, replaced);
  w.newPage();
  drawSummary(w, doc);
  doc.handoffs.forEach((h, i) => {
    if (i > 0 || doc.summary) w.newPage();
    drawHandoff(w, h);
  });
  drawAssets(w, doc);
  return w.finish();
}
