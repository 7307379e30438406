/** An error the CLI prints as one line before exiting with `exitCode`. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** One line for any error: typed API errors keep their message and field issues. */
export function oneLine(err: unknown): string {
  if (err instanceof CliError) return err.message;
  const e = err as {
    code?: string;
    message?: string;
    data?: { issues?: { field?: string; problem?: string; path?: unknown[]; message?: string }[] };
  };
  const issues = (e.data?.issues ?? [])
    .map((i) =>
      i.field ? `${i.field} ${i.problem}` : `${(i.path ?? []).join('.')} ${i.message ?? ''}`.trim(),
    )
    .filter((s) => s.length > 0);
  const base = e.message ?? String(err);
  return issues.length > 0 && !issues.every((i) => base.includes(i))
    ? `${base}: ${issues.join('; ')}`
    : base;
}
