import { z } from 'zod';
import { HexColor, Id, IsoDateTime, LongText, Name, patchOf } from './common';

/** What every brief for this client inherits unless a handoff overrides it. */
export const BrandGuidelines = z.object({
  voice: LongText.default(''),
  dos: z.array(z.string().max(500)).max(100).default([]),
  donts: z.array(z.string().max(500)).max(100).default([]),
  logoRules: LongText.default(''),
  colourRules: LongText.default(''),
  legalLines: LongText.default(''),
});
export type BrandGuidelines = z.infer<typeof BrandGuidelines>;

export const Client = z.object({
  id: Id,
  workspaceId: Id,
  name: Name,
  accentColor: HexColor,
  brand: BrandGuidelines,
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Client = z.infer<typeof Client>;

export const ClientInput = z.object({
  name: Name,
  accentColor: HexColor.default('#3b5bdb'),
  brand: BrandGuidelines.default({
    voice: '',
    dos: [],
    donts: [],
    logoRules: '',
    colourRules: '',
    legalLines: '',
  }),
});
export type ClientInput = z.input<typeof ClientInput>;

/** A partial update: fields left out keep their value (no defaults). */
export const ClientPatch = patchOf(ClientInput).extend({ id: Id });
export type ClientPatch = z.input<typeof ClientPatch>;
