import PDFDocument from 'pdfkit';
import type { ExportFonts } from '../fonts';

export const MISSING_COLOR = '#c92a2a';
export const OVERRIDE_FILL = '#fff3bf';
const TEXT = '#212529';
const MUTED = '#868e96';

/**
 * pdfkit with the few moves a handoff package needs: headings in the client's colour, text that
 * wraps across pages (pdfkit adds pages itself), and tables that break between rows with their
 * header repeated. The running header and page numbers are stamped at the end (`finish`), once
 * the page count is known.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly left: number;
  readonly width: number;

  constructor(
    fonts: ExportFonts,
    readonly accent: string,
    readonly title: string,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 64, bottom: 56, left: 56, right: 56 },
      bufferPages: true,
      info: { Title: title, Creator: 'Baton' },
    });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.doc.registerFont('italic', fonts.italic);
    this.doc.font('regular').fontSize(10).fillColor(TEXT);
    this.left = this.doc.page.margins.left;
    this.width = this.doc.page.width - this.left - this.doc.page.margins.right;
  }

  /** Whether the regular font draws this code point (fontkit, behind pdfkit's font object). */
  hasGlyph(): (codePoint: number) => boolean {
    this.doc.font('regular');
    // pdfkit's types leave out `_font`, the embedded font wrapping fontkit's; it is stable API in
    // practice (pdfkit's own text layout uses it) and the only way to ask about glyph coverage.
    const font = (
      this.doc as unknown as { _font: { font: { hasGlyphForCodePoint(c: number): boolean } } }
    )._font.font;
    return (c) => font.hasGlyphForCodePoint(c);
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  ensureSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  newPage() {
    this.doc.addPage();
  }

  heading(text: string, size = 15) {
    this.ensureSpace(size * 3);
    this.doc.moveDown(0.6);
    this.doc
      .font('bold')
      .fontSize(size)
      .fillColor(this.accent)
      .text(text, this.left, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(1)
      .strokeColor(this.accent)
      .stroke();
    this.doc.y = y + 6;
    this.doc.font('regular').fontSize(10).fillColor(TEXT);
  }

  label(text: string) {
    this.ensureSpace(30);
    this.doc.moveDown(0.4);
    this.doc
      .font('bold')
      .fontSize(10)
      .fillColor(TEXT)
      .text(text, this.left, this.doc.y, { width: this.width });
    this.doc.font('regular');
  }

  paragraph(
    text: string,
    opts: { color?: string; font?: 'regular' | 'bold' | 'italic'; size?: number } = {},
  ) {
    this.doc
      .font(opts.font ?? 'regular')
      .fontSize(opts.size ?? 10)
      .fillColor(opts.color ?? TEXT)
      .text(text, this.left, this.doc.y, { width: this.width });
    this.doc.font('regular').fontSize(10).fillColor(TEXT);
  }

  muted(text: string) {
    this.paragraph(text, { color: MUTED, font: 'italic' });
  }

  missing(text = 'MISSING') {
    this.ensureSpace(20);
    const y = this.doc.y;
    const w = this.doc.font('bold').fontSize(10).widthOfString(text) + 8;
    this.doc
      .rect(this.left, y - 1, w, 14)
      .fillColor('#ffe3e3')
      .fill();
    this.doc.fillColor(MISSING_COLOR).text(text, this.left + 4, y + 1, { lineBreak: false });
    this.doc.x = this.left;
    this.doc.y = y + 16;
    this.doc.font('regular').fillColor(TEXT);
  }

  list(items: readonly string[]) {
    this.doc
      .font('regular')
      .fontSize(10)
      .fillColor(TEXT)
      .list([...items], this.left + 6, this.doc.y, {
        width: this.width - 6,
        bulletRadius: 1.6,
      });
    this.doc.x = this.left;
  }

  /**
   * A table whose rows never split: a row that does not fit starts a new page, where the header
   * row is drawn again. `highlight` shades a row (an override).
   */
  table(
    columns: readonly string[],
    rows: readonly string[][],
    highlight: (row: number) => boolean = () => false,
    weights: readonly number[] = columns.map(() => 1),
  ) {
    const pad = 4;
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const widths = columns.map((_, i) => (this.width * (weights[i] ?? 1)) / total);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const heightOf = (cells: readonly string[], font: string) => {
      this.doc.font(font).fontSize(9);
      return (
        Math.max(
          ...cells.map((c, i) =>
            this.doc.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }),
          ),
        ) +
        2 * pad
      );
    };
    const drawRow = (cells: readonly string[], font: string, fill: string | null) => {
      const h = heightOf(cells, font);
      const y = this.doc.y;
      if (fill) this.doc.rect(this.left, y, this.width, h).fillColor(fill).fill();
      this.doc.fillColor(TEXT).font(font).fontSize(9);
      cells.forEach((c, i) => {
        this.doc.text(c, xs[i]! + pad, y + pad, { width: widths[i]! - 2 * pad });
      });
      this.doc
        .moveTo(this.left, y + h)
        .lineTo(this.left + this.width, y + h)
        .lineWidth(0.5)
        .strokeColor('#ced4da')
        .stroke();
      this.doc.x = this.left;
      this.doc.y = y + h;
    };
    const header = () => drawRow(columns, 'bold', '#f1f3f5');
    this.ensureSpace(heightOf(columns, 'bold') + (rows[0] ? heightOf(rows[0], 'regular') : 0));
    header();
    const pageRoom = this.bottom - this.doc.page.margins.top - heightOf(columns, 'bold');
    rows.forEach((r, i) => {
      const h = heightOf(r, 'regular');
      if (h > pageRoom) {
        // A row taller than a page cannot be drawn as cells without clipping: its cells are
        // printed one after another as labelled text, which flows across pages.
        this.doc.moveDown(0.3);
        r.forEach((c, j) => {
          this.paragraph(columns[j] ?? '', { font: 'bold', size: 9 });
          this.paragraph(c || '—', { size: 9 });
        });
        this.doc.moveDown(0.3);
        if (i < rows.length - 1) {
          this.ensureSpace(heightOf(columns, 'bold') + heightOf(rows[i + 1]!, 'regular'));
          header();
        }
        return;
      }
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        header();
      }
      drawRow(r, 'regular', highlight(i) ? OVERRIDE_FILL : null);
    });
    this.doc.font('regular').fontSize(10).moveDown(0.5);
  }

  /** Running header and "Page n of m" on every page, then the file's bytes. */
  finish(): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Writing inside the margins would make pdfkit add a page; lift them while stamping.
      const margins = doc.page.margins;
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      doc.font('regular').fontSize(8).fillColor(MUTED);
      if (i > 0) {
        doc.text(this.title, this.left, 30, {
          width: this.width,
          lineBreak: false,
          ellipsis: true,
        });
        doc
          .moveTo(this.left, 44)
          .lineTo(this.left + this.width, 44)
          .lineWidth(0.5)
          .strokeColor(this.accent)
          .stroke();
      }
      doc.text(`Page ${i + 1} of ${range.count}`, this.left, doc.page.height - 36, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      doc.page.margins = margins;
    }
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.end();
    });
  }
}
