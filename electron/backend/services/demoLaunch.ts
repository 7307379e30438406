import { addDays, slugify } from '../../../shared/domain';
import { launchWhenOf, localToInstant } from '../../../shared/domain/calendar';
import { NewAsset, type FieldValue } from '../../../shared/model';
import type { BackendContext } from '../context';
import { createAsset, listAssets, setAssetApproval } from './assetService';
import { DEMO_CLIENTS, type DemoCampaign } from './demoData';
import type { TimedStep } from './demoTimeline';

// System 3 in the sample agency: the Production → Launch packages of the campaigns that are
// live or about to launch are written with their type's real template, so their launch
// sequences are calendar items (kept in step by launchCalendarMirror). Times are local to the
// home zone and chosen so the coordination rules stay quiet: no email of Winter Riding Tips
// besides its newsletter (its teaser reel is the demo's one warning), no social row named a
// teaser, no email or social post within two hours of another campaign's of the same client.

type Role = 'Producer' | 'Designer' | 'Analyst' | 'Strategist';

interface DemoLaunchRow {
  what: string;
  /** As a producer types it; the calendar reads the channel from these words. */
  channel: string;
  /** Days from the launch date, and the local time in the home zone. */
  day: number;
  time: string;
  owner: Role;
}

interface DemoLaunchPackage {
  sequence: DemoLaunchRow[];
  /** Landing page, source, medium of each tracked link (the campaign is the campaign's slug). */
  links: [string, string, string][];
  /** Pixel or conversion event and its platform, tested by the Analyst before launch. */
  events: [string, string][];
  contingency: [string, string, Role][];
  monitoring: [string, Role, string, string][];
  /** The asset register the final asset verification reads: name and file extension. */
  assets: [string, string][];
}

/** The newsletter row of Winter Riding Tips: the calendar's Winter email is this row's item. */
export const WINTER_EMAIL_ROW = {
  campaign: 'Winter Riding Tips',
  what: 'Ride all winter: batteries, tyres and lights',
  channel: 'Email',
};

const PACKAGES: Readonly<Record<string, DemoLaunchPackage>> = {
  'Renewal Reminders': {
    sequence: [
      {
        what: 'Renewal page with the two-minute form',
        channel: 'Website',
        day: -1,
        time: '16:00',
        owner: 'Producer',
      },
      {
        what: 'Renewal email, first wave',
        channel: 'Email',
        day: 0,
        time: '09:00',
        owner: 'Producer',
      },
      { what: 'SMS to non-openers', channel: 'SMS', day: 2, time: '11:30', owner: 'Producer' },
    ],
    links: [
      ['https://fjord.example/renew', 'newsletter', 'email'],
      ['https://fjord.example/renew', 'sms', 'sms'],
    ],
    events: [['Renewal completed', 'Google Analytics']],
    contingency: [
      [
        'The renewal form is down',
        'Pause the SMS wave and send the phone number instead',
        'Producer',
      ],
      [
        'Open rate under 20% after a day',
        'Resend to non-openers with the short subject',
        'Analyst',
      ],
    ],
    monitoring: [
      ['Renewals completed', 'Analyst', '48 hours', 'under 150 a day'],
      ['Form errors', 'Producer', '24 hours', 'more than 5'],
    ],
    assets: [
      ['Renewal email', 'html'],
      ['Renewal page hero', 'jpg'],
    ],
  },
  'Student Bike Deal': {
    sequence: [
      {
        what: 'Semester plan sign-up page live',
        channel: 'Website',
        day: 0,
        time: '08:00',
        owner: 'Producer',
      },
      {
        what: 'Launch video with campus creators',
        channel: 'TikTok',
        day: 0,
        time: '12:00',
        owner: 'Designer',
      },
      {
        what: 'Launch carousel: what the plan costs',
        channel: 'Instagram',
        day: 0,
        time: '12:30',
        owner: 'Designer',
      },
      {
        what: 'Student deal ads go live',
        channel: 'TikTok ads',
        day: 0,
        time: '13:00',
        owner: 'Analyst',
      },
    ],
    links: [
      ['https://helio.example/students', 'tiktok', 'social'],
      ['https://helio.example/students', 'instagram', 'social'],
      ['https://helio.example/students', 'tiktok', 'paid-social'],
    ],
    events: [['Plan sign-up', 'TikTok pixel']],
    contingency: [
      [
        'Creator video rejected by TikTok review',
        'Run the carousel cut as the launch post',
        'Designer',
      ],
    ],
    monitoring: [['Sign-ups', 'Analyst', '48 hours', 'under 40 a day']],
    assets: [
      ['Campus creator video', 'mp4'],
      ['Plan cost carousel', 'png'],
    ],
  },
  'Roastery Open Day': {
    sequence: [
      {
        what: 'Reminder to registered visitors',
        channel: 'Email',
        day: -1,
        time: '08:00',
        owner: 'Producer',
      },
      { what: 'Roastery doors open', channel: 'Event', day: 0, time: '09:30', owner: 'Producer' },
      {
        what: 'Live stories from the roasting floor',
        channel: 'Instagram',
        day: 0,
        time: '11:00',
        owner: 'Designer',
      },
    ],
    links: [
      ['https://northwind.example/open-day', 'newsletter', 'email'],
      ['https://northwind.example/open-day', 'instagram', 'social'],
    ],
    events: [['Registration', 'Google Analytics']],
    contingency: [
      ['Rain on the day', 'Move the tasting inside and post the change by 08:00', 'Producer'],
    ],
    monitoring: [['Registrations checked in', 'Producer', '24 hours', 'under 300 by noon']],
    assets: [
      ['Open day reminder email', 'html'],
      ['Roastery floor signage', 'pdf'],
    ],
  },
  'Winter Riding Tips': {
    sequence: [
      {
        what: 'Winter tips article on the blog',
        channel: 'Blog',
        day: 0,
        time: '07:30',
        owner: 'Producer',
      },
      {
        what: WINTER_EMAIL_ROW.what,
        channel: WINTER_EMAIL_ROW.channel,
        day: 0,
        time: '09:00',
        owner: 'Producer',
      },
      {
        what: 'Boosted tyre-pressure tip',
        channel: 'Instagram ads',
        day: 0,
        time: '15:00',
        owner: 'Analyst',
      },
    ],
    links: [
      ['https://helio.example/winter', 'newsletter', 'email'],
      ['https://helio.example/winter', 'instagram', 'paid-social'],
    ],
    events: [['Article read to the end', 'Google Analytics']],
    contingency: [
      [
        'The send is held by a spam filter',
        'Resend from the backup domain within the hour',
        'Producer',
      ],
    ],
    monitoring: [['Unsubscribe rate', 'Analyst', '48 hours', 'above 0.5%']],
    assets: [
      ['Winter tips newsletter', 'html'],
      ['Tyre pressure tip', 'mp4'],
    ],
  },
};

/** Whether the demo writes this campaign's Production → Launch package with the real template. */
export function hasDemoLaunchPackage(campaign: DemoCampaign): boolean {
  return PACKAGES[campaign.name] !== undefined;
}

/**
 * The launch package's tables for a campaign with one (empty otherwise): its launch sequence
 * at times around `launchDate`, UTM links, tracking events tested before launch, contingency
 * plans and monitoring owners, people named by id as the package editor stores them.
 */
export function demoLaunchValues(
  campaign: DemoCampaign,
  launchDate: string,
  people: readonly { id: string; roleTitle: string; name: string }[],
  zone: string,
): Record<string, FieldValue> {
  const pkg = PACKAGES[campaign.name];
  if (!pkg) return {};
  const person = (role: Role) => people.find((p) => p.roleTitle === role)!;
  const when = (day: number, time: string) =>
    launchWhenOf(localToInstant(addDays(launchDate, day), time, zone).at);
  const analyst = person('Analyst');
  return {
    launchSequence: pkg.sequence.map((r) => ({
      what: r.what,
      channel: r.channel,
      when: when(r.day, r.time),
      owner: person(r.owner).id,
    })),
    utmLinks: pkg.links.map(([baseUrl, source, medium]) => ({
      baseUrl,
      source,
      medium,
      campaign: slugify(campaign.name),
    })),
    trackingEvents: pkg.events.map(([name, platform]) => ({
      name,
      platform,
      // The tracking editor records the tester's name, as "tested by Tom Becker".
      testedBy: analyst.name,
      testedAt: when(-9, '14:00'),
    })),
    contingencyPlans: pkg.contingency.map(([ifThis, thenThat, owner]) => ({
      ifThis,
      thenThat,
      owner: person(owner).id,
    })),
    monitoringOwners: pkg.monitoring.map(([metric, owner, window, threshold]) => ({
      metric,
      person: person(owner).id,
      window,
      threshold,
    })),
  };
}

/**
 * The campaign's asset register, written by the Producer while the launch package is drafted
 * (`at`) and approved by the Creative Director `gapMs` later, so the final asset verification
 * of the package finds every asset approved. File names follow the default naming convention.
 */
export function demoAssetSteps(
  campaign: DemoCampaign,
  campaignId: string,
  people: readonly { id: string; roleTitle: string }[],
  at: number,
  gapMs: number,
): TimedStep[] {
  const pkg = PACKAGES[campaign.name];
  if (!pkg) return [];
  const person = (role: string) => people.find((p) => p.roleTitle === role)!.id;
  const day = new Date(at).toISOString().slice(0, 10);
  const client = slugify(DEMO_CLIENTS[campaign.client]!.name);
  const folder = `Shared drive/${client}_${slugify(campaign.name)}/03_production`;
  return [
    {
      at,
      actor: person('Producer'),
      act: (ctx: BackendContext) => {
        for (const [name, format] of pkg.assets) {
          createAsset(
            ctx,
            NewAsset.parse({
              campaignId,
              name,
              format,
              location: folder,
              fileName: `${day}_${client}-${slugify(campaign.name)}_${slugify(name)}_v01.${format}`,
            }),
          );
        }
      },
    },
    {
      at: at + gapMs,
      actor: person('Creative Director'),
      act: (ctx: BackendContext) => {
        for (const asset of listAssets(ctx, { campaignId }).assets) {
          setAssetApproval(ctx, { assetId: asset.id, state: 'approved' });
        }
      },
    },
  ];
}
