import type { Person } from '../../../shared/model';

/**
 * The people of a person picker (a <select>), after an optional first choice of nobody
 * (`none`, e.g. "No owner yet"); `withRole` adds each one's role ("Jonas Weber — Strategist")
 * where names alone could be mistaken.
 */
export function PersonOptions({
  people,
  none,
  withRole = false,
}: {
  people: readonly Pick<Person, 'id' | 'name' | 'roleTitle'>[];
  none?: string;
  withRole?: boolean;
}) {
  return (
    <>
      {none === undefined ? null : <option value="">{none}</option>}
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {withRole && p.roleTitle ? ` — ${p.roleTitle}` : ''}
        </option>
      ))}
    </>
  );
}
