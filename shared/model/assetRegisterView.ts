import { z } from 'zod';
import { Asset, AssetApprovalState, AssetVersion } from './asset';
import { Id } from './common';

/**
 * A campaign's asset register as the handoff panel (and later the PDF) shows it: every check
 * already made by shared/domain/production/assetRegister.ts, so no screen re-decides anything.
 */

export const AssetVersionView = AssetVersion.extend({
  /** `v01`, `v02`… */
  label: z.string(),
  byName: z.string().nullable(),
});
export type AssetVersionView = z.infer<typeof AssetVersionView>;

export const AssetNameCheck = z.object({
  /** The file name checked: the current version's. */
  fileName: z.string(),
  ok: z.boolean(),
  /** Each names its part: "version: 'v3' needs two digits (v03)". */
  problems: z.array(z.string()),
  /** The name rewritten to the convention; null when the name is fine. */
  suggestion: z.string().nullable(),
  /** What the suggestion could not fix (a part it had to leave as its token). */
  unresolved: z.array(z.string()),
});
export type AssetNameCheck = z.infer<typeof AssetNameCheck>;

export const AssetSpecCheckView = z.object({
  ok: z.boolean(),
  /** "Instagram — story"; null when the asset's spec is not in the library. */
  specName: z.string().nullable(),
  /** "dimensions: 1080×1080 but Instagram — story needs 1080×1920". */
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type AssetSpecCheckView = z.infer<typeof AssetSpecCheckView>;

export const AssetRegisterRow = Asset.extend({
  versions: z.array(AssetVersionView),
  /** The newest version; null only for an asset whose versions did not arrive yet by sync. */
  current: AssetVersionView.nullable(),
  approvedByName: z.string().nullable(),
  /** `1.2 MB`, or null when the size is not known. */
  sizeLabel: z.string().nullable(),
  nameCheck: AssetNameCheck.nullable(),
  specCheck: AssetSpecCheckView,
  /** The names of the assets it needs, in the register's order (removed ones left out). */
  needsNames: z.array(z.string()),
  /** The current file name with the next version's vNN (fixed where it can be): a new version's default. */
  nextFileName: z.string().nullable(),
  /** The states the approval control may move to from here. */
  nextStates: z.array(AssetApprovalState),
});
export type AssetRegisterRow = z.infer<typeof AssetRegisterRow>;

export const AssetMakingStep = z.object({
  id: Id,
  name: z.string(),
  /** 0 for an asset that needs nothing, else one more than the deepest asset it needs. */
  depth: z.number().int(),
  needsNames: z.array(z.string()),
});
export type AssetMakingStep = z.infer<typeof AssetMakingStep>;

export const AssetRegisterView = z.object({
  campaignId: Id,
  /** In the register's order (position). */
  assets: z.array(AssetRegisterRow),
  /** Removed assets, newest removal first, so they can be restored. */
  removed: z.array(z.object({ id: Id, name: z.string() })),
  /** The order to make the assets in; a stored cycle (two laptops' edits) is named instead. */
  order: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), steps: z.array(AssetMakingStep) }),
    z.object({ ok: z.literal(false), problems: z.array(z.string()) }),
  ]),
  /** The workspace's channel spec library, for the pickers. */
  specs: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The naming convention the file names are checked against. */
  namingPattern: z.string(),
  summary: z.object({
    total: z.number().int(),
    approved: z.number().int(),
    /** Assets with a naming or spec problem. */
    withProblems: z.number().int(),
  }),
});
export type AssetRegisterView = z.infer<typeof AssetRegisterView>;
