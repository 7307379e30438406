import type { CampaignType, RetrospectiveHealth, RetrospectiveTimingGroup } from '../../model';
import { CAMPAIGN_TYPE_LABELS } from '../../model/labels';
import { addCalendarDays, RETROSPECTIVE_WITHIN_DAYS } from '../retrospective/retrospectiveDue';
import { campaignsOf } from './campaignSet';
import { median, percentile } from './percentiles';

/** One retrospective as health sees it: its campaign's type and its stored days. */
export interface HealthRetrospective {
  campaignId: string;
  campaignType: CampaignType;
  /** Due a week after the day the campaign reached Done (home time zone), as stored. */
  dueDay: string;
  heldOn: string | null;
  status: 'scheduled' | 'done';
}

export const RETROSPECTIVE_RULE =
  `Calendar days from the day a campaign reached Done to the day ` +
  `its retrospective was held, per campaign type (a retrospective follows a whole campaign, not ` +
  `one handoff). It is due within ${RETROSPECTIVE_WITHIN_DAYS} days; overdue ones are not held yet ` +
  `and past their week.`;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day the campaign reached Done: its retrospective was scheduled a week after it. */
export function doneDayOf(r: Pick<HealthRetrospective, 'dueDay'>): string {
  return addCalendarDays(r.dueDay, -RETROSPECTIVE_WITHIN_DAYS);
}

function group(
  key: string,
  label: string,
  retros: readonly HealthRetrospective[],
  today: string,
): RetrospectiveTimingGroup {
  const held = retros.filter((r) => r.status === 'done' && r.heldOn !== null);
  // A retrospective held "before" Done (a date typed by hand) counts as held on the day.
  const days = held.map((r) => Math.max(0, daysBetween(doneDayOf(r), r.heldOn!)));
  const waiting = retros.filter((r) => r.status !== 'done');
  const overdue = waiting.filter((r) => today > r.dueDay);
  return {
    key,
    label,
    held: held.length,
    medianDays: median(days),
    p90Days: percentile(days, 0.9),
    heldLate: held.filter((r) => r.heldOn! > r.dueDay).length,
    waiting: waiting.length,
    overdue: { count: overdue.length, campaigns: campaignsOf(overdue.map((r) => r.campaignId)) },
  };
}

/**
 * Time from Done to retrospective (median and p90 of the held ones) and the retrospectives
 * overdue, for the whole workspace and per campaign type, as of `today` (home time zone).
 */
export function retrospectiveHealth(
  retros: readonly HealthRetrospective[],
  today: string,
): RetrospectiveHealth {
  const types = [...new Set(retros.map((r) => r.campaignType))];
  const byCampaignType = types
    .map((t) =>
      group(
        t,
        CAMPAIGN_TYPE_LABELS[t],
        retros.filter((r) => r.campaignType === t),
        today,
      ),
    )
    .sort(
      (a, b) =>
        (b.p90Days ?? -1) - (a.p90Days ?? -1) ||
        b.overdue.count - a.overdue.count ||
        a.label.localeCompare(b.label),
    );
  return {
    rule: RETROSPECTIVE_RULE,
    all: group('all', 'All campaign types', retros, today),
    byCampaignType,
  };
}
