import { z } from 'zod';

/** Every synced row is keyed by a UUIDv7 generated on the device that created it. */
export const Id = z.uuid({ message: 'must be an id (UUID)' });
export type Id = z.infer<typeof Id>;

/** A calendar day without a time zone, e.g. a launch date: `2026-03-14`. */
export const IsoDate = z.iso.date({ message: 'must be a date like 2026-03-14' });
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant, always UTC on the wire. */
export const IsoDateTime = z.iso.datetime({ message: 'must be a UTC date-time', offset: false });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A short, single-line, human-entered name (campaign, client, person). */
export const Name = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(200, { message: 'must be at most 200 characters' });

/** Free text such as a brief field; generous but bounded so one input cannot exhaust memory. */
export const LongText = z.string().max(200_000, { message: 'must be at most 200,000 characters' });

export const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour like #1f6feb' });

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The patch form of an input schema: every field optional and, unlike `.partial()`, without the
 * input's defaults. Zod 4 still applies a `.default()` inside `.optional()`, so with `.partial()`
 * an update that leaves a field out would silently reset it (renaming a campaign wiped its
 * launch date, owner, team and channels).
 */
export function patchOf<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
): z.ZodObject<{ [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> }> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    shape[key] = (
      field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : field
    ).optional();
  }
  return z.object(shape) as unknown as z.ZodObject<{
    [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>>;
  }>;
}
