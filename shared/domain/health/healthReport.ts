import type { HandoffTypeHealth, HealthReport, HealthTrendWeek, StatusWait } from '../../model';
import { campaignsOf } from './campaignSet';
import {
  DAY_MS,
  HOUR_MS,
  type HealthEvent,
  type HealthHandoff,
  type HealthInput,
} from './healthInput';
import { lastIsoWeeks } from './isoWeek';
import { PAIN_RULE, painScore } from './painScore';
import { median, percentile } from './percentiles';
import { retrospectiveHealth } from './retrospectiveTiming';
import { reasonsOf, SEND_BACK_KINDS } from './sendBackReasons';
import {
  AFTER_SUBMIT_STATUSES,
  statusPeriods,
  WAITING_STATUSES,
  type StatusPeriod,
} from './statusPeriods';

/** Below this many submitted handoffs the ranking says more about chance than the process. */
export const HEALTH_MIN_SUBMITTED = 3;

/** Said when a caller gives no retrospectives (the figure would read as zero otherwise). */
export const NOT_MEASURED = [
  'Time from Done to retrospective: not measured yet, retrospectives come later.',
];

/** What health knows about one handoff once its log is read. */
interface HandoffFacts {
  handoff: HealthHandoff;
  periods: StatusPeriod[];
  events: HealthEvent[];
  /** When it last entered Done, or null while open. */
  doneAt: number | null;
}

const hours = (ms: number) => Math.round((ms / HOUR_MS) * 100) / 100;

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function factsOf(input: HealthInput): HandoffFacts[] {
  const changes = groupBy(input.statusChanges, (c) => c.handoffId);
  const events = groupBy(input.events, (e) => e.handoffId);
  return input.handoffs.map((handoff) => {
    const own = changes.get(handoff.id) ?? [];
    const done = own.filter((c) => c.status === 'done').map((c) => c.at);
    const last = [...own].sort((a, b) => a.at - b.at).at(-1);
    return {
      handoff,
      periods: statusPeriods(own, input.now),
      events: (events.get(handoff.id) ?? []).slice().sort((a, b) => a.at - b.at),
      doneAt: last?.status === 'done' ? Math.max(...done) : null,
    };
  });
}

function waitsOf(facts: readonly HandoffFacts[]): StatusWait[] {
  const campaignOf = new Map(facts.map((f) => [f.handoff.id, f.handoff.campaignId]));
  const periods = facts.flatMap((f) => f.periods);
  return WAITING_STATUSES.map((status) => {
    const here = periods.filter((p) => p.status === status);
    const durations = here.map((p) => p.to - p.from);
    const p90 = percentile(durations, 0.9);
    const slowest = p90 === null ? [] : here.filter((p) => p.to - p.from >= p90);
    return {
      status,
      periods: here.length,
      stillOpen: here.filter((p) => p.open).length,
      medianHours: nullableHours(median(durations)),
      p90Hours: nullableHours(p90),
      slowest: campaignsOf(slowest.map((p) => campaignOf.get(p.handoffId)!)),
    };
  });
}

const nullableHours = (ms: number | null) => (ms === null ? null : hours(ms));

/** Time from submission to acknowledgement (or now) per submitted handoff. */
function waitAfterSubmit(f: HandoffFacts): number | null {
  const after = f.periods.filter((p) => AFTER_SUBMIT_STATUSES.has(p.status));
  if (after.length === 0) return null;
  return after.reduce((sum, p) => sum + (p.to - p.from), 0);
}

function isOverdue(f: HandoffFacts, now: number): boolean | null {
  if (!f.handoff.dueDate) return null;
  // A due date is a calendar day: the handoff is on time until that day ends (UTC).
  const dueEnd = Date.parse(`${f.handoff.dueDate}T00:00:00.000Z`) + DAY_MS;
  return (f.doneAt ?? now) > dueEnd;
}

function trendOf(facts: readonly HandoffFacts[], now: number, weeks: number): HealthTrendWeek[] {
  return lastIsoWeeks(now, weeks).map((week) => {
    const end = week.start + 7 * DAY_MS;
    const inWeek = (at: number) => at >= week.start && at < end;
    const completed = facts.filter((f) => f.doneAt !== null && inWeek(f.doneAt));
    const waits = facts.flatMap((f) =>
      f.periods
        .filter((p) => !p.open && AFTER_SUBMIT_STATUSES.has(p.status) && inWeek(p.to))
        .map((p) => p.to - p.from),
    );
    const sentBack = facts.flatMap((f) =>
      f.events.filter((e) => SEND_BACK_KINDS.has(e.kind) && inWeek(e.at)).map(() => f),
    );
    return {
      week: week.label,
      start: new Date(week.start).toISOString().slice(0, 10),
      completed: completed.length,
      medianWaitHours: nullableHours(median(waits)),
      sendBacks: sentBack.length,
      campaigns: campaignsOf([...completed, ...sentBack].map((f) => f.handoff.campaignId)),
    };
  });
}

function typeHealth(facts: HandoffFacts[], input: HealthInput): HandoffTypeHealth {
  const first = facts[0]!.handoff;
  const submitted = facts.filter((f) => f.events.some((e) => e.kind === 'submitted'));
  const sentBack = submitted.filter((f) => f.events.some((e) => SEND_BACK_KINDS.has(e.kind)));
  const reasons = new Map<string, { count: number; campaigns: string[] }>();
  for (const f of facts) {
    for (const e of f.events.filter((ev) => SEND_BACK_KINDS.has(ev.kind))) {
      for (const reason of reasonsOf(e)) {
        const r = reasons.get(reason) ?? { count: 0, campaigns: [] };
        r.count += 1;
        r.campaigns.push(f.handoff.campaignId);
        reasons.set(reason, r);
      }
    }
  }
  const topReasons = [...reasons]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([reason, r]) => ({ reason, count: r.count, campaigns: campaignsOf(r.campaigns) }));
  const overrideFacts = facts.flatMap((f) =>
    f.events.filter((e) => e.kind === 'override').map(() => f),
  );
  const dated = facts.filter((f) => isOverdue(f, input.now) !== null);
  const overdue = dated.filter((f) => isOverdue(f, input.now));
  const afterSubmit = submitted.map(waitAfterSubmit).filter((w): w is number => w !== null);
  const p90 = percentile(afterSubmit, 0.9);
  const p90Days = p90 === null ? null : Math.round((p90 / DAY_MS) * 100) / 100;
  const rate = (count: number, of: number) => (of === 0 ? 0 : count / of);
  const campaignIds = (list: readonly HandoffFacts[]) =>
    campaignsOf(list.map((f) => f.handoff.campaignId));
  const sendBack = {
    count: sentBack.length,
    of: submitted.length,
    rate: rate(sentBack.length, submitted.length),
    campaigns: campaignIds(sentBack),
  };
  const overdueRate = {
    count: overdue.length,
    of: dated.length,
    rate: rate(overdue.length, dated.length),
    campaigns: campaignIds(overdue),
  };
  return {
    key: first.typeKey,
    label: first.typeLabel,
    handoffs: facts.length,
    submitted: submitted.length,
    waits: waitsOf(facts),
    p90WaitAfterSubmitDays: p90Days,
    sendBack,
    topReasons,
    overrides: { count: overrideFacts.length, campaigns: campaignIds(overrideFacts) },
    overdue: overdueRate,
    pain: painScore({
      p90WaitDays: p90Days,
      sendBackRate: sendBack.rate,
      overdueRate: overdueRate.rate,
    }),
    trend: trendOf(facts, input.now, input.weeks),
  };
}

/**
 * Handoff health from the change log: per handoff type, waits per status, send-backs and their
 * reasons, overrides, overdue rate, a pain score and a weekly trend — most painful type first.
 */
export function computeHealth(input: HealthInput): Omit<HealthReport, 'campaignNames'> {
  const byType = groupBy(factsOf(input), (f) => f.handoff.typeKey);
  const types = [...byType.values()]
    .map((facts) => typeHealth(facts, input))
    .sort((a, b) => b.pain.score - a.pain.score || a.label.localeCompare(b.label));
  const submitted = types.reduce((sum, t) => sum + t.submitted, 0);
  const today = input.today ?? new Date(input.now).toISOString().slice(0, 10);
  return {
    now: new Date(input.now).toISOString(),
    weeks: input.weeks,
    types,
    enoughHistory: submitted >= HEALTH_MIN_SUBMITTED,
    painRule: PAIN_RULE,
    notMeasured: input.retrospectives ? [] : NOT_MEASURED,
    retrospectives: retrospectiveHealth(input.retrospectives ?? [], today),
  };
}
