import { orderStages } from '../../../shared/domain';
import type { Stage } from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { toStage } from '../views/toModel';

export function listStages(ctx: BackendContext): Stage[] {
  return orderStages(ctx.db.read.select().from(s.stages).all()).map(toStage);
}

export function renameStage(ctx: BackendContext, id: string, name: string): Stage {
  return ctx.db.write(actorOf(ctx), (tx) => toStage(tx.update('stage', id, { name: name.trim() })));
}
