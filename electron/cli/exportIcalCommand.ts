import path from 'node:path';
import { matchByIdOrName } from '../../shared/domain';
import { CALENDAR_CHANNELS, type CalendarChannel } from '../../shared/model';
import type { Backend } from '../backend/startBackend';
import { writeAtomically } from '../export/writeAtomically';
import { findCampaignId } from './campaignLookup';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { withBackend } from './syncCommands';

export const EXPORT_ICAL_USAGE =
  'Usage: baton export-ical --out FILE [--client NAME] [--channel C] [--campaign NAME]';

export interface ExportIcalArgs {
  dataDir: string;
  out: string | undefined;
  client: string | undefined;
  channel: string | undefined;
  campaign: string | undefined;
}

// The command exports every item the filters match, whatever its date.
const ALL_DAYS = { from: '2000-01-01', to: '2099-12-31' };

async function findClientId(b: Backend, query: string): Promise<string> {
  const match = matchByIdOrName(await b.client.clients.list(), query);
  if (match.kind === 'ambiguous') {
    throw new CliError(
      `"${query}" matches several clients: ${match.candidates.map((c) => c.name).join(', ')}`,
    );
  }
  if (match.kind === 'none') {
    const near = match.near.map((c) => `"${c.name}"`).join(', ');
    throw new CliError(`No client "${query}".${near ? ` Did you mean ${near}?` : ''}`);
  }
  return match.item.id;
}

function channelOf(value: string): CalendarChannel {
  const found = CALENDAR_CHANNELS.find((c) => c === value.trim().toLowerCase());
  if (!found) {
    throw new CliError(
      `--channel: "${value}" is not a channel; use one of ${CALENDAR_CHANNELS.join(', ')}`,
      2,
    );
  }
  return found;
}

/**
 * `baton export-ical`: the calendar items the filters match as one .ics file, written
 * atomically, so an unknown client or campaign leaves no file.
 */
export function exportIcalCommand(args: ExportIcalArgs, io: CliIo): Promise<number> {
  if (!args.out) throw new CliError(EXPORT_ICAL_USAGE, 2);
  const out = args.out;
  const channel = args.channel === undefined ? undefined : channelOf(args.channel);
  return withBackend(args.dataDir, async (b: Backend) => {
    const clientId = args.client === undefined ? undefined : await findClientId(b, args.client);
    const campaignId =
      args.campaign === undefined ? undefined : await findCampaignId(b, args.campaign);
    const query = {
      ...ALL_DAYS,
      ...(clientId ? { clientId } : {}),
      ...(channel ? { channel } : {}),
      ...(campaignId ? { campaignId } : {}),
    };
    const { text } = await b.client.calendar.exportIcal(query);
    const events = text.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length;
    const file = path.resolve(out);
    writeAtomically(file, text);
    io.out(`Wrote ${file} (${events} item${events === 1 ? '' : 's'})`);
    return 0;
  });
}
