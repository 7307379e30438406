import path from 'node:path';
import { writeAtomically } from '../export/writeAtomically';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { withBackend } from './syncCommands';

export const EXPORT_HEALTH_USAGE = 'Usage: baton export-health --out FILE.pdf|FILE.md [--weeks N]';

/**
 * `baton export-health`: the Health page for the team meeting, the same file its Export PDF
 * (or Markdown, for a name ending in .md) button makes, written atomically.
 */
export function exportHealthCommand(
  args: { dataDir: string; out: string | undefined; weeks: string | undefined },
  io: CliIo,
): Promise<number> {
  if (!args.out) throw new CliError(EXPORT_HEALTH_USAGE, 2);
  const weeks = args.weeks === undefined ? 12 : Number(args.weeks);
  if (!Number.isInteger(weeks)) {
    throw new CliError(`--weeks must be a whole number of weeks, not "${args.weeks}"`, 2);
  }
  const file = path.resolve(args.out);
  const format = path.extname(file).toLowerCase() === '.md' ? 'md' : 'pdf';
  return withBackend(args.dataDir, async (b) => {
    const exported = await b.client.exports.health({ weeks, format });
    const bytes = Buffer.from(exported.base64, 'base64');
    writeAtomically(file, bytes);
    io.out(`Wrote ${file} (${bytes.length.toLocaleString('en-US')} bytes)`);
    return 0;
  });
}
