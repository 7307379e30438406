import fs from 'node:fs';
import { CliError } from './cliError';

/** The environment variable `baton sync-setup` reads the team passphrase from. */
export const PASSPHRASE_ENV = 'BATON_SYNC_PASSPHRASE';

/**
 * The team passphrase for `baton sync-setup`: the content of `--passphrase-file F`, else
 * `BATON_SYNC_PASSPHRASE`, else none. Never a plain argument: every user of the machine sees
 * a process's arguments (`ps`), and shells keep them in their history. One trailing line end
 * of the file is not part of it (editors add one); anything else, spaces included, is.
 */
export function teamPassphrase(
  file: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (file === undefined) {
    const fromEnv = env[PASSPHRASE_ENV];
    return fromEnv ? fromEnv : undefined;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(`--passphrase-file ${file} cannot be read (${code})`, 2);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '') throw new CliError(`--passphrase-file ${file} is empty`, 2);
  return passphrase;
}
