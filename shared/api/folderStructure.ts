import { z } from 'zod';
import { Id } from '../model';

/** campaigns.folderStructure: the campaign's folder tree in a folder the user chose. */
export const FolderStructureInput = z.object({
  campaignId: Id,
  folder: z
    .string()
    .trim()
    .min(1, { message: 'is required: choose a folder' })
    .max(1000, { message: 'must be at most 1,000 characters' }),
  /** false: a dry run that only reads (what would be created, the files' names checked). */
  create: z.boolean(),
});
export type FolderStructureInput = z.input<typeof FolderStructureInput>;

export const FolderStructureFile = z.object({
  /** `/`-separated, relative to the chosen folder. */
  path: z.string(),
  status: z.enum(['ok', 'breaks', 'outside', 'system']),
  /** Each problem naming its part: "version: 'v3' needs two digits (v03)". */
  problems: z.array(z.string()),
  /** The name rewritten to the convention (breaks only). */
  suggestion: z.string().nullable(),
  /** What the suggestion could not fix, naming the part. */
  unresolved: z.array(z.string()),
});
export type FolderStructureFile = z.infer<typeof FolderStructureFile>;

export const FolderStructureResult = z.object({
  /** The chosen folder, absolute. */
  folder: z.string(),
  root: z.string(),
  dryRun: z.boolean(),
  /** Folders made by this call (a dry run: the folders it would make), relative paths. */
  created: z.array(z.string()),
  existing: z.array(z.string()),
  /** Something already where a planned folder should be: left as it is. */
  conflicts: z.array(z.object({ path: z.string(), problem: z.string() })),
  files: z.array(FolderStructureFile),
  /** The listing stopped at a limit: files past it were not checked. */
  truncated: z.boolean(),
});
export type FolderStructureResult = z.infer<typeof FolderStructureResult>;
