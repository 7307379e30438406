import path from 'node:path';
import { matchByIdOrName } from '../../shared/domain';
import type { CampaignDetail } from '../../shared/model';
import type { Backend } from '../backend/startBackend';
import { exportBytes, type ExportFormat } from '../export/exportFile';
import { clientReader } from '../export/loadExport';
import { writeAtomically } from '../export/writeAtomically';
import { findCampaignId } from './campaignLookup';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { withBackend } from './syncCommands';

export const EXPORT_USAGE = (format: ExportFormat) =>
  `Usage: baton export-${format} --campaign <id|name> [--handoff <from>-<to>] --out FILE`;

export interface ExportArgs {
  dataDir: string;
  format: ExportFormat;
  campaign: string | undefined;
  handoff: string | undefined;
  out: string | undefined;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `creative-production` (or the handoff's id) → the campaign's handoff; else its near matches. */
export function findHandoffId(detail: CampaignDetail, query: string): string {
  const items = detail.handoffs.map((h) => ({
    id: h.handoff.id,
    name: `${slug(h.fromStageName)}-${slug(h.toStageName)}`,
  }));
  const match = matchByIdOrName(items, slug(query) || query);
  if (match.kind === 'found') return match.item.id;
  const names = (match.kind === 'ambiguous' ? match.candidates : match.near).map((i) => i.name);
  const all = items.map((i) => i.name).join(', ');
  throw new CliError(
    `No handoff "${query}" in campaign "${detail.campaign.name}".` +
      (names.length > 0 ? ` Did you mean ${names.join(', ')}?` : '') +
      ` Its handoffs: ${all || 'none started yet'}.`,
  );
}

/**
 * `baton export-pdf` / `export-md`: the same file the app's Export button makes, written
 * atomically, so a failed export (unknown campaign or handoff included) leaves no file.
 */
export function exportCommand(args: ExportArgs, io: CliIo): Promise<number> {
  const { campaign: query, out, format } = args;
  if (!query || !out) throw new CliError(EXPORT_USAGE(format), 2);
  return withBackend(args.dataDir, async (b: Backend) => {
    const campaignId = await findCampaignId(b, query);
    let handoffId: string | null = null;
    if (args.handoff) {
      handoffId = findHandoffId(await b.client.campaigns.get({ id: campaignId }), args.handoff);
    }
    const { bytes } = await exportBytes(clientReader(b.client), { campaignId, handoffId }, format);
    const file = path.resolve(out);
    writeAtomically(file, bytes);
    io.out(`Wrote ${file} (${bytes.length.toLocaleString('en-US')} bytes)`);
    return 0;
  });
}
