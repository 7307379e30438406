import type {
  ExportLeadAgendaInput,
  LeadAgendaExportFile,
} from '../../../shared/api/leadAgendaExport';
import { agendaBlocks } from '../../../shared/domain/leads/agendaBlocks';
import { formatTime } from '../../export/formatTime';
import { renderAgendaPdf } from '../../export/pdf/renderAgendaPdf';
import type { BackendContext } from '../context';
import { leadWeeklyAgenda } from './leadReportsService';
import { requireWorkspace } from './workspaceService';

// The weekly sync agenda exported for the sales ↔ marketing meeting: the Markdown of
// leads.weeklyAgenda as a file, or drawn as a PDF from that same Markdown.

/** "sales-marketing-sync-2026-03-16-to-2026-03-22": the days the agenda covers. */
function fileNameOf(from: string, to: string): string {
  const last = new Date(Math.max(Date.parse(from), Date.parse(to) - 1)).toISOString();
  return `sales-marketing-sync-${from.slice(0, 10)}-to-${last.slice(0, 10)}`;
}

export async function exportLeadAgenda(
  ctx: BackendContext,
  input: ExportLeadAgendaInput,
): Promise<LeadAgendaExportFile> {
  const { workspace } = requireWorkspace(ctx);
  const agenda = leadWeeklyAgenda(ctx, { from: input.from, to: input.to });
  const name = fileNameOf(agenda.from, agenda.to);
  if (input.format === 'md') {
    return {
      fileName: `${name}.md`,
      mimeType: 'text/markdown',
      base64: Buffer.from(agenda.markdown, 'utf8').toString('base64'),
    };
  }
  const [first, ...rest] = agendaBlocks(agenda.markdown);
  const titled = first?.kind === 'heading' && first.level === 1;
  const bytes = await renderAgendaPdf({
    title: titled ? first.text : 'Sales ↔ marketing weekly sync',
    subtitle: `${workspace.name} · generated ${formatTime(new Date(ctx.now()).toISOString())}`,
    blocks: titled ? rest : [...(first ? [first] : []), ...rest],
  });
  return { fileName: `${name}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') };
}
