import { withFallbackGlyphs } from '../../../shared/domain/export';
import type { AgendaBlock } from '../../../shared/domain/leads/agendaBlocks';
import { exportFonts } from '../fonts';
import { PdfWriter } from './pdfWriter';

// The weekly sales ↔ marketing sync agenda for the meeting, drawn with the handoff export's
// writer from the blocks of its Markdown, so the PDF says what the .md file says.

const ACCENT = '#364fc7';
const MUTED = '#868e96';

export interface AgendaPdfInput {
  /** The agenda's first heading: "Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22". */
  title: string;
  /** "Northwind Agency · generated 2026-03-20 09:00 UTC". */
  subtitle: string;
  /** The rest of the agenda, after its title. */
  blocks: AgendaBlock[];
}

/** Column widths after what the cells hold: long answers wide, counts narrow. */
function weightsOf(columns: readonly string[], rows: readonly string[][]): number[] {
  return columns.map((c, i) => {
    const longest = Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length));
    return Math.min(30, Math.max(11, longest));
  });
}

function drawBlock(w: PdfWriter, b: AgendaBlock) {
  switch (b.kind) {
    case 'heading':
      return b.level <= 2 ? w.heading(b.text, 13) : w.label(b.text);
    case 'paragraph':
      return w.paragraph(b.text);
    case 'list':
      if (b.items.every((i) => i.task)) {
        // Tasks as boxes, not bullets; one with no text is the line the meeting fills in.
        w.doc.moveDown(0.3);
        for (const i of b.items) w.paragraph(`☐  ${i.text || '_'.repeat(64)}`);
        return;
      }
      return w.list(b.items.map((i) => (i.task ? `☐ ${i.text}` : i.text)));
    case 'table':
      w.doc.moveDown(0.3);
      return w.table(b.columns, b.rows, undefined, weightsOf(b.columns, b.rows));
  }
}

/** The agenda as PDF bytes: title and subtitle, then each block in order. */
export function renderAgendaPdf(input: AgendaPdfInput): Promise<Buffer> {
  const w = new PdfWriter(exportFonts(), ACCENT, input.title);
  const { value: doc, replaced } = withFallbackGlyphs(input, w.hasGlyph());
  const pdf = w.doc;
  pdf.rect(0, 0, pdf.page.width, 10).fillColor(ACCENT).fill();
  pdf.y = 56;
  w.paragraph(doc.title, { font: 'bold', size: 20 });
  w.paragraph(doc.subtitle, { color: MUTED, size: 10 });
  pdf.moveDown(0.5);
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
