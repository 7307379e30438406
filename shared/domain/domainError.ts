import type { ErrorCode, FieldIssue } from '../model';

/** A broken business rule, thrown inside the write path so the whole transaction rolls back. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: Exclude<ErrorCode, 'BAD_REQUEST' | 'INTERNAL'>,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export function notFound(entity: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${entity} ${id} does not exist`, [
    { field: 'id', problem: `no ${entity} with this id` },
  ]);
}

export function ruleViolation(field: string, problem: string): DomainError {
  return new DomainError('RULE_VIOLATION', `${field} ${problem}`, [{ field, problem }]);
}
