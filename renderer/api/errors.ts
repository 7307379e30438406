import type { FieldIssue } from '../../shared/model';

/** Every failed call, whatever the transport, as one shape the UI can show. */
export interface BatonError {
  code: string;
  message: string;
  issues: FieldIssue[];
}

interface WireError {
  code?: unknown;
  message?: unknown;
  data?: { issues?: unknown };
}

interface SchemaIssue {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message?: string;
}

/**
 * Normalises an oRPC error: contract errors carry `data.issues` as `{ field, problem }`; input
 * that failed its schema (BAD_REQUEST) carries standard-schema issues with a path.
 */
export function toBatonError(err: unknown): BatonError {
  const e = (err ?? {}) as WireError;
  const code = typeof e.code === 'string' ? e.code : 'INTERNAL';
  const rawIssues = Array.isArray(e.data?.issues) ? (e.data.issues as unknown[]) : [];
  const issues: FieldIssue[] = rawIssues.map((raw) => {
    const i = raw as FieldIssue & SchemaIssue;
    if (typeof i.field === 'string') return { field: i.field, problem: i.problem };
    const field = (i.path ?? [])
      .map((p) => (typeof p === 'object' && p !== null ? String(p.key) : String(p)))
      .join('.');
    return { field: field || 'input', problem: i.message ?? 'is not valid' };
  });
  let message = typeof e.message === 'string' ? e.message : 'Something went wrong';
  if (code === 'BAD_REQUEST' && issues.length > 0) {
    message = issues.map((i) => `${i.field} ${i.problem}`).join('; ');
  }
  if (err instanceof TypeError && /fetch/i.test(err.message)) {
    return { code: 'OFFLINE', message: 'Baton’s backend is not reachable', issues: [] };
  }
  return { code, message, issues };
}
