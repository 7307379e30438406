import path from 'node:path';
import { isLocalDate, localToInstant } from '../../shared/domain/calendar';
import { weekOf } from '../../shared/domain/leads/agendaWeek';
import { writeAtomically } from '../export/writeAtomically';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { withBackend } from './syncCommands';

export const EXPORT_AGENDA_USAGE =
  'Usage: baton export-agenda --out FILE [--week YYYY-MM-DD] [--format md|pdf]';

/** A day typed as YYYY-MM-DD that exists on the calendar (2026-02-30 does not). */
function dayOf(text: string): string | null {
  return isLocalDate(text) ? text : null;
}

/**
 * `baton export-agenda`: the weekly sales ↔ marketing sync agenda of the week (Monday to
 * Sunday) holding --week, this week by default — the file the Leads page's Weekly agenda
 * exports. PDF unless --format md or FILE ends in .md; written atomically.
 */
export function exportAgendaCommand(
  args: {
    dataDir: string;
    out: string | undefined;
    week: string | undefined;
    format: string | undefined;
  },
  io: CliIo,
): Promise<number> {
  if (!args.out) throw new CliError(EXPORT_AGENDA_USAGE, 2);
  const day = args.week === undefined ? undefined : dayOf(args.week);
  if (day === null) {
    throw new CliError(`--week must be a date like 2026-03-16, not "${args.week}"`, 2);
  }
  if (args.format !== undefined && args.format !== 'md' && args.format !== 'pdf') {
    throw new CliError(`--format must be md or pdf, not "${args.format}"`, 2);
  }
  const file = path.resolve(args.out);
  const format =
    args.format ??
    (path.extname(file).toLowerCase() === '.md' ? ('md' as const) : ('pdf' as const));
  return withBackend(args.dataDir, async (b) => {
    // Weeks are the workspace's home weeks, as in the app.
    const zone = (await b.client.workspace.get())?.workspace.homeTimeZone ?? 'UTC';
    // Noon of the day typed, on the home clock, lies inside that day whatever the zone.
    const at = day === undefined ? new Date().toISOString() : localToInstant(day, '12:00', zone).at;
    const week = weekOf(at, zone);
    const exported = await b.client.exports.leadAgenda({ from: week.from, to: week.to, format });
    const bytes = Buffer.from(exported.base64, 'base64');
    writeAtomically(file, bytes);
    io.out(
      `Wrote ${file}: the agenda of ${week.monday} to ${week.sunday} (${bytes.length.toLocaleString('en-US')} bytes)`,
    );
    return 0;
  });
}
