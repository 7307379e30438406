import { eq, isNull } from 'drizzle-orm';
import {
  avatarColorFor,
  DEFAULT_STAGES,
  DomainError,
  initialsOf,
  notFound,
  orderStages,
} from '../../../shared/domain';
import type { PersonInput, WorkspaceView } from '../../../shared/model';
import * as s from '../../db/schema';
import type { WriteTx } from '../../db/writeTx';
import { newId } from '../../db/uuid';
import type { BackendContext } from '../context';
import { toPerson, toStage, toWorkspace } from '../views/toModel';

export function getWorkspace(ctx: BackendContext): WorkspaceView | null {
  const read = ctx.db.read;
  const ws = read.select().from(s.workspaces).where(isNull(s.workspaces.deletedAt)).get();
  if (!ws) return null;
  const stages = orderStages(
    read.select().from(s.stages).where(eq(s.stages.workspaceId, ws.id)).all(),
  ).map(toStage);
  const meId = ctx.db.deviceInfo().personId;
  const me = meId ? read.select().from(s.people).where(eq(s.people.id, meId)).get() : undefined;
  return { workspace: toWorkspace(ws), stages, me: me ? toPerson(me) : null };
}

export function requireWorkspace(ctx: BackendContext): WorkspaceView {
  const ws = getWorkspace(ctx);
  if (!ws) {
    throw new DomainError('CONFLICT', 'There is no workspace yet: create one or load the demo', [
      { field: 'workspace', problem: 'does not exist yet' },
    ]);
  }
  return ws;
}

export function assertNoWorkspace(ctx: BackendContext): void {
  if (getWorkspace(ctx)) {
    throw new DomainError('CONFLICT', 'This database already has a workspace', [
      { field: 'workspace', problem: 'already exists' },
    ]);
  }
}

/** Inserts a person with initials and a stable avatar colour. */
export function insertPerson(tx: WriteTx, workspaceId: string, input: PersonInput) {
  const id = newId();
  return tx.insert('person', {
    id,
    workspaceId,
    name: input.name.trim(),
    email: input.email ?? '',
    roleTitle: input.roleTitle ?? '',
    initials: initialsOf(input.name),
    color: avatarColorFor(id),
    createdAt: tx.at,
  });
}

export function createWorkspaceRows(
  tx: WriteTx,
  input: { name: string; homeTimeZone: string },
): { workspaceId: string } {
  const ws = tx.insert('workspace', {
    name: input.name,
    homeTimeZone: input.homeTimeZone,
    createdAt: tx.at,
  });
  DEFAULT_STAGES.forEach((st, position) =>
    tx.insert('stage', { workspaceId: ws.id, key: st.key, name: st.name, position }),
  );
  return { workspaceId: ws.id };
}

export function createWorkspace(
  ctx: BackendContext,
  input: { name: string; homeTimeZone: string; me: PersonInput },
): WorkspaceView {
  assertNoWorkspace(ctx);
  const { workspaceId, personId } = ctx.db.write(null, (tx) => {
    const { workspaceId } = createWorkspaceRows(tx, input);
    const me = insertPerson(tx, workspaceId, input.me);
    return { workspaceId, personId: me.id };
  });
  ctx.db.setLocalPerson(personId, workspaceId);
  return requireWorkspace(ctx);
}

export function setMe(ctx: BackendContext, personId: string): WorkspaceView {
  const ws = requireWorkspace(ctx);
  const person = ctx.db.read.select().from(s.people).where(eq(s.people.id, personId)).get();
  if (!person || person.deletedAt || person.workspaceId !== ws.workspace.id) {
    throw notFound('person', personId);
  }
  ctx.db.setLocalPerson(personId, ws.workspace.id);
  return requireWorkspace(ctx);
}
