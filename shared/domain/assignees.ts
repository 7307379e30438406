import type { HandoffTemplate, RaciRole } from '../model';

export interface StaffMember {
  id: string;
  roleTitle: string;
}

/**
 * The RACI a new handoff starts with: for each role the template names, the first person of
 * the workspace whose role title matches (case-insensitive). Missing matches stay empty so the
 * gate lists them rather than guessing.
 */
export function defaultRaci(
  template: HandoffTemplate,
  people: readonly StaffMember[],
): { personId: string; role: RaciRole }[] {
  const byTitle = (title: string) =>
    people.find((p) => p.roleTitle.trim().toLowerCase() === title.trim().toLowerCase());
  const out: { personId: string; role: RaciRole }[] = [];
  const add = (titles: readonly string[], role: RaciRole) => {
    for (const t of titles) {
      const p = byTitle(t);
      if (p && !out.some((o) => o.personId === p.id && o.role === role)) {
        out.push({ personId: p.id, role });
      }
    }
  };
  add(template.defaultRaci.R, 'R');
  if (template.defaultRaci.A) add([template.defaultRaci.A], 'A');
  add(template.defaultRaci.C, 'C');
  add(template.defaultRaci.I, 'I');
  return out;
}
