import type { BrandGuidelines, CampaignType, Channel, FieldValue } from '../../../shared/model';

// The sample agency behind "Explore with a sample agency" and `baton demo`.

export const DEMO_AGENCY = { name: 'Relay & Co. (sample agency)', homeTimeZone: 'Europe/Berlin' };

export const DEMO_PEOPLE = [
  { name: 'Maya Okafor', email: 'maya@relay.example', roleTitle: 'Account Director' },
  { name: 'Jonas Weber', email: 'jonas@relay.example', roleTitle: 'Strategist' },
  { name: 'Inès Moreau', email: 'ines@relay.example', roleTitle: 'Creative Director' },
  { name: 'Sam Patel', email: 'sam@relay.example', roleTitle: 'Designer' },
  { name: 'Lucía Fernández', email: 'lucia@relay.example', roleTitle: 'Producer' },
  { name: 'Tom Becker', email: 'tom@relay.example', roleTitle: 'Analyst' },
] as const;

export const DEMO_CLIENTS: { name: string; accentColor: string; brand: BrandGuidelines }[] = [
  {
    name: 'Northwind Coffee',
    accentColor: '#8a4b2a',
    brand: {
      voice: 'Warm, unhurried, a little wry. We talk like the barista who remembers your order.',
      dos: ['Show real cafés and real customers', 'Lead with origin stories'],
      donts: ['No “best coffee in the world” claims', 'No stock photos of latte art'],
      logoRules: 'Bean mark on cream or espresso only; keep 1× bean-height clear space.',
      colourRules: 'Espresso #3b2418, crema #f3e6d3, accent roast #8a4b2a.',
      legalLines: 'Offer valid in participating stores while stocks last.',
    },
  },
  {
    name: 'Helio Bikes',
    accentColor: '#0f766e',
    brand: {
      voice: 'Energetic and practical. Short sentences. Numbers people can check.',
      dos: ['Show range and charging times', 'Feature commuters, not athletes'],
      donts: ['Never show riders without helmets', 'No speed claims above legal limits'],
      logoRules: 'Sun-wheel logo in teal or white; never on photos of traffic.',
      colourRules: 'Teal #0f766e, charcoal #1f2937, signal yellow for CTAs only.',
      legalLines: 'Range depends on rider weight, terrain and temperature.',
    },
  },
  {
    name: 'Fjord Insurance',
    accentColor: '#1d4ed8',
    brand: {
      voice: 'Calm, plain-spoken, reassuring. Explain, never scare.',
      dos: ['Plain-language explanations', 'Always show how to reach a person'],
      donts: ['No fear-based messaging', 'No unexplained jargon'],
      logoRules: 'Wordmark only, minimum width 96 px.',
      colourRules: 'Fjord blue #1d4ed8, ice #eff6ff.',
      legalLines: 'Fjord Insurance AB is authorised by Finansinspektionen. Terms apply.',
    },
  },
];

export interface DemoCampaign {
  name: string;
  client: number;
  type: CampaignType;
  channels: Channel[];
  /** Index of the board stage the campaign is in (0 = Strategy). */
  stage: number;
  /** Launch date relative to today, in days. */
  launchInDays: number;
  /** State of the handoff leaving the current stage. */
  current: 'empty' | 'partial' | 'complete' | 'submitted' | 'approved' | 'acknowledged';
  objective: string;
  audience: string;
  message: string;
}

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    name: 'Spring Origins Launch',
    client: 0,
    type: 'multi_channel',
    channels: ['email', 'instagram', 'meta_ads'],
    stage: 0,
    launchInDays: 70,
    current: 'partial',
    objective: 'Launch the single-origin spring range and sell 8,000 bags in six weeks.',
    audience: 'Home brewers 25–45 who buy beans monthly',
    message: 'Taste where your coffee comes from.',
  },
  {
    name: 'Loyalty App Re-engagement',
    client: 0,
    type: 'email',
    channels: ['email', 'sms'],
    stage: 0,
    launchInDays: 12,
    current: 'empty',
    objective: 'Win back 15% of loyalty members inactive for 90 days.',
    audience: 'Lapsed loyalty members',
    message: 'Your tenth cup is still waiting.',
  },
  {
    name: 'Commuter Season',
    client: 1,
    type: 'paid_ads',
    channels: ['meta_ads', 'google_ads', 'display'],
    stage: 0,
    launchInDays: 55,
    current: 'submitted',
    objective: 'Drive 1,200 test-ride bookings before autumn.',
    audience: 'City commuters with 5–15 km trips',
    message: 'Beat the traffic without breaking a sweat.',
  },
  {
    name: 'Helio X2 Reveal',
    client: 1,
    type: 'event',
    channels: ['event', 'instagram', 'pr'],
    stage: 1,
    launchInDays: 40,
    current: 'partial',
    objective: 'Fill a 300-seat launch event and earn 20 press mentions.',
    audience: 'Cycling press and early adopters',
    message: 'The lightest commuter e-bike we have built.',
  },
  {
    name: 'Home Cover Explained',
    client: 2,
    type: 'content',
    channels: ['blog', 'linkedin', 'email'],
    stage: 1,
    launchInDays: 5,
    current: 'partial',
    objective: 'Grow organic home-insurance quote starts by 25%.',
    audience: 'First-time home buyers',
    message: 'Home insurance, explained in five minutes.',
  },
  {
    name: 'Holiday Gift Boxes',
    client: 0,
    type: 'social',
    channels: ['instagram', 'tiktok', 'facebook'],
    stage: 2,
    launchInDays: 18,
    current: 'approved',
    objective: 'Sell 2,500 gift boxes through social commerce.',
    audience: 'Gift buyers 30–55',
    message: 'A gift that tastes like a trip.',
  },
  {
    name: 'Claims in a Day',
    client: 2,
    type: 'multi_channel',
    channels: ['email', 'linkedin', 'meta_ads', 'website'],
    stage: 2,
    launchInDays: 3,
    current: 'submitted',
    objective: 'Make “claims paid in a day” the reason 10% more quotes convert.',
    audience: 'Policy switchers comparing insurers',
    message: 'Most claims are settled within one working day.',
  },
  {
    name: 'Winter Riding Tips',
    client: 1,
    type: 'email',
    channels: ['email'],
    stage: 3,
    launchInDays: 1,
    current: 'approved',
    objective: 'Keep winter churn of newsletter readers under 2%.',
    audience: 'Helio owners',
    message: 'Ride all winter: batteries, tyres and lights.',
  },
  {
    name: 'Roastery Open Day',
    client: 0,
    type: 'event',
    channels: ['event', 'instagram', 'email'],
    stage: 4,
    launchInDays: -6,
    current: 'partial',
    objective: 'Welcome 600 visitors to the roastery open day.',
    audience: 'Local coffee lovers',
    message: 'See, smell and taste how we roast.',
  },
  {
    name: 'Student Bike Deal',
    client: 1,
    type: 'social',
    channels: ['tiktok', 'instagram'],
    stage: 4,
    launchInDays: -10,
    current: 'complete',
    objective: 'Sign up 900 students for the semester bike plan.',
    audience: 'University students',
    message: 'A semester of riding for less than your phone bill.',
  },
  {
    name: 'Renewal Reminders',
    client: 2,
    type: 'email',
    channels: ['email', 'sms'],
    stage: 5,
    launchInDays: -30,
    current: 'partial',
    objective: 'Lift on-time renewals from 81% to 88%.',
    audience: 'Policyholders 30 days before renewal',
    message: 'Renew in two minutes, keep your no-claims discount.',
  },
  {
    name: 'Autumn Blend Search Push',
    client: 0,
    type: 'paid_ads',
    channels: ['google_ads'],
    stage: 7,
    launchInDays: -70,
    current: 'acknowledged',
    objective: 'Reach a cost per acquisition under €14 on branded search.',
    audience: 'Searchers for autumn coffee blends',
    message: 'Autumn in a cup, delivered.',
  },
  // Finished campaigns of the past months: the history Health measures and the
  // retrospectives and playbook draw on.
  {
    name: 'Summer Cold Brew Drop',
    client: 0,
    type: 'social',
    channels: ['instagram', 'tiktok'],
    stage: 7,
    launchInDays: -150,
    current: 'acknowledged',
    objective: 'Sell 4,000 cold brew cans in the first three weeks of summer.',
    audience: 'Urban coffee drinkers 20–35',
    message: 'Slow-steeped for 18 hours. Gone in one sip.',
  },
  {
    name: 'Bike-to-Work Week',
    client: 1,
    type: 'event',
    channels: ['event', 'instagram', 'email'],
    stage: 7,
    launchInDays: -128,
    current: 'acknowledged',
    objective: 'Get 500 commuters to ride a Helio for a week and book 150 test rides.',
    audience: 'Office workers within 12 km of the city centre',
    message: 'Five days, zero traffic jams.',
  },
  {
    name: 'Travel Cover Summer',
    client: 2,
    type: 'paid_ads',
    channels: ['meta_ads', 'google_ads'],
    stage: 7,
    launchInDays: -110,
    current: 'acknowledged',
    objective: 'Sell 3,000 travel policies at a cost per acquisition under €18.',
    audience: 'Families booking summer holidays abroad',
    message: 'Covered from the airport to the beach.',
  },
  {
    name: 'Barista Stories',
    client: 0,
    type: 'content',
    channels: ['blog', 'instagram', 'email'],
    stage: 7,
    launchInDays: -95,
    current: 'acknowledged',
    objective: 'Double newsletter sign-ups from the blog to 600 a month.',
    audience: 'Coffee enthusiasts who read about craft',
    message: 'The people behind your morning cup.',
  },
  {
    name: 'Policy Switch Guide',
    client: 2,
    type: 'email',
    channels: ['email'],
    stage: 7,
    launchInDays: -82,
    current: 'acknowledged',
    objective: 'Convert 8% of quote requesters who did not buy into policyholders.',
    audience: 'Quote requesters from the last 90 days',
    message: 'Switching takes ten minutes; we handle the cancellation.',
  },
  {
    name: 'Café Partner Program',
    client: 0,
    type: 'email',
    channels: ['email', 'linkedin'],
    stage: 7,
    launchInDays: -47,
    current: 'acknowledged',
    objective: 'Sign 40 independent cafés to the wholesale partner program.',
    audience: 'Owners of independent cafés',
    message: 'Your café, our beans, one delivery a week.',
  },
];

/** Brief and package text for one demo campaign, by template field key. */
export function demoFieldValues(c: DemoCampaign, clientName: string): Record<string, FieldValue> {
  return {
    objective: c.objective,
    context: `${clientName} asked for “${c.name}”. Last year's comparable campaign hit 80% of target; the main gap was late creative.`,
    constraints:
      'Budget fixed at the agreed media plan. Legal lines from the brand guidelines must appear on every asset.',
    success: `The receiver can start without a call: ${c.objective.toLowerCase()}`,
    strategySummary: `${c.message} We will reach ${c.audience.toLowerCase()} where they already are. Every asset drives one measurable action.`,
    audience: [
      { aspect: 'Demographics', insight: c.audience },
      { aspect: 'Pain point', insight: 'Too many similar offers; little time to compare.' },
      { aspect: 'Motivation', insight: 'Wants a choice they can explain to friends.' },
    ],
    primaryMessage: c.message,
    supportingPoints: [
      'Proof from real customers',
      'A clear, time-limited offer',
      'One obvious next step',
    ],
    avoid: ['Discount-led headlines', 'Jargon'],
    successMetrics: [
      { metric: 'Primary conversion', target: c.objective, byWhen: 'Six weeks after launch' },
    ],
    competitors: [
      {
        competitor: 'Category leader',
        whatTheyDo: 'Price promotions every month',
        howWeDiffer: 'We lead with quality and story',
      },
    ],
  };
}
