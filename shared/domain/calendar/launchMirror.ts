import type { CalendarChannel } from '../../model';
import { parseInstant } from '../launch/instant';

// The calendar keeps one item per row of a Production → Launch package's launch sequence.
// Rows have no ids, so an item remembers its row by a key: the row's channel and what,
// normalised (trimmed, lower-case, inner spaces collapsed) — what a person would call "the same
// row". Reordering rows or changing their time or owner keeps the key, so the item is updated.
// A renamed row (new what or channel) has a new key; when exactly one item lost its row and
// that item stands at the renamed row's time, the rename is recognised and the item is kept
// (and re-keyed); otherwise the old item is removed (soft delete) and a new one created.

/** One launch-sequence row as the package table holds it (column keys what/channel/when/owner). */
export interface LaunchRow {
  what?: string | undefined;
  channel?: string | undefined;
  when?: string | undefined;
  owner?: string | undefined;
}

/** A live calendar item that mirrors a row of the same handoff. */
export interface MirroredItem {
  id: string;
  launchRowKey: string;
  title: string;
  channel: string;
  /** UTC ISO instant */
  at: string;
  ownerId: string | null;
}

/** What the calendar item of a row should say. */
export interface MirrorTarget {
  /** 0-based row index in the table. */
  row: number;
  key: string;
  title: string;
  channel: CalendarChannel;
  /** UTC ISO instant */
  at: string;
  ownerId: string | null;
}

export interface MirrorUpdate {
  itemId: string;
  target: MirrorTarget;
  /** Which of title, channel, at, ownerId, launchRowKey differ, in that order. */
  changed: string[];
}

export interface LaunchMirrorPlan {
  create: MirrorTarget[];
  update: MirrorUpdate[];
  /** Items whose row is gone: removed (soft delete) so an undo can bring them back. */
  remove: { itemId: string; title: string }[];
  /** Rows left off the calendar and why (0-based row). */
  skipped: { row: number; problem: string }[];
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The key of a row: its channel and what, normalised; blank parts stay empty. */
export function launchRowKey(row: Pick<LaunchRow, 'what' | 'channel'>): string {
  return `${normalise(row.channel ?? '')}|${normalise(row.what ?? '')}`;
}

// Paid first: "Paid social" and "Facebook ads" are bought reach, not organic posts.
const CHANNEL_WORDS: readonly [CalendarChannel, RegExp][] = [
  ['paid', /\b(paid|ads?|ppc|sem|cpc|display|sponsored|adwords|boost(ed)?)\b/],
  ['email', /\b(e-?mail|newsletter|mailing|mailchimp|klaviyo|edm)\b/],
  [
    'social',
    /\b(social|instagram|insta|facebook|fb|linkedin|twitter|x|tiktok|youtube|pinterest|threads|post|stories|reel)\b/,
  ],
  ['blog', /\b(blog|article|website|web|landing page|cms|site|press release)\b/],
  ['event', /\b(event|webinar|livestream|live stream|conference|meetup|launch party|workshop)\b/],
];

/** The calendar channel a launch row's channel words name; `other` when none fits. */
export function calendarChannelOf(launchChannel: string): CalendarChannel {
  const words = normalise(launchChannel);
  for (const [channel, pattern] of CHANNEL_WORDS) if (pattern.test(words)) return channel;
  return 'other';
}

function targetOf(
  row: LaunchRow,
  index: number,
  key: string,
  people: ReadonlySet<string>,
): MirrorTarget | string {
  const what = (row.what ?? '').trim();
  if (what === '') return 'what is empty';
  const when = (row.when ?? '').trim();
  if (when === '') return 'when is empty';
  const ms = parseInstant(when);
  if (ms === null) return `when must be a date and time like 2026-03-14T09:00:00Z, not "${when}"`;
  const owner = (row.owner ?? '').trim();
  return {
    row: index,
    key,
    title: what,
    channel: calendarChannelOf(row.channel ?? ''),
    at: new Date(ms).toISOString(),
    ownerId: people.has(owner) ? owner : null,
  };
}

function changes(item: MirroredItem, target: MirrorTarget): string[] {
  const out: string[] = [];
  if (item.title !== target.title) out.push('title');
  if (item.channel !== target.channel) out.push('channel');
  if (Date.parse(item.at) !== Date.parse(target.at)) out.push('at');
  if (item.ownerId !== target.ownerId) out.push('ownerId');
  if (item.launchRowKey !== target.key) out.push('launchRowKey');
  return out;
}

/**
 * The writes that bring a handoff's mirrored items in step with its launch-sequence rows.
 * `people` are the person ids an owner cell may name (anything else leaves the item unowned).
 * A second row with the same key as an earlier one is skipped: one item per key. A row without
 * a usable time is skipped and its item, if it has one, left as it was.
 */
export function planLaunchMirror(
  rows: readonly LaunchRow[],
  items: readonly MirroredItem[],
  people: ReadonlySet<string>,
): LaunchMirrorPlan {
  const skipped: LaunchMirrorPlan['skipped'] = [];
  const targets: MirrorTarget[] = [];
  const keyRow = new Map<string, number>();
  // An item whose row is being edited (no valid time yet) stays as it was, not removed.
  const held = new Set<string>();
  rows.forEach((row, index) => {
    const key = launchRowKey(row);
    const first = keyRow.get(key);
    if (first !== undefined) {
      skipped.push({
        row: index,
        problem: `has the same channel and what as row ${first + 1}; the calendar shows that one`,
      });
      return;
    }
    const target = targetOf(row, index, key, people);
    if (typeof target === 'string') {
      held.add(key);
      skipped.push({ row: index, problem: target });
      return;
    }
    keyRow.set(key, index);
    targets.push(target);
  });

  const byKey = new Map(items.map((i) => [i.launchRowKey, i]));
  const matched = new Map<string, MirrorTarget>();
  const unmatchedTargets: MirrorTarget[] = [];
  for (const t of targets) {
    const item = byKey.get(t.key);
    if (item && !matched.has(item.id)) matched.set(item.id, t);
    else unmatchedTargets.push(t);
  }
  const orphans = items.filter((i) => !matched.has(i.id) && !held.has(i.launchRowKey));
  const create: MirrorTarget[] = [];
  for (const t of unmatchedTargets) {
    const sameTime = orphans.filter((o) => Date.parse(o.at) === Date.parse(t.at));
    const renamedFrom = sameTime.length === 1 ? sameTime[0] : undefined;
    if (renamedFrom && !matched.has(renamedFrom.id)) matched.set(renamedFrom.id, t);
    else create.push(t);
  }
  const update: MirrorUpdate[] = [];
  const remove: LaunchMirrorPlan['remove'] = [];
  for (const item of items) {
    const t = matched.get(item.id);
    if (!t && held.has(item.launchRowKey)) continue;
    if (!t) {
      remove.push({ itemId: item.id, title: item.title });
      continue;
    }
    const changed = changes(item, t);
    if (changed.length > 0) update.push({ itemId: item.id, target: t, changed });
  }
  return { create, update, remove, skipped };
}

/** The `when` a moved item writes back into its row: the UTC instant, to the second. */
export function launchWhenOf(at: string): string {
  return new Date(Date.parse(at)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The table with the row of `key` set to `when`; null when no row has that key (the row was
 * renamed or removed since, so there is nothing to write back).
 */
export function withRowWhen(
  rows: readonly LaunchRow[],
  key: string,
  when: string,
): LaunchRow[] | null {
  const index = rows.findIndex((r) => launchRowKey(r) === key);
  if (index < 0) return null;
  return rows.map((r, i) => (i === index ? { ...r, when } : r));
}
