import { isNull } from 'drizzle-orm';
import type { Client, ClientInput } from '../../../shared/model';
import { BrandGuidelines } from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { toClient } from '../views/toModel';
import { requireWorkspace } from './workspaceService';

export function listClients(ctx: BackendContext): Client[] {
  return ctx.db.read
    .select()
    .from(s.clients)
    .where(isNull(s.clients.deletedAt))
    .all()
    .map(toClient)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function createClient(ctx: BackendContext, input: ClientInput): Client {
  const ws = requireWorkspace(ctx);
  return ctx.db.write(actorOf(ctx), (tx) =>
    toClient(
      tx.insert('client', {
        workspaceId: ws.workspace.id,
        name: input.name.trim(),
        accentColor: input.accentColor ?? '#3b5bdb',
        brand: BrandGuidelines.parse(input.brand ?? {}),
        createdAt: tx.at,
      }),
    ),
  );
}

export function updateClient(
  ctx: BackendContext,
  input: Partial<ClientInput> & { id: string },
): Client {
  return ctx.db.write(actorOf(ctx), (tx) =>
    toClient(
      tx.update('client', input.id, {
        name: input.name?.trim(),
        accentColor: input.accentColor,
        brand: input.brand ? BrandGuidelines.parse(input.brand) : undefined,
      }),
    ),
  );
}

export function removeClient(ctx: BackendContext, id: string): Client {
  return ctx.db.write(actorOf(ctx), (tx) => toClient(tx.softDelete('client', id)));
}

export function restoreClient(ctx: BackendContext, id: string): Client {
  return ctx.db.write(actorOf(ctx), (tx) => toClient(tx.restore('client', id)));
}
