import { and, isNotNull, isNull } from 'drizzle-orm';
import { addDays } from '../../../shared/domain';
import { localParts } from '../../../shared/domain/calendar';
import {
  NewCalendarItem,
  UpdateCalendarItem,
  type CalendarChannel,
  type CalendarStatus,
} from '../../../shared/model';
import * as schema from '../../db/schema';
import type { BackendContext } from '../context';
import { createCalendarItem, updateCalendarItem } from './calendarService';
import { WINTER_EMAIL_ROW } from './demoLaunch';
import { DAY_MS, HOUR_MS, type TimedStep } from './demoTimeline';

// System 4 in the sample agency: this month's and next month's sends and posts across the
// campaigns, social adaptations linked to their emails a day or two ahead (teasers), and one
// slip the coordination rules catch: the Winter Riding Tips teaser reel planned after its email.
// The launch sequences of the live and launching campaigns are on the calendar too (demoLaunch):
// the planner marks their items sent or ready like the rest, and the Winter email is one of them.

interface DemoItem {
  key: string;
  campaign: string;
  channel: CalendarChannel;
  title: string;
  /** Days from today (home zone) and local time. */
  day: number;
  time: string;
  segment: string;
  owner: 'Producer' | 'Designer' | 'Analyst' | 'Strategist';
  /** The email this item was adapted from. */
  from?: string;
  note?: string;
  /** The item is its campaign's launch-sequence row of this title: completed, not created. */
  launchRow?: true;
}

const ITEMS: DemoItem[] = [
  // Past weeks: sent.
  {
    key: 'renewal-1',
    campaign: 'Renewal Reminders',
    channel: 'email',
    title: 'Renewal reminder: policies due next month',
    day: -7,
    time: '09:00',
    segment: 'Renewals due in 30 days',
    owner: 'Producer',
  },
  {
    key: 'renewal-sms',
    campaign: 'Renewal Reminders',
    channel: 'other',
    title: 'Renewal SMS, three days before',
    day: -5,
    time: '11:30',
    segment: 'Renewals due in 3 days',
    owner: 'Producer',
  },
  {
    key: 'student-1',
    campaign: 'Student Bike Deal',
    channel: 'social',
    title: 'Semester ride challenge, week 2',
    day: -5,
    time: '17:00',
    segment: 'Students on TikTok',
    owner: 'Designer',
  },
  {
    key: 'roastery-thanks',
    campaign: 'Roastery Open Day',
    channel: 'email',
    title: 'Thanks for visiting the roastery',
    day: -4,
    time: '10:00',
    segment: 'Open day visitors',
    owner: 'Producer',
  },
  {
    key: 'roastery-recap',
    campaign: 'Roastery Open Day',
    channel: 'social',
    title: 'Open day recap reel',
    day: -3,
    time: '12:00',
    segment: 'Northwind Instagram followers',
    owner: 'Designer',
  },
  {
    key: 'student-2',
    campaign: 'Student Bike Deal',
    channel: 'social',
    title: 'Creator ride-along: campus to lab',
    day: -1,
    time: '17:00',
    segment: 'Students on TikTok',
    owner: 'Designer',
  },
  // Coming up.
  {
    key: 'winter-email',
    campaign: WINTER_EMAIL_ROW.campaign,
    channel: 'email',
    title: WINTER_EMAIL_ROW.what,
    day: 1,
    time: '09:00',
    segment: 'Helio owners',
    owner: 'Producer',
    launchRow: true,
  },
  {
    key: 'winter-reel',
    campaign: 'Winter Riding Tips',
    channel: 'social',
    title: 'Winter riding teaser reel',
    day: 1,
    time: '13:00',
    segment: 'Helio Instagram followers',
    owner: 'Designer',
    from: 'winter-email',
    note: 'Tyre and light tips from the email as a 30-second reel.',
  },
  {
    key: 'claims-email',
    campaign: 'Claims in a Day',
    channel: 'email',
    title: 'Most claims settled within one working day',
    day: 3,
    time: '09:00',
    segment: 'Policy switchers',
    owner: 'Producer',
  },
  {
    key: 'claims-linkedin',
    campaign: 'Claims in a Day',
    channel: 'social',
    title: 'How we settle a claim in a day (LinkedIn)',
    day: 1,
    time: '11:00',
    segment: 'Fjord LinkedIn followers',
    owner: 'Designer',
    from: 'claims-email',
    note: 'The claims timeline from the email as a LinkedIn carousel.',
  },
  {
    key: 'claims-ads',
    campaign: 'Claims in a Day',
    channel: 'paid',
    title: 'Claims-in-a-day ads go live',
    day: 3,
    time: '12:00',
    segment: 'Comparison-site visitors',
    owner: 'Analyst',
  },
  {
    key: 'student-3',
    campaign: 'Student Bike Deal',
    channel: 'social',
    title: 'Last week of the student deal',
    day: 3,
    time: '17:00',
    segment: 'Students on Instagram',
    owner: 'Designer',
  },
  {
    key: 'home-blog',
    campaign: 'Home Cover Explained',
    channel: 'blog',
    title: 'Home insurance, explained in five minutes',
    day: 5,
    time: '08:00',
    segment: '',
    owner: 'Strategist',
  },
  {
    key: 'home-email',
    campaign: 'Home Cover Explained',
    channel: 'email',
    title: 'Your five-minute guide to home cover',
    day: 7,
    time: '09:00',
    segment: 'First-time buyers',
    owner: 'Producer',
  },
  {
    key: 'home-linkedin',
    campaign: 'Home Cover Explained',
    channel: 'social',
    title: 'Five-minute home cover guide (LinkedIn)',
    day: 5,
    time: '12:00',
    segment: 'Fjord LinkedIn followers',
    owner: 'Designer',
    from: 'home-email',
    note: 'Three questions from the guide, linking to the blog post.',
  },
  {
    key: 'renewal-2',
    campaign: 'Renewal Reminders',
    channel: 'email',
    title: 'Renewal reminder: policies due in January',
    day: 7,
    time: '10:30',
    segment: 'Renewals due in 30 days',
    owner: 'Producer',
  },
  {
    key: 'loyalty-email',
    campaign: 'Loyalty App Re-engagement',
    channel: 'email',
    title: 'Your tenth cup is still waiting',
    day: 12,
    time: '08:30',
    segment: 'Lapsed loyalty members',
    owner: 'Producer',
  },
  {
    key: 'loyalty-sms',
    campaign: 'Loyalty App Re-engagement',
    channel: 'other',
    title: 'SMS: your free tenth cup expires Sunday',
    day: 14,
    time: '17:00',
    segment: 'Lapsed loyalty members',
    owner: 'Producer',
  },
  {
    key: 'holiday-email',
    campaign: 'Holiday Gift Boxes',
    channel: 'email',
    title: 'Gift boxes are here',
    day: 18,
    time: '09:00',
    segment: 'Northwind newsletter',
    owner: 'Producer',
  },
  {
    key: 'holiday-ig',
    campaign: 'Holiday Gift Boxes',
    channel: 'social',
    title: 'Gift box sneak peek',
    day: 16,
    time: '10:00',
    segment: 'Northwind Instagram followers',
    owner: 'Designer',
    from: 'holiday-email',
    note: 'Square crop of the email hero, shorter copy, link in bio.',
  },
  {
    key: 'holiday-ads',
    campaign: 'Holiday Gift Boxes',
    channel: 'paid',
    title: 'Gift box carousel ads',
    day: 18,
    time: '12:00',
    segment: 'Lookalike gift buyers',
    owner: 'Analyst',
  },
  {
    key: 'holiday-tiktok',
    campaign: 'Holiday Gift Boxes',
    channel: 'social',
    title: 'Unboxing with three café owners',
    day: 19,
    time: '18:00',
    segment: 'Northwind TikTok',
    owner: 'Designer',
  },
  {
    key: 'x2-email',
    campaign: 'Helio X2 Reveal',
    channel: 'email',
    title: 'Save the date: the Helio X2 reveal',
    day: 20,
    time: '09:00',
    segment: 'Helio newsletter',
    owner: 'Producer',
  },
  {
    key: 'x2-teaser',
    campaign: 'Helio X2 Reveal',
    channel: 'social',
    title: 'X2 silhouette teaser',
    day: 18,
    time: '12:00',
    segment: 'Helio Instagram followers',
    owner: 'Designer',
    from: 'x2-email',
    note: 'Backlit silhouette of the X2, the date, no specs yet.',
  },
  {
    key: 'commuter-ads',
    campaign: 'Commuter Season',
    channel: 'paid',
    title: 'Commuter ads, flight 1',
    day: 25,
    time: '07:00',
    segment: 'City commuters 5–15 km',
    owner: 'Analyst',
  },
  {
    key: 'x2-press',
    campaign: 'Helio X2 Reveal',
    channel: 'event',
    title: 'Press preview ride',
    day: 30,
    time: '10:00',
    segment: 'Cycling press',
    owner: 'Strategist',
  },
  {
    key: 'spring-blog',
    campaign: 'Spring Origins Launch',
    channel: 'blog',
    title: 'Origin stories: the Yirgacheffe farm',
    day: 32,
    time: '08:00',
    segment: '',
    owner: 'Strategist',
  },
];

/** Sent before today, ready this week, planned this month, an idea further out. */
function statusOn(date: string, today: string): CalendarStatus {
  if (date < today) return 'sent';
  if (date <= addDays(today, 3)) return 'ready';
  return date <= addDays(today, 20) ? 'planned' : 'idea';
}

function launchItems(ctx: BackendContext) {
  return ctx.db.read
    .select()
    .from(schema.calendarItems)
    .where(
      and(isNotNull(schema.calendarItems.launchHandoffId), isNull(schema.calendarItems.deletedAt)),
    )
    .all();
}

/** The calendar as the team planned it: sent items a while ago, the rest this week. */
export function calendarSteps(
  campaigns: ReadonlyMap<string, string>,
  people: readonly { id: string; roleTitle: string }[],
  plannerId: string,
  today: string,
  now: number,
): TimedStep[] {
  const ids = new Map<string, string>();
  const owner = (role: DemoItem['owner']) => people.find((p) => p.roleTitle === role)?.id ?? null;
  const create = (ctx: BackendContext, item: DemoItem) => {
    if (item.launchRow) {
      ids.set(item.key, completeLaunchItem(ctx, item));
      return;
    }
    const written = createCalendarItem(
      ctx,
      NewCalendarItem.parse({
        campaignId: campaigns.get(item.campaign) ?? null,
        channel: item.channel,
        title: item.title,
        date: addDays(today, item.day),
        time: item.time,
        audienceSegment: item.segment,
        ownerId: owner(item.owner),
        status: statusOn(addDays(today, item.day), today),
        sourceItemId: item.from ? (ids.get(item.from) ?? null) : null,
        adaptationNote: item.note ?? '',
      }),
    );
    ids.set(item.key, written.item.id);
  };
  // A launch-sequence row's item, mirrored when its package was written, given its segment.
  const completeLaunchItem = (ctx: BackendContext, item: DemoItem): string => {
    const campaignId = campaigns.get(item.campaign);
    const found = launchItems(ctx).find(
      (i) => i.campaignId === campaignId && i.title === item.title,
    );
    if (!found) throw new Error(`demo: no launch-sequence item '${item.title}' to plan`);
    updateCalendarItem(
      ctx,
      UpdateCalendarItem.parse({ id: found.id, audienceSegment: item.segment }),
    );
    return found.id;
  };
  // The launch sequences' items start as planned; what went out is sent, this week's ready.
  const markLaunchItems = (ctx: BackendContext) => {
    for (const i of launchItems(ctx)) {
      const status = statusOn(localParts(i.at, i.timeZone).date, today);
      if (status !== i.status)
        updateCalendarItem(ctx, UpdateCalendarItem.parse({ id: i.id, status }));
    }
  };
  // Sources before their adaptations, whatever their days.
  const ordered = [...ITEMS].sort(
    (a, b) => Number(a.from !== undefined) - Number(b.from !== undefined),
  );
  return [
    {
      at: now - 12 * DAY_MS,
      actor: plannerId,
      act: (ctx) => ordered.filter((i) => i.day < 0).forEach((i) => create(ctx, i)),
    },
    {
      at: now - 26 * HOUR_MS,
      actor: plannerId,
      act: (ctx) => {
        markLaunchItems(ctx);
        ordered.filter((i) => i.day >= 0).forEach((i) => create(ctx, i));
      },
    },
  ];
}
