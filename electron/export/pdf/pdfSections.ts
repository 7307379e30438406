import type { ExportDocument, ExportField, ExportHandoff } from '../../../shared/domain/export';
import { formatTime } from '../formatTime';
import type { PdfWriter } from './pdfWriter';

export function drawSummary(w: PdfWriter, doc: ExportDocument) {
  if (!doc.summary) return;
  w.heading('Summary: timeline, gates and owners');
  w.table(
    ['Handoff', 'Due', 'Gate', 'Accountable'],
    doc.summary.map((s) => [s.name, s.dueDate ?? '—', s.gate, s.owner]),
  );
}

function drawField(w: PdfWriter, f: ExportField) {
  w.label(f.label);
  switch (f.kind) {
    case 'text':
      return w.paragraph(f.text);
    case 'list':
      return w.list(f.items);
    case 'table':
      return w.table(f.columns, f.rows);
    case 'missing':
      return w.missing();
    case 'empty':
      return w.muted('(not filled in; optional)');
  }
}

export function drawHandoff(w: PdfWriter, h: ExportHandoff) {
  w.heading(`${h.title} — ${h.statusLabel}`, 18);
  w.muted(
    `Gate: ${h.gateLabel} · Due ${h.dueDate ?? 'none'}${h.overdue ? ' (overdue)' : ''} · ` +
      `Quality owner: ${h.qualityOwner ?? 'none'}`,
  );
  w.heading('Package');
  for (const f of h.fields) drawField(w, f);

  w.heading('Checklist');
  if (h.checklist.length === 0) w.muted('No checklist items.');
  else
    w.table(
      ['', 'Item', 'Ticked by'],
      h.checklist.map((c) => [
        c.done ? '☑' : '☐',
        c.label + (c.required ? '' : ' (optional)'),
        c.by ? `${c.by}, ${formatTime(c.at)}` : c.required ? 'not done' : '',
      ]),
      undefined,
      [0.4, 5, 3],
    );

  w.heading('RACI');
  if (h.raci.length === 0) w.muted('Nobody assigned.');
  else
    w.table(
      ['Role', 'Person'],
      h.raci.map((r) => [r.role, r.person]),
    );

  if (h.preflight) {
    w.heading('Pre-flight signature');
    w.paragraph(`Signed by ${h.preflight.by} on ${formatTime(h.preflight.at)}`);
    w.muted(`Package hash ${h.preflight.packageHash}`);
  }

  w.heading('Approval and acknowledgement trail');
  if (h.trail.length === 0) w.muted('Nothing submitted yet.');
  else
    w.table(
      ['What', 'Who', 'Role', 'When', 'Device', 'Reason'],
      h.trail.map((t) => [
        t.override ? `⚠ ${t.what}` : t.what,
        t.person,
        t.role,
        formatTime(t.at),
        t.device,
        t.reason ?? '',
      ]),
      (i) => h.trail[i]!.override,
      [1.8, 1.8, 1.1, 1.6, 1.3, 3],
    );

  w.heading('Open items');
  if (h.openItems.length === 0) w.muted('None: the gate has nothing missing.');
  else w.list(h.openItems);
}

export function drawAssets(w: PdfWriter, doc: ExportDocument) {
  w.heading('Asset register');
  if (doc.assets.length === 0) return w.muted('No assets in the register.');
  w.table(
    ['Asset', 'Format', 'Approval', 'Versions'],
    doc.assets.map((a) => [
      a.name,
      a.format,
      a.approval + (a.approvedBy ? ` by ${a.approvedBy}` : ''),
      a.versions.map((v) => `${v.label} ${v.fileName}${v.by ? ` (${v.by})` : ''}`).join('\n'),
    ]),
  );
}
