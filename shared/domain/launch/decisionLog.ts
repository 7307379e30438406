import type { FieldIssue } from '../../model';
import { businessDaysBetween } from '../backwardPlan';
import { dayInZone } from '../calendarDay';
import { parseInstant } from './instant';
import { isBlank } from './rowIssue';

/**
 * One entry of a campaign's decision log: "we agreed on a call that…", written by one person
 * and confirmed in the app by the other party of that call.
 */
export interface DecisionEntry {
  text: string;
  byId: string;
  /** When it was written, an ISO date-time. */
  at: string;
  otherPartyId: string;
  confirmedById?: string | null;
  confirmedAt?: string | null;
}

/** Unconfirmed for more than this many working days, an entry is flagged. */
export const CONFIRM_WITHIN_BUSINESS_DAYS = 2;

type NameOf = (personId: string) => string;
const ownId: NameOf = (id) => id;

/** What a new entry needs: the decision, the other party (not the author), a time. */
export function validateDecisionEntry(entry: Partial<DecisionEntry>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (isBlank(entry.text)) issues.push({ field: 'text', problem: 'is required: what was agreed?' });
  if (isBlank(entry.byId)) issues.push({ field: 'byId', problem: 'is required: who wrote it?' });
  if (isBlank(entry.otherPartyId)) {
    issues.push({ field: 'otherPartyId', problem: 'is required: who confirms it?' });
  } else if (entry.otherPartyId === entry.byId) {
    issues.push({
      field: 'otherPartyId',
      problem: 'must be someone other than the author: nobody confirms their own entry',
    });
  }
  if (isBlank(entry.at) || parseInstant(entry.at!) === null) {
    issues.push({ field: 'at', problem: 'must be an ISO date-time' });
  }
  return issues;
}

export function isConfirmed(entry: DecisionEntry): boolean {
  return !isBlank(entry.confirmedById) && !isBlank(entry.confirmedAt);
}

export type CanConfirm = { ok: true } | { ok: false; message: string };

/** Only the other party can confirm an entry, once; the author never confirms their own. */
export function canConfirmDecision(
  entry: DecisionEntry,
  personId: string,
  nameOf: NameOf = ownId,
): CanConfirm {
  if (isConfirmed(entry)) {
    return {
      ok: false,
      message: `Already confirmed by ${nameOf(entry.confirmedById!)} on ${entry.confirmedAt}`,
    };
  }
  const other = nameOf(entry.otherPartyId);
  if (personId === entry.byId) {
    return {
      ok: false,
      message: `You wrote this entry, so you cannot confirm it: only ${other} can`,
    };
  }
  if (personId !== entry.otherPartyId) {
    return {
      ok: false,
      message: `Only ${other}, the other party of this decision, can confirm it`,
    };
  }
  return { ok: true };
}

export type ConfirmResult = { ok: true; entry: DecisionEntry } | { ok: false; message: string };

/** The entry as confirmed by `personId` at `at`, or why they cannot confirm it. */
export function confirmDecision(
  entry: DecisionEntry,
  personId: string,
  at: string,
  nameOf: NameOf = ownId,
): ConfirmResult {
  const can = canConfirmDecision(entry, personId, nameOf);
  if (!can.ok) return can;
  if (parseInstant(at) === null) {
    return { ok: false, message: `confirmedAt must be an ISO date-time, not "${at}"` };
  }
  return { ok: true, entry: { ...entry, confirmedById: personId, confirmedAt: at } };
}

export type DecisionStatus =
  | { state: 'confirmed'; message: string }
  | { state: 'awaiting' | 'overdue'; businessDays: number; waitingOn: string; message: string };

/**
 * Whether an entry waits too long for its confirmation. Age is counted in whole working days
 * (Monday–Friday) of the workspace's home time zone, the way people count "two days": an entry
 * written on Monday is flagged from Thursday, one written on Friday or over the weekend from
 * the Wednesday after. `now` is an input, never the clock.
 */
export function decisionStatus(
  entry: DecisionEntry,
  now: string,
  timeZone: string,
  nameOf: NameOf = ownId,
): DecisionStatus {
  if (isConfirmed(entry)) {
    return {
      state: 'confirmed',
      message: `Confirmed by ${nameOf(entry.confirmedById!)} on ${entry.confirmedAt}`,
    };
  }
  const nowMs = parseInstant(now);
  if (nowMs === null) throw new RangeError(`now must be an ISO date-time, not "${now}"`);
  const writtenMs = parseInstant(entry.at);
  if (writtenMs === null) throw new RangeError(`at must be an ISO date-time, not "${entry.at}"`);
  const days = Math.max(
    0,
    businessDaysBetween(dayInZone(writtenMs, timeZone), dayInZone(nowMs, timeZone)),
  );
  const other = nameOf(entry.otherPartyId);
  const overdue = days > CONFIRM_WITHIN_BUSINESS_DAYS;
  const age = `${days} business day${days === 1 ? '' : 's'}`;
  return {
    state: overdue ? 'overdue' : 'awaiting',
    businessDays: days,
    waitingOn: entry.otherPartyId,
    message: overdue
      ? `Unconfirmed for ${age} (more than ${CONFIRM_WITHIN_BUSINESS_DAYS}): waiting on ${other}`
      : `Waiting on ${other} to confirm (${age} so far)`,
  };
}

export interface OverdueDecision {
  /** 0-based index in the log as given. */
  row: number;
  businessDays: number;
  waitingOn: string;
  message: string;
}

/** The log's unconfirmed entries older than two business days, in log order. */
export function overdueDecisions(
  entries: readonly DecisionEntry[],
  now: string,
  timeZone: string,
  nameOf: NameOf = ownId,
): OverdueDecision[] {
  return entries.flatMap((entry, row) => {
    const status = decisionStatus(entry, now, timeZone, nameOf);
    if (status.state !== 'overdue') return [];
    return [
      {
        row,
        businessDays: status.businessDays,
        waitingOn: status.waitingOn,
        message: `“${entry.text.trim()}”: ${status.message}`,
      },
    ];
  });
}
