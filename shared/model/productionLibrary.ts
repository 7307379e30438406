import { z } from 'zod';
import { ChannelSpec } from './channelSpec';

/**
 * The workspace's naming convention and channel spec library as Settings shows them: the
 * pattern in use, its shape in words, and whether each is the workspace's own or the built-in.
 */
export const ProductionLibraryView = z.object({
  pattern: z.string(),
  /** `date_client-campaign_asset name_version`. */
  shape: z.string(),
  defaultPattern: z.string(),
  customPattern: z.boolean(),
  customSpecs: z.boolean(),
  channelSpecs: z.array(ChannelSpec),
});
export type ProductionLibraryView = z.infer<typeof ProductionLibraryView>;

/** Null goes back to the default pattern; the pattern itself is checked by the service. */
export const SetNamingPatternInput = z.object({
  pattern: z.string().max(200, { message: 'must be at most 200 characters' }).nullable(),
});
export type SetNamingPatternInput = z.infer<typeof SetNamingPatternInput>;

const MAX_TEXT = 5_000;

/** Every string inside a value longer than MAX_TEXT, with its path. */
function longStrings(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.length > MAX_TEXT ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => longStrings(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => longStrings(v, [...path, k]));
  }
  return [];
}

/**
 * Null goes back to the built-in library. The specs' shape is checked by the service with
 * validateChannelSpecLibrary, whose messages name the spec ("Instagram story, width: …")
 * where a schema error here could only say `specs.3.width`; only runaway sizes stop here.
 */
export const SetChannelSpecsInput = z.object({
  specs: z
    .array(z.unknown())
    .max(500, { message: 'must hold at most 500 specs' })
    .superRefine((specs, ctx) => {
      for (const path of longStrings(specs)) {
        ctx.addIssue({ code: 'custom', path, message: `must be at most ${MAX_TEXT} characters` });
      }
    })
    .nullable(),
});
export type SetChannelSpecsInput = z.infer<typeof SetChannelSpecsInput>;
