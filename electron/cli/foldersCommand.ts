import path from 'node:path';
import type { FolderStructureResult } from '../../shared/api/folderStructure';
import { findCampaignId } from './campaignLookup';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { withBackend } from './syncCommands';

export const FOLDERS_USAGE =
  'Usage: baton folders --campaign <id|name> --folder DIR [--check] [--json]';

export interface FoldersArgs {
  dataDir: string;
  campaign: string | undefined;
  folder: string | undefined;
  check: boolean;
  json: boolean;
}

/**
 * `baton folders`: makes the campaign's folder tree in DIR (only missing folders; never a
 * file touched), or with --check only looks. Exit 1 under --check when a file breaks the
 * naming convention, so a script can stop a delivery on it.
 */
export function folders(args: FoldersArgs, io: CliIo): Promise<number> {
  const { campaign: query, folder } = args;
  if (!query || !folder) throw new CliError(FOLDERS_USAGE, 2);
  return withBackend(args.dataDir, async (b) => {
    const campaignId = await findCampaignId(b, query);
    const result = await b.client.campaigns.folderStructure({
      campaignId,
      // The shell's working folder, like every path a person types.
      folder: path.resolve(folder),
      create: !args.check,
    });
    if (args.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of foldersText(result)) io.out(line);
    const breaking = result.files.some((f) => f.status === 'breaks');
    return args.check && breaking ? 1 : 0;
  });
}

export function foldersText(result: FolderStructureResult): string[] {
  const lines: string[] = [];
  const verb = result.dryRun ? 'Missing' : 'Created';
  lines.push(`${result.folder}/${result.root}`);
  for (const p of result.created) lines.push(`  ${verb}: ${p}/`);
  if (result.created.length === 0) {
    lines.push(`  All ${result.existing.length} folders already exist`);
  } else if (result.existing.length > 0) {
    lines.push(`  Already there: ${result.existing.length} folders`);
  }
  for (const c of result.conflicts) lines.push(`  Left as it is: ${c.path} (${c.problem})`);
  const breaking = result.files.filter((f) => f.status === 'breaks');
  const outside = result.files.filter((f) => f.status === 'outside');
  const ok = result.files.filter((f) => f.status === 'ok').length;
  lines.push(
    `Files: ${ok} ${ok === 1 ? 'follows' : 'follow'} the naming convention, ` +
      `${breaking.length} ${breaking.length === 1 ? 'breaks' : 'break'} it` +
      (outside.length > 0 ? `, ${outside.length} outside the plan` : ''),
  );
  for (const f of breaking) {
    lines.push(`  ${f.path}`);
    for (const p of f.problems) lines.push(`    ${p}`);
    lines.push(`    suggested: ${f.suggestion ?? ''}`);
    for (const u of f.unresolved) lines.push(`    still to fix: ${u}`);
  }
  for (const f of outside) lines.push(`  outside the plan: ${f.path}`);
  if (result.truncated) lines.push('  (stopped listing at the limit: not every file was checked)');
  return lines;
}
