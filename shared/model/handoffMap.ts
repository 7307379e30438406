import { z } from 'zod';
import { CampaignType } from './campaign';
import { Id } from './common';

const Short = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` });
const StageKey = Short(100).min(1, { message: 'is required' });

/** A handoff map row as saved (id) or as a default still shown (id null). */
export const HandoffMapRow = z.object({
  id: Id.nullable(),
  fromStage: z.string(),
  toStage: z.string(),
  campaignType: CampaignType.nullable(),
  location: z.string(),
  tool: z.string(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  notes: z.string(),
  position: z.number().int(),
});
export type HandoffMapRow = z.infer<typeof HandoffMapRow>;

/** Upsert of one row: with an id it edits that row, without it adds one. */
export const HandoffMapSaveInput = z.object({
  id: Id.optional(),
  fromStage: StageKey,
  toStage: StageKey,
  campaignType: CampaignType.nullable().default(null),
  location: Short(500).min(1, { message: 'is required: where does the material live?' }),
  tool: Short(200).default(''),
  ownerId: Id.nullable().default(null),
  notes: Short(5000).default(''),
  position: z.number().int().min(0).max(10_000).default(0),
});
export type HandoffMapSaveInput = z.infer<typeof HandoffMapSaveInput>;
