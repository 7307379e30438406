import { oneLine } from './cliError';
import { runCli } from './commands';

// The `baton` command line: same backend as the app, one-line errors, non-zero exit on failure.
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`baton: ${oneLine(err)}\n`);
    process.exitCode = (err as { exitCode?: number }).exitCode ?? 1;
  });
