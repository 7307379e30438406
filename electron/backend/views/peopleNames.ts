import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';

/** Every person's name by id, archived people included (old entries still name them). */
export function peopleNames(read: ReadDb): ReadonlyMap<string, string> {
  return new Map(
    read
      .select({ id: s.people.id, name: s.people.name })
      .from(s.people)
      .all()
      .map((p) => [p.id, p.name]),
  );
}
