import { ErrorDetails } from '../model';

/**
 * Typed errors every procedure may return, beyond oRPC's own BAD_REQUEST (input that fails its
 * schema: `data.issues` name the fields) and INTERNAL_SERVER_ERROR. They cross every transport
 * as `{ code, message, data }`, where `data` is the error's `details`.
 */
export const API_ERRORS = {
  NOT_FOUND: { status: 404, message: 'Not found', data: ErrorDetails },
  CONFLICT: { status: 409, message: 'Conflict', data: ErrorDetails },
  RULE_VIOLATION: { status: 422, message: 'A rule was not met', data: ErrorDetails },
  READ_ONLY: { status: 423, message: 'The database is read-only', data: ErrorDetails },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;
