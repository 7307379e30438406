import { and, eq, isNull } from 'drizzle-orm';
import type { RejectionReason, TouchKind } from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import type { BackendContext } from '../context';
import { scoringInForce } from './leadFacts';
import {
  acceptLead,
  handOffLead,
  insertLead,
  insertLeadTouch,
  rejectLead,
  setLeadStatus,
} from './leadService';
import { DAY_MS, HOUR_MS, type TimedStep } from './demoTimeline';

// System 5 in the sample agency: B2B leads from its clients' campaigns (cafés for Northwind's
// partner program, employers for Helio's commuter fleet, small firms for Fjord's policies) in
// every status. Each lead comes in, collects touches and crosses the sales-ready threshold by
// the workspace's own scoring; marketing hands it off with a real lead intelligence package and
// the receiver accepts or rejects it with a reason, so the SLA queue (some overdue), the
// re-engagement queue (some due today) and the quality report read as a real pipeline.

type Path =
  /** Left as the touches made it: new, or sales-ready when they crossed the threshold. */
  | { to: 'new' | 'sales-ready' }
  /** Marketing set it to nurture `at` days ago; next touch `next` days from now. */
  | { to: 'nurturing'; at: number; next: number }
  /** Handed off `at` days ago, no answer yet. */
  | { to: 'handed-off'; at: number }
  /** Handed off `at` days ago and accepted `after` hours later; then won or lost `closed` days ago. */
  | { to: 'accepted'; at: number; after: number }
  | { to: 'won' | 'lost'; at: number; after: number; closed: number }
  /** Handed off `at` days ago, rejected `after` hours later. */
  | { to: 'rejected'; at: number; after: number; reason: RejectionReason; text: string }
  /** …and then put back to re-engage `again` days ago, next touch `next` days from now. */
  | {
      to: 're-engage';
      at: number;
      after: number;
      reason: RejectionReason;
      text: string;
      again: number;
      next: number;
    }
  /** Never got anywhere: marked lost `at` days ago. */
  | { to: 'lost-early'; at: number };

interface DemoLead {
  name: string;
  company: string;
  title: string;
  campaign: string;
  channel: string;
  interests: string[];
  notes: string;
  owner: 'Producer' | 'Strategist';
  /** Touches: kind, days ago, note. */
  touches: [TouchKind, number, string][];
  path: Path;
}

const LEADS: DemoLead[] = [
  // --- Northwind Coffee: cafés and offices for the partner program and gift boxes.
  {
    name: 'Hannah Schulz',
    company: 'Kaffeehaus Lindner',
    title: 'Owner and Head Barista',
    campaign: 'Café Partner Program',
    channel: 'Webinar',
    interests: ['wholesale beans', 'barista training'],
    notes: 'Runs two cafés in Leipzig. Unhappy with her current roaster’s delivery times.',
    owner: 'Producer',
    touches: [
      ['webinar', 40, 'Partner program webinar, stayed for the Q&A'],
      ['form', 38, 'Asked for the wholesale price list'],
      ['meeting', 36, 'Tasting at the roastery'],
    ],
    path: { to: 'won', at: 35, after: 5, closed: 12 },
  },
  {
    name: 'Matteo Ricci',
    company: 'Bar Centrale',
    title: 'Managing Director',
    campaign: 'Café Partner Program',
    channel: 'Event',
    interests: ['espresso blends', 'equipment leasing'],
    notes: 'Opening a third bar in spring. Wants a blend of his own name.',
    owner: 'Producer',
    touches: [
      ['visit', 24, 'Visited the roastery stand at the trade fair'],
      ['meeting', 22, 'Cupping session with our head roaster'],
      ['form', 21, 'Requested a quote for 40 kg a month'],
    ],
    path: { to: 'won', at: 20, after: 3, closed: 6 },
  },
  {
    name: 'Sophie Wagner',
    company: 'Kontor Coworking',
    title: 'Head of Workplace',
    campaign: 'Café Partner Program',
    channel: 'LinkedIn',
    interests: ['office coffee', 'sustainability'],
    notes: 'Three coworking floors, 400 members. Budget approved for the new year.',
    owner: 'Producer',
    touches: [
      ['email-click', 12, 'Clicked the office coffee case study'],
      ['download', 11, 'Downloaded the sustainability report'],
      ['call', 10, 'Discovery call, 30 minutes'],
      ['form', 10, 'Asked for a trial delivery'],
    ],
    path: { to: 'accepted', at: 9, after: 6 },
  },
  {
    name: 'Lukas Brandt',
    company: 'Brandt Bäckerei',
    title: 'Managing Director',
    campaign: 'Café Partner Program',
    channel: 'Webinar',
    interests: ['filter coffee', 'wholesale beans'],
    notes:
      'Eleven bakery branches with a coffee counter. Contract with the current supplier ends in March.',
    owner: 'Producer',
    touches: [
      ['webinar', 16, 'Partner program webinar'],
      ['meeting', 15, 'Met at the bakery trade show'],
      ['form', 15, 'Wholesale enquiry form'],
    ],
    path: {
      to: 'rejected',
      at: 14,
      after: 20,
      reason: 'bad-timing',
      text: 'Locked into the current supplier until March; call again in Q1.',
    },
  },
  {
    name: 'Elif Yilmaz',
    company: 'Pausenraum GmbH',
    title: 'Office Manager',
    campaign: 'Holiday Gift Boxes',
    channel: 'Email',
    interests: ['corporate gifts'],
    notes: 'Wants 120 gift boxes for staff. Needs sign-off from the managing director.',
    owner: 'Producer',
    touches: [
      ['email-click', 9, 'Clicked the corporate gift box offer'],
      ['form', 9, 'Bulk order enquiry'],
      ['call', 8, 'Call about delivery dates'],
      ['webinar', 8, 'Gift box tasting livestream'],
    ],
    path: {
      to: 'rejected',
      at: 7.8,
      after: 30,
      reason: 'not-decision-maker',
      text: 'Budget sits with the managing director; Elif will introduce us.',
    },
  },
  {
    name: 'Jan de Vries',
    company: 'Kantoor Koffie BV',
    title: 'Head of Purchasing',
    campaign: 'Holiday Gift Boxes',
    channel: 'Paid social',
    interests: ['corporate gifts', 'decaf'],
    notes: 'Orders gifts for 300 staff across Benelux. Asked for a decaf option.',
    owner: 'Producer',
    touches: [
      ['email-click', 4, 'Clicked the gift box carousel ad'],
      ['form', 3, 'Quote request for 300 boxes'],
      ['call', 3, 'Call to confirm quantities'],
    ],
    path: { to: 'handed-off', at: 2.5 },
  },
  {
    name: 'Clara Hoffmann',
    company: 'Atelier Hoffmann',
    title: 'Studio Coordinator',
    campaign: 'Holiday Gift Boxes',
    channel: 'Email',
    interests: ['corporate gifts'],
    notes: 'Small design studio, twelve people.',
    owner: 'Producer',
    touches: [
      ['email-open', 6, 'Opened the gift box email'],
      ['download', 5, 'Downloaded the gift catalogue'],
    ],
    path: { to: 'new' },
  },
  {
    name: 'Ben Okoro',
    company: 'Roast & Read',
    title: 'Owner',
    campaign: 'Roastery Open Day',
    channel: 'Event',
    interests: ['single origin', 'barista training'],
    notes: 'Bookshop café. Came to the open day with two staff members.',
    owner: 'Producer',
    touches: [
      ['visit', 5, 'Open day visit'],
      ['email-click', 4, 'Clicked the thank-you email'],
    ],
    path: { to: 'nurturing', at: 3, next: 27 },
  },
  {
    name: 'Greta Lund',
    company: 'Fika Stockholm',
    title: 'Head of Operations',
    campaign: 'Roastery Open Day',
    channel: 'Event',
    interests: ['single origin', 'wholesale beans'],
    notes: 'Scouting a German roaster for four cafés. Needs samples shipped to Sweden.',
    owner: 'Producer',
    touches: [
      ['visit', 5, 'Open day visit, long talk with the roaster'],
      ['meeting', 3, 'Follow-up video call'],
      ['form', 2.2, 'Sample request'],
    ],
    path: { to: 'sales-ready' },
  },
  {
    name: 'Tobias Keller',
    company: 'Keller Kaffeebar',
    title: 'Owner',
    campaign: 'Summer Cold Brew Drop',
    channel: 'Instagram',
    interests: ['cold brew'],
    notes: 'Saw the cold brew reel. Only interested in summer.',
    owner: 'Producer',
    touches: [['email-open', 70, 'Opened the cold brew launch email']],
    path: { to: 'lost-early', at: 45 },
  },
  {
    name: 'Anna Novak',
    company: 'Hotel Adler',
    title: 'Food and Beverage Director',
    campaign: 'Autumn Blend Search Push',
    channel: 'Search',
    interests: ['hotel breakfast', 'filter coffee'],
    notes: 'Hotel group with five breakfast rooms. Asked about pricing for 60 kg a month.',
    owner: 'Producer',
    touches: [
      ['form', 50, 'Contact form from the search landing page'],
      ['call', 49, 'Intro call'],
      ['meeting', 47, 'Tasting with the kitchen team'],
    ],
    path: { to: 'lost', at: 46, after: 4, closed: 20 },
  },
  {
    name: 'Paul Meier',
    company: 'Meier Catering',
    title: 'Director',
    campaign: 'Autumn Blend Search Push',
    channel: 'Search',
    interests: ['events', 'filter coffee'],
    notes: 'Caters 200 events a year. Wants one supplier for coffee and tea.',
    owner: 'Producer',
    touches: [
      ['form', 30, 'Catering enquiry'],
      ['meeting', 29, 'Met at his office'],
      ['download', 29, 'Downloaded the event catalogue'],
    ],
    path: {
      to: 'rejected',
      at: 28,
      after: 10,
      reason: 'wrong-fit',
      text: 'Needs tea too; we only roast coffee.',
    },
  },
  {
    name: 'Ida Berg',
    company: 'Berg & Söhne',
    title: 'Marketing Assistant',
    campaign: 'Barista Stories',
    channel: 'YouTube',
    interests: ['barista training'],
    notes: 'Watched three barista videos.',
    owner: 'Producer',
    touches: [['email-open', 2, 'Opened the barista stories newsletter']],
    path: { to: 'new' },
  },
  // --- Helio Bikes: employers for the commuter fleet, dealers for the X2.
  {
    name: 'Katrin Vogel',
    company: 'Vogel Logistik',
    title: 'Head of HR',
    campaign: 'Bike-to-Work Week',
    channel: 'LinkedIn',
    interests: ['bike leasing', 'employee benefits'],
    notes: 'Wants e-bike leasing as a benefit for 250 staff. Asked about tax rules for leasing.',
    owner: 'Strategist',
    touches: [
      ['download', 60, 'Downloaded the bike leasing guide'],
      ['webinar', 58, 'Bike-to-work webinar'],
      ['meeting', 57, 'Meeting with HR and finance'],
    ],
    path: { to: 'won', at: 56, after: 2, closed: 30 },
  },
  {
    name: 'Omar Haddad',
    company: 'Stadtwerke Nord',
    title: 'Sustainability Director',
    campaign: 'Bike-to-Work Week',
    channel: 'Event',
    interests: ['fleet bikes', 'charging'],
    notes: 'Utility with 900 staff. Needs charging points at three depots.',
    owner: 'Strategist',
    touches: [
      ['visit', 33, 'Test ride at the bike-to-work event'],
      ['meeting', 32, 'Site visit at the main depot'],
      ['form', 31, 'Fleet quote request'],
    ],
    path: { to: 'won', at: 30, after: 26, closed: 9 },
  },
  {
    name: 'Nina Sommer',
    company: 'Sommer Architekten',
    title: 'Office Manager',
    campaign: 'Bike-to-Work Week',
    channel: 'Email',
    interests: ['bike leasing'],
    notes: 'Twenty-person office. Interested in leasing for a few staff.',
    owner: 'Strategist',
    touches: [
      ['webinar', 21, 'Bike-to-work webinar'],
      ['form', 20, 'Leasing enquiry'],
      ['meeting', 20, 'Short call with the partners'],
      ['download', 19, 'Downloaded the leasing calculator'],
    ],
    path: {
      to: 'rejected',
      at: 19,
      after: 8,
      reason: 'no-budget',
      text: 'Benefits budget is spent for this year.',
    },
  },
  {
    name: 'Felix Wolf',
    company: 'Wolf Pharma',
    title: 'Head of Facilities',
    campaign: 'Bike-to-Work Week',
    channel: 'LinkedIn',
    interests: ['fleet bikes', 'secure parking'],
    notes: 'Campus with 1,200 staff. Needs secure parking before any fleet.',
    owner: 'Strategist',
    touches: [
      ['form', 10, 'Fleet enquiry from the bike-to-work landing page'],
      ['call', 9, 'Call with facilities'],
      ['download', 9, 'Downloaded the parking spec sheet'],
    ],
    path: { to: 'accepted', at: 8.5, after: 3 },
  },
  {
    name: 'Marta Kowalski',
    company: 'Kowalski IT',
    title: 'Chief Executive',
    campaign: 'Commuter Season',
    channel: 'Paid social',
    interests: ['bike leasing'],
    notes: 'Thirty developers, most commute under 10 km. Wants a pilot with five bikes.',
    owner: 'Strategist',
    touches: [
      ['email-click', 3, 'Clicked the commuter season ad'],
      ['form', 2.4, 'Pilot request'],
      ['call', 2.3, 'Intro call'],
    ],
    path: { to: 'sales-ready' },
  },
  {
    name: 'Rafael Costa',
    company: 'Costa Kurier',
    title: 'Operations Director',
    campaign: 'Commuter Season',
    channel: 'Paid search',
    interests: ['cargo bikes', 'fleet bikes'],
    notes: 'Courier firm testing cargo bikes for inner-city routes. Needs a demo bike for a week.',
    owner: 'Strategist',
    touches: [
      ['form', 3, 'Cargo bike demo request'],
      ['meeting', 2.5, 'Meeting at the depot'],
    ],
    path: { to: 'sales-ready' },
  },
  {
    name: 'Lea Fischer',
    company: 'Radhaus Fischer',
    title: 'Owner and Managing Director',
    campaign: 'Helio X2 Reveal',
    channel: 'Email',
    interests: ['dealer program', 'X2'],
    notes: 'Independent bike shop. Wants to be an X2 dealer for the launch.',
    owner: 'Strategist',
    touches: [
      ['email-click', 2, 'Clicked save the date'],
      ['form', 1, 'Dealer application'],
      ['call', 0.3, 'Call about the dealer program'],
      ['webinar', 0.25, 'Dealer preview webinar'],
    ],
    path: { to: 'sales-ready' },
  },
  {
    name: 'Jakob Richter',
    company: 'Velo Richter',
    title: 'Head of Sales',
    campaign: 'Helio X2 Reveal',
    channel: 'Event',
    interests: ['dealer program', 'X2'],
    notes: 'Three shops in Hamburg. Asked for X2 demo bikes before the reveal.',
    owner: 'Strategist',
    touches: [
      ['visit', 6, 'Visited the press preview booth'],
      ['meeting', 5, 'Dealer meeting'],
      ['form', 5, 'Dealer application'],
    ],
    path: { to: 'handed-off', at: 1.6 },
  },
  {
    name: 'Eva Schmitt',
    company: 'Schmitt Fahrräder',
    title: 'Managing Director',
    campaign: 'Helio X2 Reveal',
    channel: 'Email',
    interests: ['dealer program'],
    notes: 'Family shop since 1962. Needs financing terms for stock.',
    owner: 'Strategist',
    touches: [
      ['email-click', 1, 'Clicked the dealer program email'],
      ['call', 0.5, 'Call with the owner'],
      ['form', 0.4, 'Dealer application'],
    ],
    path: { to: 'handed-off', at: 0.15 },
  },
  {
    name: 'David Lang',
    company: 'Lang Consulting',
    title: 'Partner',
    campaign: 'Winter Riding Tips',
    channel: 'Blog',
    interests: ['winter tyres'],
    notes: 'Read the winter riding post.',
    owner: 'Strategist',
    touches: [
      ['visit', 8, 'Read the winter riding blog post'],
      ['email-open', 7, 'Opened the tips email'],
    ],
    path: { to: 'new' },
  },
  {
    name: 'Mia Braun',
    company: 'Uni Sport Leipzig',
    title: 'Programme Coordinator',
    campaign: 'Student Bike Deal',
    channel: 'TikTok',
    interests: ['student discount'],
    notes: 'Wants a student deal for the university sports club.',
    owner: 'Strategist',
    touches: [
      ['visit', 20, 'Visited the student deal page'],
      ['download', 18, 'Downloaded the student deal flyer'],
    ],
    path: { to: 'nurturing', at: 15, next: -0.1 },
  },
  {
    name: 'Simon Huber',
    company: 'Huber Bau',
    title: 'Head of HR',
    campaign: 'Bike-to-Work Week',
    channel: 'LinkedIn',
    interests: ['bike leasing'],
    notes: 'Construction firm, 180 staff. Email bounced on the second send.',
    owner: 'Strategist',
    touches: [
      ['webinar', 9, 'Bike-to-work webinar'],
      ['form', 9, 'Leasing enquiry'],
      ['meeting', 8.5, 'Video call with HR'],
    ],
    path: {
      to: 'rejected',
      at: 8,
      after: 2,
      reason: 'bad-data',
      text: 'Phone number and email both wrong; the company has a new domain.',
    },
  },
  {
    name: 'Julia Neumann',
    company: 'Neumann Verlag',
    title: 'Head of People',
    campaign: 'Bike-to-Work Week',
    channel: 'Paid social',
    interests: ['bike leasing', 'employee benefits'],
    notes: 'Publisher with 90 staff. Liked the leasing calculator.',
    owner: 'Strategist',
    touches: [
      ['form', 45, 'Leasing enquiry'],
      ['meeting', 44, 'Meeting with the people team'],
      ['download', 44, 'Downloaded the leasing calculator'],
    ],
    path: {
      to: 're-engage',
      at: 43,
      after: 12,
      reason: 'bad-timing',
      text: 'Restructuring until the new year.',
      again: 5,
      next: -0.05,
    },
  },
  // --- Fjord Insurance: small firms for business cover.
  {
    name: 'Henrik Olsen',
    company: 'Olsen Transport',
    title: 'Finance Director',
    campaign: 'Policy Switch Guide',
    channel: 'Search',
    interests: ['fleet insurance', 'liability'],
    notes: 'Twelve trucks. Current insurer raised premiums by 30 percent.',
    owner: 'Strategist',
    touches: [
      ['download', 28, 'Downloaded the policy switch guide'],
      ['call', 27, 'Call about the fleet policy'],
      ['form', 26, 'Quote request'],
    ],
    path: { to: 'won', at: 25, after: 7, closed: 4 },
  },
  {
    name: 'Laura Becker',
    company: 'Becker Steuerberatung',
    title: 'Managing Director',
    campaign: 'Policy Switch Guide',
    channel: 'Email',
    interests: ['professional liability'],
    notes: 'Tax office with 15 staff. Wants a comparison with her current liability cover.',
    owner: 'Strategist',
    touches: [
      ['email-click', 16, 'Clicked the switch guide email'],
      ['download', 16, 'Downloaded the comparison sheet'],
      ['call', 15, 'Call with a Fjord adviser'],
      ['form', 15, 'Quote request'],
    ],
    path: { to: 'accepted', at: 14.5, after: 1.5 },
  },
  {
    name: 'Stefan Roth',
    company: 'Roth Elektro',
    title: 'Head of Administration',
    campaign: 'Claims in a Day',
    channel: 'LinkedIn',
    interests: ['business contents', 'fast claims'],
    notes: 'Electrical contractor. Had a claim that took four months with the old insurer.',
    owner: 'Strategist',
    touches: [
      ['email-click', 6, 'Clicked the claims-in-a-day carousel'],
      ['webinar', 5, 'Claims explained webinar'],
      ['call', 5, 'Call with an adviser'],
    ],
    path: { to: 'accepted', at: 4.5, after: 20 },
  },
  {
    name: 'Aylin Demir',
    company: 'Demir Gastro',
    title: 'Owner',
    campaign: 'Claims in a Day',
    channel: 'Paid search',
    interests: ['business contents'],
    notes: 'Restaurant owner. Asked the same question twice under two emails.',
    owner: 'Strategist',
    touches: [
      ['form', 12, 'Quote request'],
      ['call', 11, 'Call with an adviser'],
      ['meeting', 11, 'Visit at the restaurant'],
    ],
    path: {
      to: 'rejected',
      at: 10.5,
      after: 4,
      reason: 'duplicate',
      text: 'Already a lead under her restaurant’s email.',
    },
  },
  {
    name: 'Martin Scholz',
    company: 'Scholz Immobilien',
    title: 'Director',
    campaign: 'Home Cover Explained',
    channel: 'Blog',
    interests: ['landlord insurance'],
    notes: 'Manages 40 flats. Wants landlord cover for the whole portfolio.',
    owner: 'Strategist',
    touches: [
      ['visit', 35, 'Read the home cover guide'],
      ['download', 34, 'Downloaded the landlord checklist'],
      ['meeting', 33, 'Meeting at his office'],
      ['form', 33, 'Portfolio quote request'],
    ],
    path: {
      to: 're-engage',
      at: 32,
      after: 30,
      reason: 'no-budget',
      text: 'Waiting for the owners’ meeting in spring.',
      again: 10,
      next: 20,
    },
  },
  {
    name: 'Petra Zimmermann',
    company: 'Zimmermann Praxis',
    title: 'Practice Manager',
    campaign: 'Home Cover Explained',
    channel: 'Email',
    interests: ['contents insurance'],
    notes: 'Dental practice. Read the guide, no reply to two follow-ups.',
    owner: 'Strategist',
    touches: [
      ['email-open', 25, 'Opened the home cover guide email'],
      ['visit', 24, 'Visited the guide page'],
    ],
    path: { to: 'nurturing', at: 22, next: 8 },
  },
  {
    name: 'Karl Jensen',
    company: 'Jensen Reisen',
    title: 'Managing Director',
    campaign: 'Travel Cover Summer',
    channel: 'Paid social',
    interests: ['group travel insurance'],
    notes: 'Travel agency. Wants group cover for school trips.',
    owner: 'Strategist',
    touches: [
      ['form', 80, 'Group cover enquiry'],
      ['call', 79, 'Intro call'],
      ['meeting', 78, 'Meeting about school trips'],
    ],
    path: { to: 'lost', at: 77, after: 10, closed: 60 },
  },
  {
    name: 'Sara Lindqvist',
    company: 'Nordic Design Studio',
    title: 'Studio Manager',
    campaign: 'Travel Cover Summer',
    channel: 'Email',
    interests: ['business travel'],
    notes: 'Team travels to trade fairs four times a year.',
    owner: 'Strategist',
    touches: [['email-open', 65, 'Opened the travel cover email']],
    path: { to: 'lost-early', at: 30 },
  },
  {
    name: 'Tim Krüger',
    company: 'Krüger Handwerk',
    title: 'Owner',
    campaign: 'Renewal Reminders',
    channel: 'Email',
    interests: ['liability'],
    notes: 'Existing private customer asking about cover for his workshop.',
    owner: 'Strategist',
    touches: [
      ['email-click', 3, 'Clicked the renewal reminder'],
      ['visit', 2, 'Visited the business cover page'],
    ],
    path: { to: 'new' },
  },
  {
    name: 'Nora Vidal',
    company: 'Vidal Physio',
    title: 'Owner',
    campaign: 'Renewal Reminders',
    channel: 'Email',
    interests: ['professional liability'],
    notes: 'Physiotherapy practice, renews in February.',
    owner: 'Strategist',
    touches: [
      ['email-click', 18, 'Clicked the renewal reminder'],
      ['download', 17, 'Downloaded the liability comparison'],
    ],
    path: { to: 'nurturing', at: 16, next: 14 },
  },
  {
    name: 'Oskar Brenner',
    company: 'Brenner Metallbau',
    title: 'Head of Finance',
    campaign: 'Policy Switch Guide',
    channel: 'Search',
    interests: ['business contents', 'liability'],
    notes: 'Metalwork shop with 60 staff. Premium went up twice in two years.',
    owner: 'Strategist',
    touches: [
      ['download', 0.6, 'Downloaded the policy switch guide'],
      ['call', 0.5, 'Call with an adviser'],
      ['form', 0.4, 'Quote request'],
    ],
    path: { to: 'sales-ready' },
  },
  {
    name: 'Fatima Rahman',
    company: 'Rahman Apotheke',
    title: 'Owner',
    campaign: 'Claims in a Day',
    channel: 'LinkedIn',
    interests: ['business contents', 'fast claims'],
    notes: 'Pharmacy with cold storage. Asked how fast a spoiled-stock claim pays out.',
    owner: 'Strategist',
    touches: [
      ['email-click', 3, 'Clicked the claims timeline post'],
      ['meeting', 2, 'Meeting at the pharmacy'],
      ['form', 2, 'Quote request'],
      ['call', 1.9, 'Follow-up call'],
    ],
    path: { to: 'accepted', at: 1.8, after: 2 },
  },
  {
    name: 'Moritz Engel',
    company: 'Engel Events',
    title: 'Head of Operations',
    campaign: 'Café Partner Program',
    channel: 'Webinar',
    interests: ['events', 'espresso blends'],
    notes: 'Runs coffee bars at trade fairs. Wants a supplier who can deliver at short notice.',
    owner: 'Producer',
    touches: [
      ['webinar', 13, 'Partner program webinar'],
      ['call', 12, 'Call about event supply'],
      ['form', 12, 'Event supply enquiry'],
    ],
    path: {
      to: 'rejected',
      at: 11.5,
      after: 5,
      reason: 'other',
      text: 'Needs weekend delivery, which the roastery cannot do yet.',
    },
  },
];

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const emailOf = (lead: DemoLead) =>
  `${slug(lead.name.split(' ')[0]!)}@${slug(lead.company)}.example`;

interface Cast {
  workspaceId: string;
  owners: Record<DemoLead['owner'], string>;
  /** Sales contact in the sample agency: the Account Director takes new business. */
  receiver: string;
}

function castOf(read: ReadDb): Cast {
  const people = read
    .select({ id: s.people.id, role: s.people.roleTitle, workspaceId: s.people.workspaceId })
    .from(s.people)
    .where(isNull(s.people.deletedAt))
    .all();
  const byRole = (role: string) => {
    const p = people.find((x) => x.role === role);
    if (!p) throw new Error(`demo leads: the sample agency has no ${role}`);
    return p;
  };
  const receiver = byRole('Account Director');
  return {
    workspaceId: receiver.workspaceId,
    owners: { Producer: byRole('Producer').id, Strategist: byRole('Strategist').id },
    receiver: receiver.id,
  };
}

/** The id the lead got when its insert step ran (looked up by email, which is unique). */
function leadIdOf(read: ReadDb, email: string): string {
  const row = read
    .select({ id: s.leads.id })
    .from(s.leads)
    .where(and(eq(s.leads.emailKey, email), isNull(s.leads.deletedAt)))
    .get();
  if (!row) throw new Error(`demo leads: ${email} was not written`);
  return row.id;
}

/**
 * The leads' past as steps. The people exist before these steps run but their ids are made
 * when the agency is written, so the first step looks them up and the later steps read their
 * actor from it (a getter: runTimeline reads `actor` only when it runs the step).
 */
export function leadSteps(
  campaignIds: ReadonlyMap<string, string>,
  campaignCreatedAt: ReadonlyMap<string, number>,
  now: number,
): TimedStep[] {
  let cast: Cast | null = null;
  const who = (): Cast => {
    if (!cast) throw new Error('demo leads: people looked up before the first lead step');
    return cast;
  };
  const ago = (days: number) => now - days * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString();
  const oldest = Math.max(...LEADS.flatMap((l) => l.touches.map((t) => t[1])));
  const steps: TimedStep[] = [
    { at: ago(oldest) - HOUR_MS, actor: null, write: (tx) => void (cast = castOf(tx.read)) },
  ];
  const acting = (at: number, person: () => string, act: (ctx: BackendContext) => void) =>
    steps.push({
      at,
      get actor() {
        return person();
      },
      act,
    });

  for (const lead of LEADS) {
    const email = emailOf(lead);
    const campaignId = campaignIds.get(lead.campaign);
    if (campaignId === undefined) throw new Error(`demo leads: no campaign ${lead.campaign}`);
    const owner = () => who().owners[lead.owner];
    const receiver = () => who().receiver;
    const first = Math.max(...lead.touches.map((t) => t[1]));
    // A lead never comes in before its campaign exists: with the plan's working days a
    // campaign can start later than the days-ago of a lead's first touch (it depends on the
    // weekday the demo is made on), so such a lead's whole story moves later by the gap.
    const created = campaignCreatedAt.get(lead.campaign) ?? -Infinity;
    const shift = Math.max(0, created + HOUR_MS - (ago(first) - HOUR_MS));
    const at = (days: number) => ago(days) + shift;
    const id = (ctx: BackendContext) => leadIdOf(ctx.db.read, email);

    steps.push({
      // It came in an hour before its first touch was recorded.
      at: at(first) - HOUR_MS,
      get actor() {
        return owner();
      },
      write: (tx) =>
        void insertLead(
          tx,
          {
            personName: lead.name,
            company: lead.company,
            email,
            jobTitle: lead.title,
            sourceCampaignId: campaignId,
            sourceChannel: lead.channel,
            interests: lead.interests,
            notes: lead.notes,
            ownerId: owner(),
            assigneeId: lead.path.to === 'new' ? null : receiver(),
          },
          scoringInForce(tx.read),
        ),
    });
    for (const [kind, days, note] of lead.touches) {
      steps.push({
        at: at(days),
        get actor() {
          return owner();
        },
        write: (tx) =>
          void insertLeadTouch(tx, {
            leadId: leadIdOf(tx.read, email),
            kind,
            at: iso(at(days)),
            note,
          }),
      });
    }

    const path = lead.path;
    switch (path.to) {
      case 'new':
      case 'sales-ready':
        break;
      case 'nurturing':
        acting(at(path.at), owner, (ctx) =>
          setLeadStatus(ctx, {
            id: id(ctx),
            status: 'nurturing',
            nextTouchAt: iso(now + path.next * DAY_MS),
          }),
        );
        break;
      case 'lost-early':
        acting(at(path.at), owner, (ctx) => setLeadStatus(ctx, { id: id(ctx), status: 'lost' }));
        break;
      default: {
        const handedAt = at(path.at);
        acting(handedAt, owner, (ctx) => {
          const result = handOffLead(ctx, { id: id(ctx) });
          if (!result.handedOff) {
            const parts = result.missing.map((m) => `${m.part} ${m.problem}`).join('; ');
            throw new Error(`demo leads: ${lead.name} could not be handed off: ${parts}`);
          }
        });
        if (path.to === 'handed-off') break;
        const answeredAt = handedAt + path.after * HOUR_MS;
        if (path.to === 'rejected' || path.to === 're-engage') {
          acting(answeredAt, receiver, (ctx) =>
            rejectLead(ctx, { id: id(ctx), reasonCode: path.reason, text: path.text }),
          );
          if (path.to === 're-engage') {
            acting(at(path.again), owner, (ctx) =>
              setLeadStatus(ctx, {
                id: id(ctx),
                status: 're-engage',
                nextTouchAt: iso(now + path.next * DAY_MS),
              }),
            );
          }
          break;
        }
        acting(answeredAt, receiver, (ctx) => acceptLead(ctx, { id: id(ctx) }));
        if (path.to === 'won' || path.to === 'lost') {
          const status = path.to;
          acting(at(path.closed), receiver, (ctx) => setLeadStatus(ctx, { id: id(ctx), status }));
        }
      }
    }
  }
  return steps;
}

/** How many demo leads there are (for tests that filter to them). */
export const DEMO_LEAD_COUNT = LEADS.length;
