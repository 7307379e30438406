import { ORPCError } from '@orpc/server';
import { DomainError } from '../../shared/domain';
import type { ApiErrorCode } from '../../shared/api';
import type { ErrorDetails } from '../../shared/model';

type ErrorFactory = (options: {
  message: string;
  data: ErrorDetails;
}) => ORPCError<string, unknown>;
type ErrorFactories = Record<ApiErrorCode, ErrorFactory>;

/**
 * Maps what a service threw to the contract's typed errors: domain rules, SQLite constraint
 * failures (a row that points at nothing) and busy/locked databases. Anything else stays an
 * internal error whose message is hidden from callers and logged.
 */
export function toApiError(err: unknown, errors: ErrorFactories): unknown {
  if (err instanceof ORPCError) return err;
  if (err instanceof DomainError) {
    return errors[err.code]({ message: err.message, data: { issues: err.issues } });
  }
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return errors.RULE_VIOLATION({
      message: 'The change refers to something that does not exist or breaks a uniqueness rule',
      data: { issues: [{ field: 'input', problem: String((err as Error).message) }] },
    });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return errors.CONFLICT({
      message: 'Another Baton process is writing; try again',
      data: { issues: [] },
    });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return errors.CONFLICT({
      message: 'The disk is full: nothing was saved. Free some space and try again.',
      data: { issues: [{ field: 'disk', problem: 'is full' }] },
    });
  }
  console.error('Baton backend error:', err);
  return err;
}
