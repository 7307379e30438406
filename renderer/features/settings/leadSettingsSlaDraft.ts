import { isKnownTimeZone } from '../../../shared/domain/calendar/timeZones';
import type { LeadSla } from '../../../shared/model';
import { readDecimal, type DraftProblem } from './leadSettingsProblems';

// The timing SLA as the Settings form edits it. Business hours keep their last values while
// switched off, so switching them back on does not lose what was typed.

export interface SlaDraft {
  handOffWithinHours: string;
  acceptWithinHours: string;
  /** Off: the clocks count all hours. */
  businessHoursOn: boolean;
  start: string;
  end: string;
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
  timeZone: string;
}

export type SlaRead = { ok: true; sla: LeadSla } | { ok: false; problems: DraftProblem[] };

const HOURS_MAX = 10_000;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const SLA_FIELD_NAMES: Record<string, string> = {
  handOffWithinHours: 'Hand off within',
  acceptWithinHours: 'Accept within',
  businessHours: 'Business hours',
  'businessHours.start': 'Business hours start',
  'businessHours.end': 'Business hours end',
  'businessHours.days': 'Working days',
  'businessHours.timeZone': 'Time zone',
};

/** A path of the SLA setting in words: `businessHours.days.0` → "Working days". */
export function slaFieldName(field: string): string {
  const known = Object.keys(SLA_FIELD_NAMES)
    .filter((k) => field === k || field.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  return known ? SLA_FIELD_NAMES[known]! : field;
}

/** `fallbackZone` (the workspace's home time zone) fills in business hours not yet set. */
export function toSlaDraft(sla: LeadSla, fallbackZone: string): SlaDraft {
  const hours = sla.businessHours;
  return {
    handOffWithinHours: String(sla.handOffWithinHours),
    acceptWithinHours: String(sla.acceptWithinHours),
    businessHoursOn: hours !== null,
    start: hours?.start ?? '09:00',
    end: hours?.end ?? '17:00',
    days: hours ? [...hours.days].sort((a, b) => a - b) : [1, 2, 3, 4, 5],
    timeZone: hours?.timeZone ?? fallbackZone,
  };
}

function readHours(text: string): number | string {
  const t = text.trim();
  if (t === '') return 'is required: a number of hours';
  const n = readDecimal(t);
  if (n === null) return `“${t}” is not a number of hours`;
  if (n <= 0) return 'must be more than 0 hours';
  if (n > HOURS_MAX) return `must be at most ${HOURS_MAX.toLocaleString('en')} hours`;
  return n;
}

/** The draft as LeadSla, or every problem in it named by its field. */
export function readSlaDraft(draft: SlaDraft): SlaRead {
  const problems: DraftProblem[] = [];
  const problem = (field: string, what: string) =>
    problems.push({ field, message: `${slaFieldName(field)}: ${what}` });

  const handOff = readHours(draft.handOffWithinHours);
  if (typeof handOff === 'string') problem('handOffWithinHours', handOff);
  const accept = readHours(draft.acceptWithinHours);
  if (typeof accept === 'string') problem('acceptWithinHours', accept);

  const start = draft.start.trim();
  const end = draft.end.trim();
  const timeZone = draft.timeZone.trim();
  if (draft.businessHoursOn) {
    if (!HH_MM.test(start)) problem('businessHours.start', 'must be a time like 09:30');
    if (!HH_MM.test(end)) problem('businessHours.end', 'must be a time like 17:30');
    else if (HH_MM.test(start) && start >= end) {
      problem('businessHours.end', `must be after the start (${start})`);
    }
    if (draft.days.length === 0) problem('businessHours.days', 'tick at least one day');
    if (timeZone === '') problem('businessHours.timeZone', 'is required, like Europe/Berlin');
    else if (!isKnownTimeZone(timeZone)) {
      problem(
        'businessHours.timeZone',
        `“${timeZone}” is not a time zone (use a name like Europe/Berlin)`,
      );
    }
  }

  if (problems.length > 0 || typeof handOff === 'string' || typeof accept === 'string') {
    return { ok: false, problems };
  }
  return {
    ok: true,
    sla: {
      handOffWithinHours: handOff,
      acceptWithinHours: accept,
      businessHours: draft.businessHoursOn
        ? { start, end, days: [...draft.days].sort((a, b) => a - b), timeZone }
        : null,
    },
  };
}
