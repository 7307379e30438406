import { dayInZone } from '../../../shared/domain';
import { AddLearning, NewRetroImprovement } from '../../../shared/model';
import { derivedId } from '../../db/uuid';
import { DAY_MS, HOUR_MS, type TimedStep } from './demoTimeline';
import {
  addImprovement,
  addLearning,
  completeRetrospective,
  updateRetrospective,
} from './retrospectiveService';

// System 7 in the sample agency: the finished campaigns' retrospectives, held a few days after
// Done (one a little late), their process improvements with owners and the learnings they put
// into the playbook. Café Partner Program reached Done twelve days ago and nobody has held its
// retrospective yet: it shows as overdue.

export interface FinishedCampaign {
  id: string;
  name: string;
  /** When the card reached Done. */
  doneAt: number;
}

interface DemoRetro {
  campaign: string;
  heldAfterDays: number;
  whatWorked: string;
  whatDidNot: string;
  improvements: { text: string; owner: string; templateChange?: boolean }[];
  learnings: { title: string; body: string }[];
}

/** Role titles of the demo people, standing for the person. */
type Role =
  'Account Director' | 'Strategist' | 'Creative Director' | 'Designer' | 'Producer' | 'Analyst';

const RETROS: (DemoRetro & { improvements: { owner: Role }[] })[] = [
  {
    campaign: 'Summer Cold Brew Drop',
    heldAfterDays: 4,
    whatWorked:
      'Behind-the-scenes reels of the 18-hour steep; a launch-week giveaway with two cafés.',
    whatDidNot:
      'TikTok posts went out without captions for the first three days: reach halved until we added them.',
    improvements: [
      {
        text: 'Captions are a required item of the social production checklist.',
        owner: 'Producer',
        templateChange: true,
      },
    ],
    learnings: [
      {
        title: 'Process videos beat product shots for cold brew',
        body: 'Reels showing the steep got 2.4× the saves of packshots. Plan one process video per launch week.',
      },
      {
        title: 'Caption every short video before it is scheduled',
        body: 'Most views are muted. Uncaptioned TikToks reached half as many people in the first three days.',
      },
    ],
  },
  {
    campaign: 'Bike-to-Work Week',
    heldAfterDays: 5,
    whatWorked: 'Partnering with three large employers: their intranets brought 60% of sign-ups.',
    whatDidNot:
      'Test-ride bookings needed a phone call; 40% of people who signed up never booked. The venue permit arrived two days before the event.',
    improvements: [
      { text: 'Online booking link in every event confirmation email.', owner: 'Producer' },
      {
        text: 'Apply for venue permits six weeks ahead; add it to the event pre-flight.',
        owner: 'Account Director',
        templateChange: true,
      },
    ],
    learnings: [
      {
        title: 'Employer partners fill commuter events',
        body: 'Intranet posts from HR departments outperformed paid social for sign-ups at a tenth of the cost.',
      },
      {
        title: 'Helmets and lights in every riding shot',
        body: 'Two event photos were pulled in legal review for riders without helmets. Check before the shoot, not after.',
      },
    ],
  },
  {
    campaign: 'Travel Cover Summer',
    heldAfterDays: 3,
    whatWorked:
      'Search ads on “travel insurance family” at €11 CPA; the checklist-style landing page.',
    whatDidNot:
      'Meta creatives fatigued after ten days (CTR from 1.9% to 0.8%) and we had no second set ready.',
    improvements: [
      {
        text: 'Brief two creative sets for every paid social flight of more than two weeks.',
        owner: 'Strategist',
        templateChange: true,
      },
    ],
    learnings: [
      {
        title: 'Meta creative fatigue at ten days',
        body: 'Plan a second creative set before launch and swap at day 10 or when CTR falls by a third.',
      },
      {
        title: 'Family search terms convert for travel cover',
        body: '“Family” and “kids” queries converted at twice the rate of generic travel insurance terms.',
      },
    ],
  },
  {
    campaign: 'Barista Stories',
    heldAfterDays: 6,
    whatWorked:
      'Long interviews with named baristas; the newsletter sign-up box inside each story.',
    whatDidNot:
      'Photos arrived after the copy was signed off, so two stories went out with stock images.',
    improvements: [
      {
        text: 'Book the photographer in the Strategy stage, not in Production.',
        owner: 'Creative Director',
      },
    ],
    learnings: [
      {
        title: 'Sign-up boxes inside long reads',
        body: 'An inline sign-up after the third paragraph brought 70% of blog sign-ups; the footer box 8%.',
      },
    ],
  },
  {
    campaign: 'Policy Switch Guide',
    heldAfterDays: 9,
    whatWorked:
      'Plain subject lines (“Switching takes ten minutes”) and the cancellation letter we send for them.',
    whatDidNot: 'Legal review of the email took eight days, which pushed the launch back a week.',
    improvements: [
      {
        text: 'Send financial-services copy to legal at the first draft, with a two-day turnaround agreed.',
        owner: 'Account Director',
      },
    ],
    learnings: [
      {
        title: 'Plain words beat clever lines in insurance emails',
        body: 'Emails whose first line said what happens next out-opened clever ones by 6 points with Fjord’s audience.',
      },
    ],
  },
  {
    campaign: 'Autumn Blend Search Push',
    heldAfterDays: 4,
    whatWorked:
      'Brand search at €12.80 CPA, under the €14 target; seasonal ad copy refreshed weekly.',
    whatDidNot:
      'UTM links were set up on launch morning; two days of conversions are missing from reports.',
    improvements: [
      {
        text: 'UTM links and conversion events tested before the Production → Launch package is submitted.',
        owner: 'Analyst',
        templateChange: true,
      },
    ],
    learnings: [
      {
        title: 'Test tracking before the launch package',
        body: 'Every launch without tested UTMs lost days of data. Tick the tracking items before submitting.',
      },
      {
        title: 'Seasonal copy on brand search',
        body: 'Refreshing the season in headlines weekly kept CTR above 6% on branded terms.',
      },
    ],
  },
];

/** Retrospectives of the finished campaigns, held at the times they were. */
export function retrospectiveSteps(
  finished: readonly FinishedCampaign[],
  people: readonly { id: string; roleTitle: string }[],
  ownerId: string,
  homeTimeZone: string,
  now: number,
): TimedStep[] {
  const person = (role: Role) => people.find((p) => p.roleTitle === role)?.id ?? null;
  const steps: TimedStep[] = [];
  for (const retro of RETROS) {
    const campaign = finished.find((c) => c.name === retro.campaign);
    if (!campaign) continue;
    const id = derivedId(`retrospective:${campaign.id}`);
    const at = Math.min(
      campaign.doneAt + retro.heldAfterDays * DAY_MS + 5 * HOUR_MS,
      now - HOUR_MS,
    );
    steps.push({
      at,
      actor: ownerId,
      act: (ctx) => {
        updateRetrospective(ctx, {
          id,
          whatWorked: retro.whatWorked,
          whatDidNot: retro.whatDidNot,
        });
        for (const i of retro.improvements) {
          addImprovement(
            ctx,
            NewRetroImprovement.parse({
              retrospectiveId: id,
              text: i.text,
              ownerId: person(i.owner),
              templateChange: i.templateChange ?? false,
            }),
          );
        }
        completeRetrospective(ctx, { id, heldOn: dayInZone(at, homeTimeZone) });
        for (const l of retro.learnings)
          addLearning(ctx, AddLearning.parse({ retrospectiveId: id, ...l }));
      },
    });
  }
  return steps;
}
