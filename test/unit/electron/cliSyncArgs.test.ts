import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../electron/cli/cliError';
import { runCli } from '../../../electron/cli/commands';
import { makeTempDir } from '../../harness/tempDir';

// Bad arguments of the sync commands: one line naming the option, exit 2, and nothing created.

const temp = makeTempDir('baton-cli-args-');
afterEach(() => fs.rmSync(path.join(temp.dir, 'data'), { recursive: true, force: true }));
afterAll(() => temp.cleanup());

async function refusal(...args: string[]): Promise<CliError> {
  const dataDir = path.join(temp.dir, 'data');
  const err = await runCli([...args, '--data-dir', dataDir], { out: () => {}, err: () => {} }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CliError);
  expect(fs.existsSync(dataDir)).toBe(false);
  return err as CliError;
}

describe('baton sync arguments', () => {
  it.each([
    [['sync', '--watch', '--interval', '0'], /--interval must be a number of seconds from 1/],
    [['sync', '--watch', '--interval', 'soon'], /--interval must be .* not "soon"/],
    [['sync', '--once', '--watch'], /--once and --watch exclude each other/],
    [['join', '--folder', '/tmp'], /Usage: baton join --folder F --me NAME/],
    [['join', '--me', 'Sam'], /Usage: baton join --folder F --me NAME/],
  ])('%j is refused', async (args, message) => {
    const err = await refusal(...args);
    expect(err.message).toMatch(message);
    expect(err.exitCode).toBe(2);
  });
});
