import { campaignTypeLabel, channelLabel } from '../../model/labels';

export interface PlaybookTags {
  /** A campaign type, or null for a learning that holds for every type. */
  campaignType: string | null;
  channels: readonly string[];
  clientId: string | null;
}

export interface RelevanceTarget {
  campaignType: string | null;
  channels: readonly string[];
  clientId: string | null;
}

export type PlaybookRelevance =
  | { relevant: false; score: 0; reasons: string[] }
  | { relevant: true; score: number; reasons: string[] };

// Weights: a learning from the same type beats a general one; each shared channel and the
// same client make it more specific to this campaign.
const SAME_TYPE = 3;
const ANY_TYPE = 1;
const PER_CHANNEL = 2;
const SAME_CLIENT = 2;

/** "Email campaigns", "Any campaign type", then its channels and client: an entry's tags in words. */
export function playbookTagWords(entry: {
  campaignType: string | null;
  channels: readonly string[];
  clientName: string | null;
}): string {
  return [
    entry.campaignType === null
      ? 'Any campaign type'
      : `${campaignTypeLabel(entry.campaignType)} campaigns`,
    channelWords(entry.channels),
    entry.clientName ?? '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

function channelWords(channels: readonly string[]): string {
  return channels.map(channelLabel).join(', ');
}

/**
 * How relevant a playbook entry is to a campaign (or to a search's tag filters): entries of
 * another campaign type are not; same type or any-type entries are, ranked higher for each
 * shared channel and for the same client. A target without a type accepts every entry.
 */
export function playbookRelevance(entry: PlaybookTags, target: RelevanceTarget): PlaybookRelevance {
  const reasons: string[] = [];
  let score = 0;
  if (target.campaignType !== null && entry.campaignType !== null) {
    if (entry.campaignType !== target.campaignType) {
      return {
        relevant: false,
        score: 0,
        reasons: [`for ${campaignTypeLabel(entry.campaignType)} campaigns`],
      };
    }
    score += SAME_TYPE;
    reasons.push(`same type (${campaignTypeLabel(entry.campaignType)})`);
  } else {
    score += ANY_TYPE;
    if (entry.campaignType === null) reasons.push('any campaign type');
  }
  const shared = entry.channels.filter((c) => target.channels.includes(c));
  if (shared.length > 0) {
    score += PER_CHANNEL * shared.length;
    reasons.push(`channel ${channelWords(shared)}`);
  }
  if (entry.clientId !== null && entry.clientId === target.clientId) {
    score += SAME_CLIENT;
    reasons.push('same client');
  }
  return { relevant: true, score, reasons };
}

/**
 * One ranking from FTS5's bm25 (negative; more negative is a better text match) and the tag
 * relevance: the text match leads and relevance scales it, so a title hit is not overtaken by
 * tags alone. Without search text (bm25 null) relevance alone ranks.
 */
export function combinedPlaybookScore(bm25: number | null, relevance: number): number {
  if (bm25 === null) return relevance;
  return -bm25 * (1 + relevance / 10);
}
