import { readFileSync } from 'node:fs';
import { LEAD_IMPORT_FIELDS, type LeadImportMapping } from '../../shared/domain/leads';
import type { LeadImportResult } from '../../shared/model';
import { commitLeadImport } from '../backend/services/leadImportService';
import { CliError } from './cliError';
import type { CliIo } from './commands';
import { withBackend } from './syncCommands';

export const IMPORT_LEADS_USAGE = 'Usage: baton import-leads --csv FILE [--mapping FILE]';

export interface ImportLeadsArgs {
  dataDir: string;
  csv: string | undefined;
  mapping: string | undefined;
  json: boolean;
}

function readText(file: string, option: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(
      `${option}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

/** A mapping file: JSON object of lead field → column header, e.g. {"email": "E-Mail", "notes": ""}. */
function readMapping(file: string): LeadImportMapping {
  let value: unknown;
  try {
    value = JSON.parse(readText(file, '--mapping'));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`--mapping: ${file} is not JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`--mapping: ${file} must hold an object like {"email": "E-Mail"}`);
  }
  const mapping: LeadImportMapping = {};
  for (const [field, header] of Object.entries(value)) {
    const known = LEAD_IMPORT_FIELDS.find((f) => f === field);
    if (!known) {
      throw new CliError(
        `--mapping: "${field}" is not a lead field; use ${LEAD_IMPORT_FIELDS.join(', ')}`,
      );
    }
    // "" leaves the field empty instead of guessing a column for it.
    if (typeof header !== 'string') {
      throw new CliError(`--mapping: ${field} must name a column header (or "" for none)`);
    }
    mapping[known] = header;
  }
  return mapping;
}

export function importReportText(r: LeadImportResult): string {
  const lines = [
    `Imported ${r.imported} lead${r.imported === 1 ? '' : 's'}; ${r.duplicates.length} duplicate${r.duplicates.length === 1 ? '' : 's'}; ${r.bad.length} bad row${r.bad.length === 1 ? '' : 's'}`,
  ];
  for (const d of r.duplicates) lines.push(`  duplicate line ${d.line}: ${d.email} (of ${d.of})`);
  for (const b of r.bad) lines.push(`  bad line ${b.line}: ${b.reason}`);
  return lines.join('\n');
}

/**
 * `baton import-leads`: every good row of the CSV in one transaction, straight through the
 * service (a file may be far bigger than one API call carries); duplicates and bad rows listed.
 */
export function importLeadsCommand(args: ImportLeadsArgs, io: CliIo): Promise<number> {
  if (!args.csv) throw new CliError(IMPORT_LEADS_USAGE, 2);
  const csvText = readText(args.csv, '--csv');
  const mapping = args.mapping === undefined ? undefined : readMapping(args.mapping);
  return withBackend(args.dataDir, async (b) => {
    let result: LeadImportResult;
    try {
      result = commitLeadImport(b.context, {
        csvText,
        mapping,
        sourceCampaignId: null,
        lineOffset: 0,
      });
    } catch (err) {
      const issues = (err as { issues?: { field: string; problem: string }[] }).issues;
      if (issues?.length)
        throw new CliError(issues.map((i) => `${i.field}: ${i.problem}`).join('\n'));
      throw err;
    }
    io.out(args.json ? JSON.stringify(result, null, 2) : importReportText(result));
    return 0;
  });
}
