import { z } from 'zod';
import { Id, IsoDateTime, LongText } from './common';

/**
 * What folder sync's merges left for a person (table `sync_conflicts`) as Settings → Sync shows
 * them, and a person's decision (`sync.conflicts`, `sync.resolveConflict`).
 */

/** What kind of merge left something for a person (docs/sync-format.md, "Merge rules"). */
export const SyncConflictKind = z.enum(['text', 'changed-after-deletion', 'stage-move']);
export type SyncConflictKind = z.infer<typeof SyncConflictKind>;

/** Who made one side of a conflict, where and when (read from the change log). */
export const ConflictAuthor = z.object({
  hlc: z.string(),
  at: IsoDateTime,
  deviceId: z.string(),
  /** From the device's `device.json` in the shared folder; null when not known here. */
  deviceName: z.string().nullable(),
  /** The person the change was made as; null when the laptop had nobody chosen. */
  personName: z.string().nullable(),
  /** Made on this laptop ("your version"). */
  isThisDevice: z.boolean(),
});
export type ConflictAuthor = z.infer<typeof ConflictAuthor>;

export const ConflictTextVersion = ConflictAuthor.extend({ text: z.string() });
export type ConflictTextVersion = z.infer<typeof ConflictTextVersion>;

/** One field edited after (or while) the row was deleted elsewhere, as a person reads it. */
export const ConflictEdit = ConflictAuthor.extend({
  field: z.string(),
  fieldLabel: z.string(),
  /** The value in words (a name, a date, "3 people"); long text cut short. */
  value: z.string(),
});
export type ConflictEdit = z.infer<typeof ConflictEdit>;

export const ConflictMove = ConflictAuthor.extend({ stageId: z.string(), stageName: z.string() });
export type ConflictMove = z.infer<typeof ConflictMove>;

/** What a person may do about a conflict (shared/domain/conflictChoices.ts says which applies). */
export const ConflictChoiceName = z.enum([
  'text',
  'restore',
  'keep-deleted',
  'keep',
  'move-to-other',
]);
export type ConflictChoiceName = z.infer<typeof ConflictChoiceName>;

const ConflictCommon = {
  id: Id,
  detectedAt: IsoDateTime,
  entity: z.string(),
  entityId: z.string(),
  /** What it is about, e.g. "Spring launch" (a campaign's name, a client's, a person's). */
  title: z.string(),
  /** Where inside it, e.g. "Strategy → Creative handoff · Key message"; null for the row itself. */
  where: z.string().nullable(),
  /** The campaign it belongs to, to open it; null for clients and people. */
  campaignId: z.string().nullable(),
  choices: z.array(ConflictChoiceName),
};

/** An open conflict with what a person needs to decide, per kind. */
export const SyncConflictView = z.discriminatedUnion('kind', [
  z.object({
    ...ConflictCommon,
    kind: z.literal('text'),
    fieldLabel: z.string(),
    /** The two competing edits, the earlier (by HLC) first. */
    versions: z.array(ConflictTextVersion),
    /** The text both started from; null when not known (the merge used the empty text). */
    base: z.string().nullable(),
    /** The field as it is now: both versions between markers where they clash. */
    merged: z.string(),
    conflicts: z.number().int().nonnegative(),
  }),
  z.object({
    ...ConflictCommon,
    kind: z.literal('changed-after-deletion'),
    deleted: ConflictAuthor,
    edits: z.array(ConflictEdit),
  }),
  z.object({
    ...ConflictCommon,
    kind: z.literal('stage-move'),
    /** The move that stands (later HLC) and the one that lost. */
    won: ConflictMove,
    lost: ConflictMove,
    currentStageName: z.string(),
  }),
]);
export type SyncConflictView = z.infer<typeof SyncConflictView>;

/**
 * A person's decision: for a text conflict the text to keep (their pick or their merge); for a
 * row changed after deletion `restore` or `keep-deleted`; for a stage move `keep` (the move that
 * won) or `move-to-other` (the card goes to the stage of the move that lost).
 */
export const ConflictChoice = z.union(
  [z.object({ text: LongText }), z.enum(['restore', 'keep-deleted', 'keep', 'move-to-other'])],
  {
    error: () => ({
      message:
        'must be { text } for a text conflict, or restore, keep-deleted, keep or move-to-other',
    }),
  },
);
export type ConflictChoice = z.infer<typeof ConflictChoice>;

export const ResolveConflictInput = z.object({ id: Id, choice: ConflictChoice });
export type ResolveConflictInput = z.infer<typeof ResolveConflictInput>;

export const ResolveConflictResult = z.object({
  id: Id,
  resolvedAt: IsoDateTime,
  /** The conflicts still open after this one, as `sync.conflicts` lists them. */
  open: z.array(SyncConflictView),
});
export type ResolveConflictResult = z.infer<typeof ResolveConflictResult>;
