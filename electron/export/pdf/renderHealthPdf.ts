import { withFallbackGlyphs } from '../../../shared/domain/export';
import type { HealthBlock, HealthDocument } from '../../../shared/domain/health/healthDocument';
import { formatWait } from '../../../shared/domain/health/healthMarkdown';
import { exportFonts } from '../fonts';
import { PdfWriter } from './pdfWriter';

// The health report for the team meeting, drawn with the handoff export's writer (fonts,
// headings, tables that break between rows, running header and page numbers).

const ACCENT = '#364fc7';
const HEADLINE_FILL = '#fff5f5';
const HEADLINE_TEXT = '#c92a2a';
const BAR = '#748ffc';
const AXIS = '#ced4da';
const MUTED = '#868e96';

/** The headline in a tinted box, so the one that hurts most is the first thing read. */
function drawHeadline(w: PdfWriter, text: string) {
  const pdf = w.doc;
  const x = pdf.page.margins.left;
  pdf.font('bold').fontSize(13);
  const h = pdf.heightOfString(text, { width: w.width - 24 }) + 20;
  w.ensureSpace(h + 8);
  const y = pdf.y;
  pdf.rect(x, y, w.width, h).fillColor(HEADLINE_FILL).fill();
  pdf.rect(x, y, 4, h).fillColor(HEADLINE_TEXT).fill();
  pdf.fillColor(HEADLINE_TEXT).text(text, x + 14, y + 10, { width: w.width - 24 });
  pdf.x = x;
  pdf.y = y + h + 10;
  pdf.font('regular').fontSize(10).fillColor('#212529');
}

/** A bar per week with its value above; a week with nothing measured shows "—". */
function drawChart(w: PdfWriter, block: Extract<HealthBlock, { kind: 'chart' }>) {
  const pdf = w.doc;
  const x0 = pdf.page.margins.left;
  const plotH = 90;
  w.ensureSpace(plotH + 60);
  w.paragraph(block.title, { font: 'bold', size: 9 });
  const top = pdf.y + 18;
  const base = top + plotH;
  const max = Math.max(1, ...block.bars.map((b) => b.value ?? 0));
  const n = Math.max(1, block.bars.length);
  const slot = w.width / n;
  const barW = Math.min(28, slot * 0.6);
  pdf
    .moveTo(x0, base)
    .lineTo(x0 + w.width, base)
    .lineWidth(0.5)
    .strokeColor(AXIS)
    .stroke();
  block.bars.forEach((b, i) => {
    const cx = x0 + slot * i + slot / 2;
    const h = b.value === null ? 0 : Math.max(1, (b.value / max) * plotH);
    if (h > 0)
      pdf
        .rect(cx - barW / 2, base - h, barW, h)
        .fillColor(BAR)
        .fill();
    pdf
      .font('regular')
      .fontSize(7)
      .fillColor(MUTED)
      .text(b.value === null ? '—' : formatWait(b.value), cx - slot / 2, base - h - 10, {
        width: slot,
        align: 'center',
        lineBreak: false,
      })
      .text(b.label, cx - slot / 2, base + 3, { width: slot, align: 'center', lineBreak: false });
  });
  pdf.x = x0;
  pdf.y = base + 18;
  pdf.font('regular').fontSize(10).fillColor('#212529');
}

function drawBlock(w: PdfWriter, b: HealthBlock) {
  switch (b.kind) {
    case 'heading':
      return b.level === 1 ? w.heading(b.text, 16) : w.heading(b.text, 13);
    case 'paragraph':
      if (b.tone === 'muted') return w.muted(b.text);
      if (b.tone === 'strong') {
        w.doc.moveDown(0.4);
        return w.paragraph(b.text, { font: 'bold' });
      }
      return w.paragraph(b.text);
    case 'list':
      return w.list(b.items);
    case 'table':
      w.doc.moveDown(0.3);
      return w.table(b.columns, b.rows, undefined, b.weights);
    case 'chart':
      return drawChart(w, b);
  }
}

/** The health report as PDF bytes: title, the headline, then each block in order. */
export function renderHealthPdf(input: HealthDocument): Promise<Buffer> {
  const w = new PdfWriter(exportFonts(), ACCENT, `${input.title} · ${input.subtitle}`);
  const { value: doc, replaced } = withFallbackGlyphs(input, w.hasGlyph());
  const pdf = w.doc;
  pdf.rect(0, 0, pdf.page.width, 10).fillColor(ACCENT).fill();
  pdf.y = 56;
  w.paragraph(doc.title, { font: 'bold', size: 24 });
  w.paragraph(doc.subtitle, { color: MUTED, size: 10 });
  pdf.moveDown(1);
  drawHeadline(w, doc.headline);
  for (const b of doc.blocks) drawBlock(w, b);
  if (replaced > 0) {
    pdf.moveDown(1);
    w.muted(
      `Note: ${replaced} character(s) could not be shown in this font (DejaVu Sans) and are ` +
        'printed as □. The Markdown export keeps them.',
    );
  }
  return w.finish();
}
