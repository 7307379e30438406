import type { ExportDocument, ExportField, ExportHandoff } from '../../shared/domain/export';
import { formatTime } from './formatTime';

// The same facts as the PDF, for pasting into Notion, Confluence or Slack. Markdown keeps every
// character (no font to lack a glyph), so there is no fallback here.

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>') || ' ';

function table(columns: readonly string[], rows: readonly string[][]): string[] {
  return [
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
}

function field(f: ExportField): string[] {
  const head = `### ${f.label}`;
  switch (f.kind) {
    case 'text':
      return [head, '', f.text, ''];
    case 'list':
      return [head, '', ...f.items.map((i) => `- ${i}`), ''];
    case 'table':
      return [head, '', ...table(f.columns, f.rows)];
    case 'missing':
      return [head, '', '**MISSING**', ''];
    case 'empty':
      return [head, '', '_(not filled in; optional)_', ''];
  }
}

function handoff(h: ExportHandoff): string[] {
  const out = [
    `## ${h.title} — ${h.statusLabel}`,
    '',
    `Gate: ${h.gateLabel} · Due ${h.dueDate ?? 'none'}${h.overdue ? ' (overdue)' : ''} · ` +
      `Quality owner: ${h.qualityOwner ?? 'none'}`,
    '',
    ...h.fields.flatMap(field),
    '### Checklist',
    '',
  ];
  if (h.checklist.length === 0) out.push('No checklist items.', '');
  for (const c of h.checklist) {
    const by = c.by ? ` — ${c.by}, ${formatTime(c.at)}` : '';
    out.push(`- [${c.done ? 'x' : ' '}] ${c.label}${c.required ? '' : ' (optional)'}${by}`);
  }
  out.push('', '### RACI', '');
  if (h.raci.length === 0) out.push('Nobody assigned.', '');
  else
    out.push(
      ...table(
        ['Role', 'Person'],
        h.raci.map((r) => [r.role, r.person]),
      ),
    );
  if (h.preflight) {
    out.push('### Pre-flight signature', '');
    out.push(
      `Signed by ${h.preflight.by} on ${formatTime(h.preflight.at)} (package hash \`${h.preflight.packageHash}\`)`,
      '',
    );
  }
  out.push('### Approval and acknowledgement trail', '');
  if (h.trail.length === 0) out.push('Nothing submitted yet.', '');
  else
    out.push(
      ...table(
        ['What', 'Who', 'Role', 'When', 'Device', 'Reason'],
        h.trail.map((t) => [
          t.override ? `**⚠ ${t.what}**` : t.what,
          t.person,
          t.role,
          formatTime(t.at),
          t.device,
          t.override && t.reason ? `**${t.reason}**` : (t.reason ?? ''),
        ]),
      ),
    );
  out.push('### Open items', '');
  if (h.openItems.length === 0) out.push('None: the gate has nothing missing.', '');
  else out.push(...h.openItems.map((i) => `- ${i}`), '');
  return out;
}

export function renderMarkdown(doc: ExportDocument): string {
  const one = doc.summary === null ? doc.handoffs[0] : undefined;
  const out = [
    `# ${doc.campaignName}${one ? ` — ${one.title}` : ''}`,
    '',
    `**Client:** ${doc.clientName}  `,
    `**Launch date:** ${doc.launchDate ?? 'none'}  `,
    `**Generated:** ${formatTime(doc.generatedAt)} by Baton ${doc.appVersion}`,
    '',
  ];
  if (doc.summary) {
    out.push('## Summary: timeline, gates and owners', '');
    out.push(
      ...table(
        ['Handoff', 'Due', 'Gate', 'Accountable'],
        doc.summary.map((s) => [s.name, s.dueDate ?? '—', s.gate, s.owner]),
      ),
    );
  }
  for (const h of doc.handoffs) out.push(...handoff(h));
  out.push('## Asset register', '');
  if (doc.assets.length === 0) out.push('No assets in the register.', '');
  else
    out.push(
      ...table(
        ['Asset', 'Format', 'Approval', 'Versions'],
        doc.assets.map((a) => [
          a.name,
          a.format,
          a.approval + (a.approvedBy ? ` by ${a.approvedBy}` : ''),
          a.versions.map((v) => `${v.label} ${v.fileName}${v.by ? ` (${v.by})` : ''}`).join('\n'),
        ]),
      ),
    );
  return out.join('\n');
}
