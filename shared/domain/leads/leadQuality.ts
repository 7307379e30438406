import type { LeadHandoffOutcome, RejectionReason } from '../../model';

// Sales' answers rolled up: per source campaign and per source channel, how many handed-off
// leads sales accepted, why it rejected the others, and how long accepting took.

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  'not-decision-maker': 'Not the decision maker',
  'no-budget': 'No budget',
  'bad-timing': 'Bad timing',
  'wrong-fit': 'Wrong fit',
  duplicate: 'Duplicate',
  'bad-data': 'Bad data',
  other: 'Other',
};

export interface HandoffFacts {
  campaignId: string | null;
  campaignName: string | null;
  sourceChannel: string;
  at: string;
  outcome: LeadHandoffOutcome;
  reasonCode: RejectionReason | null;
  decidedAt: string | null;
}

export interface QualityRow {
  key: string;
  label: string;
  handedOff: number;
  accepted: number;
  rejected: number;
  pending: number;
  /** accepted ÷ (accepted + rejected); null while none is decided. */
  acceptRate: number | null;
  topRejectionReasons: { code: RejectionReason; label: string; count: number }[];
  medianHoursToAccept: number | null;
}

export interface QualityReport {
  byCampaign: QualityRow[];
  bySource: QualityRow[];
  overall: QualityRow;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function rowOf(key: string, label: string, items: readonly HandoffFacts[]): QualityRow {
  const accepted = items.filter((h) => h.outcome === 'accepted');
  const rejected = items.filter((h) => h.outcome === 'rejected');
  const reasons = new Map<RejectionReason, number>();
  for (const r of rejected) {
    const code = r.reasonCode ?? 'other';
    reasons.set(code, (reasons.get(code) ?? 0) + 1);
  }
  const decided = accepted.length + rejected.length;
  const hours = accepted
    .filter((h) => h.decidedAt !== null)
    .map((h) => Math.round(((Date.parse(h.decidedAt!) - Date.parse(h.at)) / 3_600_000) * 10) / 10);
  return {
    key,
    label,
    handedOff: items.length,
    accepted: accepted.length,
    rejected: rejected.length,
    pending: items.length - decided,
    acceptRate: decided === 0 ? null : accepted.length / decided,
    topRejectionReasons: [...reasons]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([code, count]) => ({ code, label: REJECTION_REASON_LABELS[code], count })),
    medianHoursToAccept: median(hours),
  };
}

function grouped(
  handoffs: readonly HandoffFacts[],
  keyOf: (h: HandoffFacts) => [string, string],
): QualityRow[] {
  const groups = new Map<string, { label: string; items: HandoffFacts[] }>();
  for (const h of handoffs) {
    const [key, label] = keyOf(h);
    const g = groups.get(key) ?? { label, items: [] };
    g.items.push(h);
    groups.set(key, g);
  }
  return [...groups]
    .map(([key, g]) => rowOf(key, g.label, g.items))
    .sort((a, b) => b.handedOff - a.handedOff || a.label.localeCompare(b.label));
}

export function leadQualityReport(handoffs: readonly HandoffFacts[]): QualityReport {
  return {
    byCampaign: grouped(handoffs, (h) =>
      h.campaignId === null
        ? ['none', 'No campaign']
        : [h.campaignId, h.campaignName ?? h.campaignId],
    ),
    bySource: grouped(handoffs, (h) => {
      const channel = h.sourceChannel.trim().toLowerCase();
      return channel === '' ? ['none', 'No channel'] : [channel, channel];
    }),
    overall: rowOf('all', 'All leads', handoffs),
  };
}

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** A time to accept in words: minutes under an hour, hours under two days, days (one decimal) beyond. */
export function hoursText(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) {
    const minutes = Math.round(hours * 60);
    return minutes < 1 ? 'under 1 min' : `${minutes} min`;
  }
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}
