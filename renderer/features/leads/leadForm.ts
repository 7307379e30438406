import type { Lead, NewLeadInput, UpdateLead } from '../../../shared/model';
import type { BatonError } from '../../api/errors';

// The new-lead and edit forms' values as typed, and how they become API input.

export interface LeadFormValues {
  personName: string;
  company: string;
  email: string;
  jobTitle: string;
  sourceCampaignId: string;
  sourceChannel: string;
  /** Comma- or line-separated, as typed. */
  interests: string;
  notes: string;
  ownerId: string;
  assigneeId: string;
}

export function blankLeadForm(meId: string | null): LeadFormValues {
  return {
    personName: '',
    company: '',
    email: '',
    jobTitle: '',
    sourceCampaignId: '',
    sourceChannel: '',
    interests: '',
    notes: '',
    ownerId: meId ?? '',
    assigneeId: '',
  };
}

/** Interests typed as "pricing, onboarding" or one per line: trimmed, empties and repeats dropped. */
export function splitInterests(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n;]/)) {
    const interest = raw.trim();
    const key = interest.toLowerCase();
    if (interest === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(interest);
  }
  return out;
}

const orNull = (id: string): string | null => (id === '' ? null : id);

export function newLeadInput(v: LeadFormValues): NewLeadInput {
  return {
    personName: v.personName,
    company: v.company,
    email: v.email,
    jobTitle: v.jobTitle,
    sourceCampaignId: orNull(v.sourceCampaignId),
    sourceChannel: v.sourceChannel,
    interests: splitInterests(v.interests),
    notes: v.notes,
    ownerId: orNull(v.ownerId),
    assigneeId: orNull(v.assigneeId),
  };
}

/**
 * The problem the error names for `field`: its own issue or one inside it (`interests.2`), so
 * a refused interest marks the interests field.
 */
export function fieldProblem(error: BatonError | null, field: string): string | undefined {
  return error?.issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.problem;
}

/** Problems the form has no field for (shown above the form so none is lost). */
export function otherProblems(error: BatonError | null, fields: readonly string[]): string[] {
  if (error === null) return [];
  if (error.issues.length === 0) return [error.message];
  return error.issues
    .filter((i) => !fields.some((f) => i.field === f || i.field.startsWith(`${f}.`)))
    .map((i) => `${i.field} ${i.problem}`);
}

/** A `datetime-local` value ("2026-11-27T09:30") read in this computer's zone, or null. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The instant as a `datetime-local` value in this computer's zone. */
export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The form's values for a stored lead. */
export function formOfLead(lead: Lead): LeadFormValues {
  return {
    personName: lead.personName,
    company: lead.company,
    email: lead.email,
    jobTitle: lead.jobTitle,
    sourceCampaignId: lead.sourceCampaignId ?? '',
    sourceChannel: lead.sourceChannel,
    interests: lead.interests.join(', '),
    notes: lead.notes,
    ownerId: lead.ownerId ?? '',
    assigneeId: lead.assigneeId ?? '',
  };
}

/** Only what changed is sent, so a teammate's edit of another field is not overwritten. */
export function updateOf(id: string, before: LeadFormValues, v: LeadFormValues): UpdateLead {
  const patch: UpdateLead = { id };
  if (v.company !== before.company) patch.company = v.company;
  if (v.jobTitle !== before.jobTitle) patch.jobTitle = v.jobTitle;
  if (v.sourceCampaignId !== before.sourceCampaignId)
    patch.sourceCampaignId = v.sourceCampaignId || null;
  if (v.sourceChannel !== before.sourceChannel) patch.sourceChannel = v.sourceChannel;
  if (v.ownerId !== before.ownerId) patch.ownerId = v.ownerId || null;
  if (v.assigneeId !== before.assigneeId) patch.assigneeId = v.assigneeId || null;
  if (v.interests !== before.interests) patch.interests = splitInterests(v.interests);
  if (v.notes !== before.notes) patch.notes = v.notes;
  return patch;
}
