import { z } from 'zod';

/**
 * A technical spec for one channel placement (Instagram story, Google Display 300×250…).
 * Workspaces edit the built-in library, so every rule is data: nothing about a channel is
 * decided by code.
 */

export const SPEC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file extension, lower-case and without the dot: `jpg`, `mp4`. */
export const SpecFormat = z.object({
  format: z
    .string()
    .regex(/^[a-z0-9]{1,10}$/, { message: 'must be a lower-case file extension like jpg' }),
  /** Null: the platform sets no limit for this format. */
  maxBytes: z
    .number()
    .int({ message: 'must be a whole number of bytes' })
    .positive({ message: 'must be more than 0 bytes' })
    .nullable(),
});
export type SpecFormat = z.infer<typeof SpecFormat>;

/** The parts of a copy variation a text limit can apply to. */
export const COPY_FIELDS = ['headline', 'body', 'cta'] as const;
export const CopyField = z.enum(COPY_FIELDS);
export type CopyField = z.infer<typeof CopyField>;

export const TextLimit = z.object({
  /** How the platform calls the text: "Primary text", "Subject line". */
  label: z.string().trim().min(1, { message: 'is required' }).max(80),
  /** The copy variation part it limits; null for texts copy variations do not carry. */
  copyField: CopyField.nullable(),
  maxChars: z
    .number()
    .int({ message: 'must be a whole number of characters' })
    .positive({ message: 'must be at least 1 character' }),
  /** Recommended: the platform truncates or it reads badly beyond it; otherwise it refuses. */
  recommended: z.boolean(),
});
export type TextLimit = z.infer<typeof TextLimit>;

/**
 * `exact`: the asset must have these dimensions (display ad slots). `ratio`: the same aspect
 * ratio at this size or larger (social feeds scale down sharper images).
 */
export const DimensionRule = z.enum(['exact', 'ratio']);
export type DimensionRule = z.infer<typeof DimensionRule>;

const Pixels = z
  .number()
  .int({ message: 'must be a whole number of pixels' })
  .positive({ message: 'must be more than 0 pixels' })
  .max(20_000, { message: 'must be at most 20,000 pixels' });

export const ChannelSpec = z.object({
  id: z.string().regex(SPEC_ID, {
    message: 'must be lower-case letters, digits and hyphens, e.g. instagram-story',
  }),
  channel: z.string().trim().min(1, { message: 'is required' }).max(80),
  placement: z.string().trim().min(1, { message: 'is required' }).max(80),
  width: Pixels,
  /** Null: any height (an email image is as tall as it needs to be). */
  height: Pixels.nullable(),
  dimensionRule: DimensionRule,
  formats: z.array(SpecFormat).min(1, { message: 'needs at least one format' }),
  textLimits: z.array(TextLimit).default([]),
  notes: z.string().max(2_000).default(''),
});
export type ChannelSpec = z.infer<typeof ChannelSpec>;
export type ChannelSpecInput = z.input<typeof ChannelSpec>;

export const ChannelSpecLibrary = z.array(ChannelSpec).superRefine((specs, ctx) => {
  const seen = new Map<string, number>();
  specs.forEach((spec, i) => {
    const first = seen.get(spec.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `'${spec.id}' is already used by spec ${first + 1}`,
      });
    } else seen.set(spec.id, i);
    const formats = spec.formats.map((f) => f.format);
    formats.forEach((format, k) => {
      if (formats.indexOf(format) !== k) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'formats', k, 'format'],
          message: `'${format}' is listed twice`,
        });
      }
    });
  });
});
export type ChannelSpecLibrary = z.infer<typeof ChannelSpecLibrary>;
