import { withFallbackGlyphs, type ExportDocument } from '../../../shared/domain/export';
import { exportFonts } from '../fonts';
import { drawCover } from './pdfCover';
import { drawAssets, drawHandoff, drawSummary } from './pdfSections';
import { PdfWriter } from './pdfWriter';

/** Where a PDF being drawn has got to: after each handoff package. */
export interface PdfProgress {
  done: number;
  total: number;
  /** The handoff just drawn, "Creative → Production". */
  handoff: string;
}

/**
 * Draws the PDF one handoff package at a time, yielding after each, and returns the finished
 * bytes: a caller can report progress and let other work run between packages, because a
 * 200-page campaign takes seconds and the backend answers the windows on the same thread.
 */
export function* renderPdfSteps(input: ExportDocument): Generator<PdfProgress, Promise<Buffer>> {
  const w = new PdfWriter(exportFonts(), input.accentColor, `${input.clientName} · ${input.title}`);
  const { value: doc, replaced } = withFallbackGlyphs(input, w.hasGlyph());
  drawCover(w, doc, replaced);
  w.newPage();
  drawSummary(w, doc);
  const total = doc.handoffs.length;
  for (const [i, h] of doc.handoffs.entries()) {
    if (i > 0 || doc.summary) w.newPage();
    drawHandoff(w, h);
    yield { done: i + 1, total, handoff: h.title };
  }
  drawAssets(w, doc);
  return w.finish();
}

/** The PDF handoff package: the same bytes whether the CLI or the app asked for it. */
export function renderPdf(input: ExportDocument): Promise<Buffer> {
  const steps = renderPdfSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
