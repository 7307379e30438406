import type { Person, PersonInput } from '../../../shared/model';

export type PersonField = 'name' | 'email' | 'roleTitle';
export type PersonFormValues = Record<PersonField, string>;

export const PERSON_FIELD_LABELS: Record<PersonField, string> = {
  name: 'Name',
  email: 'Email',
  roleTitle: 'Role',
};

export function personFormOf(person: Person | null): PersonFormValues {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    roleTitle: person?.roleTitle ?? '',
  };
}

export function toPersonInput(values: PersonFormValues): Required<PersonInput> {
  return { name: values.name, email: values.email.trim(), roleTitle: values.roleTitle };
}
