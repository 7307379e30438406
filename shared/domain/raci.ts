import type { FieldIssue, RaciRole } from '../model';

export interface RaciEntry {
  personId: string;
  role: RaciRole;
}

/**
 * The RACI rule of every handoff: at least one Responsible and exactly one Accountable.
 * Consulted and Informed are optional. Returns what is wrong, by role, or nothing.
 */
export function validateRaci(entries: readonly RaciEntry[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const count = (role: RaciRole) => entries.filter((e) => e.role === role).length;
  if (count('R') === 0) issues.push({ field: 'Responsible', problem: 'needs at least one person' });
  const a = count('A');
  if (a === 0) issues.push({ field: 'Accountable', problem: 'needs exactly one person' });
  if (a > 1) issues.push({ field: 'Accountable', problem: `has ${a} people; exactly one allowed` });
  const seen = new Set<string>();
  for (const e of entries) {
    const k = `${e.personId}:${e.role}`;
    if (seen.has(k)) issues.push({ field: roleName(e.role), problem: 'lists a person twice' });
    seen.add(k);
  }
  return issues;
}

export function roleName(role: RaciRole): string {
  return { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' }[role];
}
