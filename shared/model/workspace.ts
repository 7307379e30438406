import { z } from 'zod';
import { Id, IsoDateTime, Name } from './common';

export const Workspace = z.object({
  id: Id,
  name: Name,
  homeTimeZone: z.string().min(1).max(64),
  createdAt: IsoDateTime,
});
export type Workspace = z.infer<typeof Workspace>;

export const Stage = z.object({
  id: Id,
  workspaceId: Id,
  name: Name,
  position: z.number().int().nonnegative(),
  deletedAt: IsoDateTime.nullable(),
});
export type Stage = z.infer<typeof Stage>;
