import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Name } from './common';

// The cross-channel calendar (system 4): every send and post across campaigns and channels.
// The rules (time zones, coordination warnings, iCal/CSV) live in shared/domain/calendar;
// these are the stored and wire shapes.

export const CALENDAR_CHANNELS = ['email', 'social', 'paid', 'blog', 'event', 'other'] as const;
export const CalendarChannel = z.enum(CALENDAR_CHANNELS, {
  message: `must be one of ${CALENDAR_CHANNELS.join(', ')}`,
});
export type CalendarChannel = z.infer<typeof CalendarChannel>;

export const CALENDAR_STATUSES = ['idea', 'planned', 'ready', 'sent'] as const;
export const CalendarStatus = z.enum(CALENDAR_STATUSES, {
  message: `must be one of ${CALENDAR_STATUSES.join(', ')}`,
});
export type CalendarStatus = z.infer<typeof CalendarStatus>;

/** HH:MM on a 24-hour clock. */
export const LocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time like 09:30' });

/** An IANA zone name Intl knows (Europe/Berlin). */
export const TimeZoneName = z
  .string()
  .trim()
  .min(1, { message: 'is required: an IANA time zone like Europe/Berlin' })
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not a time zone Baton knows (use an IANA name like Europe/Berlin)' },
  );

const Segment = z.string().trim().max(200, { message: 'must be at most 200 characters' });
const Notes = z.string().trim().max(5_000, { message: 'must be at most 5,000 characters' });

/** A calendar item as stored (one row of `calendar_items`). */
export const CalendarItem = z.object({
  id: Id,
  campaignId: Id.nullable(),
  channel: CalendarChannel,
  title: z.string(),
  at: IsoDateTime,
  timeZone: z.string(),
  audienceSegment: z.string(),
  ownerId: Id.nullable(),
  status: CalendarStatus,
  notes: z.string(),
  sourceItemId: Id.nullable(),
  adaptationNote: z.string(),
  /** Set when the item mirrors a row of a Production → Launch package's launch sequence. */
  launchHandoffId: z.string().nullable().optional(),
  /** That row's key (its channel and what, normalised; see shared/domain/calendar/launchMirror). */
  launchRowKey: z.string().nullable().optional(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type CalendarItem = z.infer<typeof CalendarItem>;

/**
 * A new item, planned as a local date and time in a zone (the workspace's home zone when left
 * out); the backend turns it into the instant and says so when daylight saving moved it.
 */
export const NewCalendarItem = z.object({
  campaignId: Id.nullable().default(null),
  channel: CalendarChannel,
  title: Name,
  date: IsoDate,
  time: LocalTime,
  timeZone: TimeZoneName.optional(),
  audienceSegment: Segment.default(''),
  ownerId: Id.nullable().default(null),
  status: CalendarStatus.default('planned'),
  notes: Notes.default(''),
  sourceItemId: Id.nullable().default(null),
  adaptationNote: Notes.default(''),
});
export type NewCalendarItem = z.infer<typeof NewCalendarItem>;
export type NewCalendarItemInput = z.input<typeof NewCalendarItem>;

/** Editable fields; a field left out stays; date and time move it (both in its zone). */
export const UpdateCalendarItem = z.object({
  id: Id,
  campaignId: Id.nullable().optional(),
  channel: CalendarChannel.optional(),
  title: Name.optional(),
  date: IsoDate.optional(),
  time: LocalTime.optional(),
  timeZone: TimeZoneName.optional(),
  audienceSegment: Segment.optional(),
  ownerId: Id.nullable().optional(),
  status: CalendarStatus.optional(),
  notes: Notes.optional(),
  adaptationNote: Notes.optional(),
});
export type UpdateCalendarItem = z.infer<typeof UpdateCalendarItem>;

/** To another day (drag, or Alt+←/→), keeping its local time in the zone it was planned in. */
export const MoveCalendarItem = z.object({ id: Id, date: IsoDate });
export type MoveCalendarItem = z.infer<typeof MoveCalendarItem>;

export const RemoveCalendarItem = z.object({ id: Id });
export type RemoveCalendarItem = z.infer<typeof RemoveCalendarItem>;

/** A linked item for another channel, prefilled from the source. */
export const RepurposeCalendarItem = z.object({ sourceId: Id, channel: CalendarChannel });
export type RepurposeCalendarItem = z.infer<typeof RepurposeCalendarItem>;

/** Which items: a range of local days in the home zone (both included) and optional filters. */
export const CalendarQuery = z
  .object({
    from: IsoDate,
    to: IsoDate,
    clientId: Id.optional(),
    channel: CalendarChannel.optional(),
    campaignId: Id.optional(),
    ownerId: Id.optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be before from', path: ['to'] });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export const CalendarWarning = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  itemIds: z.array(z.string()),
  message: z.string(),
});
export type CalendarWarning = z.infer<typeof CalendarWarning>;

/** An item as the calendar shows it: local date/time in the home zone, names and warnings. */
export const CalendarItemView = CalendarItem.extend({
  localDate: IsoDate,
  localTime: z.string(),
  campaignName: z.string().nullable(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** Items adapted from this one (the link back of `sourceItemId`). */
  adaptationIds: z.array(z.string()),
  warnings: z.array(CalendarWarning),
});
export type CalendarItemView = z.infer<typeof CalendarItemView>;

export const CalendarView = z.object({
  homeTimeZone: z.string(),
  items: z.array(CalendarItemView),
  /** Every warning among the items listed, for the side list. */
  warnings: z.array(CalendarWarning),
});
export type CalendarView = z.infer<typeof CalendarView>;

/** What a write did, with the DST adjustment in words when there was one. */
export const CalendarWriteResult = z.object({
  item: CalendarItem,
  adjustment: z.string().nullable(),
});
export type CalendarWriteResult = z.infer<typeof CalendarWriteResult>;

export const CalendarExport = z.object({ fileName: z.string(), text: z.string() });
export type CalendarExport = z.infer<typeof CalendarExport>;

/**
 * One coordination rule as the settings edit it: kind-specific thresholds are optional on the
 * wire so a wrong kind or a missing threshold is reported by the domain check naming the rule.
 */
export const CoordinationRuleSetting = z.object({
  id: z.string().max(200, { message: 'must be at most 200 characters' }),
  kind: z.string().max(200, { message: 'must be at most 200 characters' }),
  name: z.string().max(200, { message: 'must be at most 200 characters' }),
  enabled: z.boolean().default(true),
  minDays: z.number().optional(),
  minHours: z.number().optional(),
});
export type CoordinationRuleSetting = z.infer<typeof CoordinationRuleSetting>;
export type CoordinationRuleSettingInput = z.input<typeof CoordinationRuleSetting>;

/** The workspace's rules; null puts the built-in ones back. */
export const SetCoordinationRules = z.object({
  rules: z
    .array(CoordinationRuleSetting)
    .max(50, { message: 'must be at most 50 rules' })
    .nullable(),
});
export type SetCoordinationRules = z.infer<typeof SetCoordinationRules>;

export const CoordinationRulesView = z.object({
  rules: z.array(CoordinationRuleSetting),
  /** True while the workspace uses the built-in rules. */
  isDefault: z.boolean(),
});
export type CoordinationRulesView = z.infer<typeof CoordinationRulesView>;

export const SyncLaunchCalendar = z.object({ campaignId: Id });
export type SyncLaunchCalendar = z.infer<typeof SyncLaunchCalendar>;

/** What bringing the calendar in step with a campaign's launch sequences did. */
export const LaunchMirrorResult = z.object({
  created: z.number(),
  updated: z.number(),
  removed: z.number(),
  /** Rows left off the calendar, each with the handoff, its row number (1-based) and why. */
  skipped: z.array(z.object({ handoffId: z.string(), row: z.number(), problem: z.string() })),
});
export type LaunchMirrorResult = z.infer<typeof LaunchMirrorResult>;
