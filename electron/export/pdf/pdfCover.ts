import type { ExportDocument } from '../../../shared/domain/export';
import { formatTime } from '../formatTime';
import type { PdfWriter } from './pdfWriter';

/** The cover: who it is for, what it is, where it stands, and when and by what it was made. */
export function drawCover(w: PdfWriter, doc: ExportDocument, fallbackCount: number) {
  const pdf = w.doc;
  pdf.rect(0, 0, pdf.page.width, 12).fillColor(w.accent).fill();
  pdf.y = 120;
  w.paragraph(doc.clientName, { size: 14, color: w.accent, font: 'bold' });
  w.paragraph(doc.campaignName, { size: 26, font: 'bold' });
  const one = doc.summary === null ? doc.handoffs[0] : undefined;
  pdf.moveDown(0.5);
  w.paragraph(
    one ? `Handoff package: ${one.title}` : `Campaign handoff packages (${doc.handoffs.length})`,
    {
      size: 16,
    },
  );
  pdf.moveDown(1.5);
  const facts: [string, string][] = [];
  if (one) {
    facts.push(['Status', one.statusLabel], ['Gate', one.gateLabel]);
    facts.push(['Due date', (one.dueDate ?? 'none') + (one.overdue ? ' (overdue)' : '')]);
    facts.push(['Quality owner', one.qualityOwner ?? 'none']);
  }
  facts.push(['Launch date', doc.launchDate ?? 'none']);
  facts.push(['Generated', `${formatTime(doc.generatedAt)} by Baton ${doc.appVersion}`]);
  for (const [k, v] of facts) {
    const y = pdf.y;
    pdf.font('bold').fontSize(11).fillColor('#495057').text(k, 56, y, { width: 120 });
    pdf
      .font('regular')
      .fillColor('#212529')
      .text(v, 180, y, { width: w.width - 124 });
    pdf.moveDown(0.4);
  }
  pdf.x = 56;
  if (fallbackCount > 0) {
    pdf.moveDown(2);
    w.muted(
      `Note: ${fallbackCount} character${fallbackCount === 1 ? '' : 's'} could not be shown in this ` +
        `font (DejaVu Sans) and ${fallbackCount === 1 ? 'is' : 'are'} printed as □. ` +
        'The Markdown export keeps them.',
    );
  }
}
