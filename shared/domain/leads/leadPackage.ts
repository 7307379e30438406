import type { LeadPackage, LeadScore, MissingLeadPart, TouchKind } from '../../model';

// The lead intelligence package: what the receiving salesperson needs to call the lead well.
// Built from the lead at handoff and stored as a snapshot; its required parts are enforced like
// a handoff gate, each missing part named.

export interface PackageSource {
  lead: {
    id: string;
    personName: string;
    company: string;
    email: string;
    jobTitle: string;
    sourceChannel: string;
    interests: readonly string[];
    notes: string;
  };
  touches: readonly { at: string; kind: TouchKind; note: string }[];
  score: LeadScore;
  campaign: { id: string; name: string; messageHierarchy: string | null } | null;
  receiver: { id: string; name: string } | null;
  now: string;
}

const MAX_TALKING_POINTS = 6;

/**
 * Talking points from the notes (each bullet or sentence that says something) and the
 * interests, so sales opens with what the lead cared about.
 */
export function talkingPoints(notes: string, interests: readonly string[]): string[] {
  const fromNotes = notes
    .split(/\r?\n|(?<=[.!?])\s+/)
    .map((s) => s.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((s) => s.split(/\s+/).length >= 3);
  const fromInterests = interests.map((i) => `Ask about their interest in ${i}`);
  return [...fromNotes, ...fromInterests].slice(0, MAX_TALKING_POINTS);
}

export function buildLeadPackage(src: PackageSource): LeadPackage {
  return {
    leadId: src.lead.id,
    personName: src.lead.personName,
    company: src.lead.company,
    email: src.lead.email,
    jobTitle: src.lead.jobTitle,
    sourceCampaign: src.campaign === null ? null : { id: src.campaign.id, name: src.campaign.name },
    sourceChannel: src.lead.sourceChannel,
    journey: [...src.touches]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((t) => ({ at: t.at, kind: t.kind, note: t.note })),
    interests: [...src.lead.interests],
    score: src.score,
    messageHierarchy: src.campaign?.messageHierarchy ?? null,
    talkingPoints: talkingPoints(src.lead.notes, src.lead.interests),
    notes: src.lead.notes,
    receiver: src.receiver,
    builtAt: src.now,
  };
}

/** The required parts the package lacks; empty when it may be handed off. */
export function missingLeadParts(pkg: LeadPackage): MissingLeadPart[] {
  const missing: MissingLeadPart[] = [];
  if (pkg.receiver === null) {
    missing.push({ part: 'Receiver', problem: 'choose the salesperson it goes to (Assignee)' });
  }
  if (pkg.company.trim() === '') missing.push({ part: 'Company', problem: 'is empty' });
  if (pkg.email.trim() === '') missing.push({ part: 'Email', problem: 'is empty' });
  if (pkg.sourceCampaign === null && pkg.sourceChannel.trim() === '') {
    missing.push({ part: 'Source', problem: 'name the source campaign or channel' });
  }
  if (pkg.journey.length === 0) {
    missing.push({ part: 'Journey', problem: 'no touches recorded: add at least one' });
  }
  if (!pkg.score.salesReady) {
    missing.push({
      part: 'Score',
      problem: `${pkg.score.score} is below the sales-ready threshold of ${pkg.score.threshold}`,
    });
  }
  if (pkg.talkingPoints.length === 0) {
    missing.push({ part: 'Talking points', problem: 'add notes or interests to talk about' });
  }
  return missing;
}
