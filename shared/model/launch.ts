import { z } from 'zod';
import { Id, IsoDateTime } from './common';

// The Production → Launch records that are not rows of a package table: the pre-flight
// signature and the campaign's decision log. The rules about them live in
// shared/domain/launch (preflight.ts, decisionLog.ts); these are their stored and wire shapes.

/** The output of packageHash(): 16 lower-case hex digits. */
export const PackageHash = z
  .string()
  .regex(/^[0-9a-f]{16}$/, { message: 'must be a package hash (16 hex digits)' });

/** Who signed the pre-flight, when, and the hash of the package they signed. */
export const PreflightSignature = z.object({
  personId: Id,
  at: IsoDateTime,
  packageHash: PackageHash,
});
export type PreflightSignature = z.infer<typeof PreflightSignature>;

/** Sign a handoff's pre-flight; the hash is the package the signer saw, checked on write. */
export const SignPreflightInput = z.object({ handoffId: Id, packageHash: PackageHash });
export type SignPreflightInput = z.infer<typeof SignPreflightInput>;

const DecisionText = z
  .string()
  .trim()
  .min(1, { message: 'is required: what was agreed?' })
  .max(10_000, { message: 'must be at most 10,000 characters' });

/** "We agreed on a call that…": written by one person, confirmed by the other party. */
export const DecisionLogEntry = z.object({
  id: Id,
  campaignId: Id,
  text: DecisionText,
  byId: Id,
  at: IsoDateTime,
  otherPartyId: Id,
  confirmedById: Id.nullable(),
  confirmedAt: IsoDateTime.nullable(),
  deletedAt: IsoDateTime.nullable(),
});
export type DecisionLogEntry = z.infer<typeof DecisionLogEntry>;

/** A new entry; the author and time come from the actor and the clock of the write. */
export const NewDecisionLogEntry = z.object({
  campaignId: Id,
  text: DecisionText,
  otherPartyId: Id,
});
export type NewDecisionLogEntry = z.infer<typeof NewDecisionLogEntry>;

export const ConfirmDecisionLogEntry = z.object({ id: Id });
export type ConfirmDecisionLogEntry = z.infer<typeof ConfirmDecisionLogEntry>;
