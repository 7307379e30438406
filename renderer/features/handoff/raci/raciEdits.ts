import type { RaciRole } from '../../../../shared/model';

export interface Assignment {
  personId: string;
  role: RaciRole;
}

// Each edit returns the whole new list: `handoffs.setRaci` replaces the RACI in one write.

export function addPerson(
  raci: readonly Assignment[],
  role: RaciRole,
  personId: string,
): Assignment[] {
  const plain = raci.map(({ personId, role }) => ({ personId, role }));
  if (plain.some((a) => a.personId === personId && a.role === role)) return plain;
  return [...plain, { personId, role }];
}

export function removePerson(
  raci: readonly Assignment[],
  role: RaciRole,
  personId: string,
): Assignment[] {
  return raci
    .filter((a) => !(a.personId === personId && a.role === role))
    .map(({ personId, role }) => ({ personId, role }));
}

/** Accountable is one person: choosing someone replaces whoever held it; null clears it. */
export function setAccountable(raci: readonly Assignment[], personId: string | null): Assignment[] {
  const rest = raci.filter((a) => a.role !== 'A').map(({ personId, role }) => ({ personId, role }));
  return personId === null ? rest : [...rest, { personId, role: 'A' }];
}

export function peopleIn(raci: readonly Assignment[], role: RaciRole): string[] {
  return raci.filter((a) => a.role === role).map((a) => a.personId);
}
