import { z } from 'zod';
import { Id, IsoDateTime, Name } from './common';

// A campaign's asset register (system 2, Creative → Production): each asset made for the
// campaign, its channel spec, current file facts, approval state and versions. The rules live
// in shared/domain/production/assetRegister.ts; these are the stored and wire shapes.

export const ASSET_APPROVAL_STATES = [
  'draft',
  'in_review',
  'approved',
  'changes_requested',
] as const;
export const AssetApprovalState = z.enum(ASSET_APPROVAL_STATES, {
  message: `must be one of ${ASSET_APPROVAL_STATES.join(', ')}`,
});
export type AssetApprovalState = z.infer<typeof AssetApprovalState>;

/** A register holds tens of assets; this bounds one input, not a real campaign. */
export const MAX_ASSET_DEPENDENCIES = 200;

const Pixels = z
  .number({ message: 'must be a number of pixels' })
  .int({ message: 'must be a whole number of pixels' })
  .positive({ message: 'must be more than 0 pixels' })
  .max(100_000, { message: 'must be at most 100,000 pixels' });

const Bytes = z
  .number({ message: 'must be a number of bytes' })
  .int({ message: 'must be a whole number of bytes' })
  .positive({ message: 'must be more than 0 bytes' })
  .max(Number.MAX_SAFE_INTEGER, { message: 'is too large' });

/** A spec id of the workspace's library, or '' while none is chosen. */
const ChannelSpecId = z.string().trim().max(100, { message: 'must be at most 100 characters' });

/** A file extension without the dot; a leading dot and capitals are forgiven (`.PNG` → `png`). */
const Format = z
  .string()
  .trim()
  .transform((f) => f.replace(/^\./, '').toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { message: 'is required (a file extension like jpg)' })
      .regex(/^[a-z0-9]{1,10}$/, { message: 'must be a file extension like jpg or mp4' }),
  );

/**
 * Where the current version lives: a link (http:// or https://) or a path in the shared
 * drive (`/Volumes/Drive/…`, `C:\…`, `\\server\…`, `Creative/…`). Other schemes (javascript:,
 * file:) are refused: the app opens links in the system browser.
 */
export const AssetLocation = z
  .string()
  .trim()
  .min(1, { message: 'is required: a link (https://…) or a path where the file lives' })
  .max(2_000, { message: 'must be at most 2,000 characters' })
  .refine((v) => /^https?:\/\/[^\s/]+\S*$/i.test(v) || !/^[a-z][a-z0-9+.-]+:/i.test(v), {
    // One letter before the colon is a Windows drive (C:\…), not a scheme.
    message: 'must be a link starting with http:// or https://, or a path to the file',
  });

const FileName = z
  .string()
  .trim()
  .min(1, { message: 'is required: the file name of this version' })
  .max(255, { message: 'must be at most 255 characters' })
  .refine((v) => !/[\\/]/.test(v), {
    message: 'must be a file name, not a path (put the folder in location)',
  });

const Note = z.string().trim().max(2_000, { message: 'must be at most 2,000 characters' });

const DependsOn = z
  .array(Id)
  .max(MAX_ASSET_DEPENDENCIES, { message: `must list at most ${MAX_ASSET_DEPENDENCIES} assets` });

/** An asset as stored (one row of `assets`). */
export const Asset = z.object({
  id: Id,
  campaignId: Id,
  name: z.string(),
  channelSpecId: z.string(),
  format: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  fileSizeBytes: z.number().int().nullable(),
  location: z.string(),
  approvalState: AssetApprovalState,
  approvedById: Id.nullable(),
  approvedAt: IsoDateTime.nullable(),
  dependsOn: z.array(z.string()),
  position: z.number().int(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Asset = z.infer<typeof Asset>;

/** One version of an asset as stored (one row of `asset_versions`). */
export const AssetVersion = z.object({
  id: Id,
  assetId: Id,
  version: z.number().int().positive(),
  fileName: z.string(),
  byId: Id.nullable(),
  at: IsoDateTime,
  note: z.string(),
  deletedAt: IsoDateTime.nullable(),
});
export type AssetVersion = z.infer<typeof AssetVersion>;

/** A new asset with its first version (v01); who and when come from the write. */
export const NewAsset = z.object({
  campaignId: Id,
  name: Name,
  channelSpecId: ChannelSpecId.default(''),
  format: Format,
  width: Pixels.nullable().optional(),
  height: Pixels.nullable().optional(),
  fileSizeBytes: Bytes.nullable().optional(),
  location: AssetLocation,
  dependsOn: DependsOn.default([]),
  fileName: FileName,
  note: Note.default(''),
});
export type NewAsset = z.infer<typeof NewAsset>;
export type NewAssetInput = z.input<typeof NewAsset>;

/** The editable fields of an asset; a field left out stays as it is, null clears a number. */
export const UpdateAsset = z.object({
  id: Id,
  name: Name.optional(),
  channelSpecId: ChannelSpecId.optional(),
  format: Format.optional(),
  width: Pixels.nullable().optional(),
  height: Pixels.nullable().optional(),
  fileSizeBytes: Bytes.nullable().optional(),
  location: AssetLocation.optional(),
  dependsOn: DependsOn.optional(),
  /**
   * The current version's file name corrected ("Use this name": the file was renamed, it is
   * not a new file, so it stays the same version and keeps its approval).
   */
  fileName: FileName.optional(),
});
export type UpdateAsset = z.infer<typeof UpdateAsset>;

/**
 * A new version of an asset's file: its number is the next one (never chosen by the caller,
 * so two laptops adding versions cannot skip one). The file facts given replace the asset's.
 */
export const AddAssetVersion = z.object({
  assetId: Id,
  fileName: FileName,
  note: Note.min(1, { message: 'is required: what changed in this version?' }),
  width: Pixels.nullable().optional(),
  height: Pixels.nullable().optional(),
  fileSizeBytes: Bytes.nullable().optional(),
  location: AssetLocation.optional(),
});
export type AddAssetVersion = z.infer<typeof AddAssetVersion>;

export const SetAssetApproval = z.object({ assetId: Id, state: AssetApprovalState });
export type SetAssetApproval = z.infer<typeof SetAssetApproval>;

export const AssetRegisterQuery = z.object({ campaignId: Id });
export type AssetRegisterQuery = z.infer<typeof AssetRegisterQuery>;

export const RemoveAsset = z.object({ id: Id });
export type RemoveAsset = z.infer<typeof RemoveAsset>;
export const RestoreAsset = RemoveAsset;
export type RestoreAsset = RemoveAsset;
