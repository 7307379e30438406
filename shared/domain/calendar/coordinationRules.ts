import { localParts, shortWhen } from './timeZones';

/** What the rules need to know about a calendar item. */
export interface CalendarItemFacts {
  id: string;
  title: string;
  channel: string;
  /** UTC ISO instant */
  at: string;
  campaignId: string | null;
  /** The campaign's client, when the item belongs to a campaign. */
  clientId: string | null;
  audienceSegment: string;
  sourceItemId: string | null;
}

/**
 * The workspace's coordination rules as data, so they can be edited later without code:
 * - `teaserBeforeEmail`: a social teaser goes out at least `minDays` × 24 h before its email.
 *   A teaser of an email is a social item linked to it (its `sourceItemId` is the email, or the
 *   email's `sourceItemId` is it), or a social item of the same campaign with "teaser" in its
 *   title (any case).
 * - `segmentOncePerDay`: no two items of different channels reach the same audience segment
 *   (compared trimmed, any case; an empty segment reaches no one in particular) on the same
 *   local day of the workspace's home time zone.
 * - `clientEmailSocialGap`: an email and a social post of different campaigns for the same
 *   client are at least `minHours` apart (exactly `minHours` is fine).
 */
export type CoordinationRule =
  | { id: string; kind: 'teaserBeforeEmail'; name: string; minDays: number }
  | { id: string; kind: 'segmentOncePerDay'; name: string }
  | { id: string; kind: 'clientEmailSocialGap'; name: string; minHours: number };

export const DEFAULT_COORDINATION_RULES: readonly CoordinationRule[] = [
  { id: 'teaser-before-email', kind: 'teaserBeforeEmail', name: 'Teaser before email', minDays: 1 },
  { id: 'segment-once-per-day', kind: 'segmentOncePerDay', name: 'One send per segment per day' },
  {
    id: 'client-email-social-gap',
    kind: 'clientEmailSocialGap',
    name: 'Email and social apart for a client',
    minHours: 2,
  },
];

export interface CoordinationWarning {
  ruleId: string;
  ruleName: string;
  /** The items involved, the one the rule is about first. */
  itemIds: string[];
  message: string;
}

const HOUR = 3_600_000;

function isEmail(i: CalendarItemFacts): boolean {
  return i.channel === 'email';
}
function isSocial(i: CalendarItemFacts): boolean {
  return i.channel === 'social';
}

function named(i: CalendarItemFacts, zone: string): string {
  return `'${i.title}' (${shortWhen(i.at, zone)})`;
}

function teaserWarnings(
  rule: Extract<CoordinationRule, { kind: 'teaserBeforeEmail' }>,
  items: readonly CalendarItemFacts[],
  zone: string,
): CoordinationWarning[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const emailsByCampaign = new Map<string, CalendarItemFacts[]>();
  for (const e of items.filter(isEmail)) {
    if (e.campaignId === null) continue;
    const list = emailsByCampaign.get(e.campaignId) ?? [];
    list.push(e);
    emailsByCampaign.set(e.campaignId, list);
  }
  const pairs = new Map<string, [CalendarItemFacts, CalendarItemFacts]>();
  const pair = (teaser: CalendarItemFacts, email: CalendarItemFacts): void => {
    pairs.set(`${teaser.id}|${email.id}`, [teaser, email]);
  };
  for (const t of items.filter(isSocial)) {
    const linked = t.sourceItemId === null ? undefined : byId.get(t.sourceItemId);
    if (linked && isEmail(linked)) pair(t, linked);
    if (t.campaignId !== null && /teaser/i.test(t.title)) {
      for (const e of emailsByCampaign.get(t.campaignId) ?? []) pair(t, e);
    }
  }
  for (const e of items.filter(isEmail)) {
    const linked = e.sourceItemId === null ? undefined : byId.get(e.sourceItemId);
    if (linked && isSocial(linked)) pair(linked, e);
  }
  const out: CoordinationWarning[] = [];
  const need = rule.minDays * 24 * HOUR;
  for (const [teaser, email] of pairs.values()) {
    const lead = Date.parse(email.at) - Date.parse(teaser.at);
    if (lead >= need) continue;
    const how =
      lead <= 0
        ? 'is after'
        : `is less than ${rule.minDays} day${rule.minDays === 1 ? '' : 's'} before`;
    out.push({
      ruleId: rule.id,
      ruleName: rule.name,
      itemIds: [teaser.id, email.id],
      message: `${rule.name}: ${named(teaser, zone)} ${how} ${named(email, zone)}`,
    });
  }
  return out;
}

function segmentWarnings(
  rule: Extract<CoordinationRule, { kind: 'segmentOncePerDay' }>,
  items: readonly CalendarItemFacts[],
  zone: string,
): CoordinationWarning[] {
  const groups = new Map<string, CalendarItemFacts[]>();
  for (const i of items) {
    const segment = i.audienceSegment.trim().toLowerCase();
    if (segment === '') continue;
    const key = `${segment}|${localParts(i.at, zone).date}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  }
  const out: CoordinationWarning[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a] as CalendarItemFacts;
        const y = list[b] as CalendarItemFacts;
        if (x.channel === y.channel) continue;
        out.push({
          ruleId: rule.id,
          ruleName: rule.name,
          itemIds: [y.id, x.id],
          message: `${rule.name}: ${named(x, zone)} (${x.channel}) and ${named(y, zone)} (${y.channel}) both reach '${x.audienceSegment.trim()}' on ${localParts(x.at, zone).date}`,
        });
      }
    }
  }
  return out;
}

function clientGapWarnings(
  rule: Extract<CoordinationRule, { kind: 'clientEmailSocialGap' }>,
  items: readonly CalendarItemFacts[],
  zone: string,
): CoordinationWarning[] {
  const byClient = new Map<string, CalendarItemFacts[]>();
  for (const i of items) {
    if (i.clientId === null || i.campaignId === null || !(isEmail(i) || isSocial(i))) continue;
    const list = byClient.get(i.clientId) ?? [];
    list.push(i);
    byClient.set(i.clientId, list);
  }
  const out: CoordinationWarning[] = [];
  const gap = rule.minHours * HOUR;
  for (const list of byClient.values()) {
    list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    // Sorted by time: only neighbours inside the window can clash, so this stays linear-ish.
    for (let a = 0; a < list.length; a++) {
      const x = list[a] as CalendarItemFacts;
      for (let b = a + 1; b < list.length; b++) {
        const y = list[b] as CalendarItemFacts;
        if (Date.parse(y.at) - Date.parse(x.at) >= gap) break;
        if (x.channel === y.channel || x.campaignId === y.campaignId) continue;
        out.push({
          ruleId: rule.id,
          ruleName: rule.name,
          itemIds: [y.id, x.id],
          message: `${rule.name}: ${named(x, zone)} (${x.channel}) and ${named(y, zone)} (${y.channel}) are different campaigns of the same client less than ${rule.minHours} h apart`,
        });
      }
    }
  }
  return out;
}

/** Every warning the rules raise on these items; times named in the workspace's zone. */
export function coordinationWarnings(
  items: readonly CalendarItemFacts[],
  rules: readonly CoordinationRule[],
  homeTimeZone: string,
): CoordinationWarning[] {
  return rules.flatMap((rule) => {
    switch (rule.kind) {
      case 'teaserBeforeEmail':
        return teaserWarnings(rule, items, homeTimeZone);
      case 'segmentOncePerDay':
        return segmentWarnings(rule, items, homeTimeZone);
      case 'clientEmailSocialGap':
        return clientGapWarnings(rule, items, homeTimeZone);
    }
  });
}

/** The warnings that name an item, for showing on it. */
export function warningsByItem(
  warnings: readonly CoordinationWarning[],
): Map<string, CoordinationWarning[]> {
  const map = new Map<string, CoordinationWarning[]>();
  for (const w of warnings) {
    for (const id of w.itemIds) {
      const list = map.get(id) ?? [];
      list.push(w);
      map.set(id, list);
    }
  }
  return map;
}
