import { isNull } from 'drizzle-orm';
import { initialsOf } from '../../../shared/domain';
import type { Person, PersonInput } from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { toPerson } from '../views/toModel';
import { insertPerson, requireWorkspace } from './workspaceService';

export function listPeople(ctx: BackendContext): Person[] {
  return ctx.db.read
    .select()
    .from(s.people)
    .where(isNull(s.people.deletedAt))
    .all()
    .map(toPerson)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function createPerson(ctx: BackendContext, input: PersonInput): Person {
  const ws = requireWorkspace(ctx);
  return ctx.db.write(actorOf(ctx), (tx) => toPerson(insertPerson(tx, ws.workspace.id, input)));
}

export function updatePerson(
  ctx: BackendContext,
  input: Partial<PersonInput> & { id: string },
): Person {
  return ctx.db.write(actorOf(ctx), (tx) =>
    toPerson(
      tx.update('person', input.id, {
        name: input.name?.trim(),
        email: input.email,
        roleTitle: input.roleTitle,
        initials: input.name ? initialsOf(input.name) : undefined,
      }),
    ),
  );
}

export function removePerson(ctx: BackendContext, id: string): Person {
  return ctx.db.write(actorOf(ctx), (tx) => toPerson(tx.softDelete('person', id)));
}

export function restorePerson(ctx: BackendContext, id: string): Person {
  return ctx.db.write(actorOf(ctx), (tx) => toPerson(tx.restore('person', id)));
}
