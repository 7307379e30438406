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

/**
 * What goes live, the channel as a producer types it (the calendar reads its channel from these
 * words), days from the launch date, the local time in the home zone, and who presses the button.
 */
type DemoLaunchRow = [what: string, channel: string, day: number, time: string, owner: Role];

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
      ['Renewal page with the two-minute form', 'Website', -1, '16:00', 'Producer'],
      ['Renewal email, first wave', 'Email', 0, '09:00', 'Producer'],
      ['SMS to non-openers', 'SMS', 2, '11:30', 'Producer'],
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
      ['Semester plan sign-up page live', 'Website', 0, '08:00', 'Producer'],
      ['Launch video with campus creators', 'TikTok', 0, '12:00', 'Designer'],
      ['Launch carousel: what the plan costs', 'Instagram', 0, '12:30', 'Designer'],
      ['Student deal ads go live', 'TikTok ads', 0, '13:00', 'Analyst'],
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
      ['Reminder to registered visitors', 'Email', -1, '08:00', 'Producer'],
      ['Roastery doors open', 'Event', 0, '09:30', 'Producer'],
      ['Live stories from the roasting floor', 'Instagram', 0, '11:00', 'Designer'],
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
      ['Winter tips article on the blog', 'Blog', 0, '07:30', 'Producer'],
      [WINTER_EMAIL_ROW.what, WINTER_EMAIL_ROW.channel, 0, '09:00', 'Producer'],
      ['Boosted tyre-pressure tip', 'Instagram ads', 0, '15:00', 'Analyst'],
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
    launchSequence: pkg.sequence.map(([what, channel, day, time, owner]) => ({
      what,
      channel,
      when: when(day, time),
      owner: person(owner).id,
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
