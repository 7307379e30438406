import { z } from 'zod';
import { HexColor, Id, IsoDateTime, Name, patchOf } from './common';

export const Person = z.object({
  id: Id,
  workspaceId: Id,
  name: Name,
  email: z.email({ message: 'must be an email address' }).or(z.literal('')),
  roleTitle: z.string().trim().max(100),
  initials: z.string().trim().min(1).max(3),
  color: HexColor,
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Person = z.infer<typeof Person>;

export const PersonInput = z.object({
  name: Name,
  email: z
    .email({ message: 'must be an email address' })
    .max(254, { message: 'must be at most 254 characters' })
    .or(z.literal(''))
    .default(''),
  roleTitle: z.string().trim().max(100, { message: 'must be at most 100 characters' }).default(''),
});
export type PersonInput = z.input<typeof PersonInput>;

/** A partial update: fields left out keep their value (no defaults). */
export const PersonPatch = patchOf(PersonInput).extend({ id: Id });
export type PersonPatch = z.input<typeof PersonPatch>;
