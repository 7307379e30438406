import { z } from 'zod';

/**
 * Error codes every caller (renderer, CLI, tests) can rely on. They cross every transport as
 * `{ code, message, details }`; `details` names the field and the problem where there is one.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'READ_ONLY',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldIssue = z.object({ field: z.string(), problem: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorDetails = z.object({ issues: z.array(FieldIssue).default([]) }).loose();
export type ErrorDetails = z.infer<typeof ErrorDetails>;
