import http from 'node:http';
import {
  getEventIteratorSchemaDetails,
  isContractProcedure,
  type AnyContractProcedure,
  type AnySchema,
} from '@orpc/contract';
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  test,
  vi,
  type MockInstance,
} from 'vitest';
import { contract } from '../../shared/api';
import type { ApiClient } from '../../renderer/api/client';
import { createHttpClient } from '../../renderer/api/client';
import { toBatonError } from '../../renderer/api/errors';
import {
  connect,
  failureOf,
  openBackend,
  settle,
  tableCounts,
  type Binding,
  type TestBackend,
} from '../harness/apiBindings';

// Every procedure of the contract, fed malformed and oversized input over the Electron-style
// MessagePort and over HTTP: each call must come back as a typed error (never a crash, never a
// hang) and leave every table exactly as it was.

interface Proc {
  name: string;
  path: string[];
  input: AnySchema;
  stream: boolean;
}

function walk(node: object, prefix: string[] = []): Proc[] {
  return Object.entries(node).flatMap(([key, value]: [string, unknown]) => {
    const path = [...prefix, key];
    if (isContractProcedure(value)) {
      const def = (value as AnyContractProcedure)['~orpc'];
      return [
        {
          name: path.join('.'),
          path,
          input: def.inputSchema,
          stream: getEventIteratorSchemaDetails(def.outputSchema) !== undefined,
        },
      ];
    }
    return typeof value === 'object' && value !== null ? walk(value, path) : [];
  });
}

const ALL = walk(contract);
const CALLS = ALL.filter((p) => !p.stream);
const STREAMS = ALL.filter((p) => p.stream);
const CODES = ['BAD_REQUEST', 'NOT_FOUND', 'CONFLICT', 'RULE_VIOLATION', 'READ_ONLY'];
const BIG = 300_000;

interface Seed {
  personId: string;
  clientId: string;
  stageId: string;
  campaignId: string;
  handoffId: string;
  checklistItemId: string;
}

const brand = {
  voice: 'Warm',
  dos: ['Show real people'],
  donts: ['No stock photos'],
  logoRules: 'Clear space',
  colourRules: 'Teal',
  legalLines: 'Terms apply',
};

/** A valid input for every procedure: oversized cases inflate one string of it at a time. */
const VALID: Record<string, (s: Seed) => unknown> = {
  'system.info': () => undefined,
  'system.backup': () => undefined,
  'system.check': () => undefined,
  'workspace.get': () => undefined,
  'workspace.create': () => ({
    name: 'Second agency',
    homeTimeZone: 'Europe/Paris',
    me: { name: 'Bob Builder', email: 'bob@agency.example', roleTitle: 'Designer' },
  }),
  'workspace.loadDemo': () => undefined,
  'workspace.setMe': (s) => ({ personId: s.personId }),
  'people.list': () => undefined,
  'people.create': () => ({
    name: 'Grace Hopper',
    email: 'grace@agency.example',
    roleTitle: 'Producer',
  }),
  'people.update': (s) => ({
    id: s.personId,
    name: 'Ada King',
    email: 'ada.king@agency.example',
    roleTitle: 'Analyst',
  }),
  'people.remove': (s) => ({ id: s.personId }),
  'people.restore': (s) => ({ id: s.personId }),
  'clients.list': () => undefined,
  'clients.create': () => ({ name: 'Fjord Insurance', accentColor: '#1d4ed8', brand }),
  'clients.update': (s) => ({ id: s.clientId, name: 'Helio', accentColor: '#0f766e', brand }),
  'clients.remove': (s) => ({ id: s.clientId }),
  'clients.restore': (s) => ({ id: s.clientId }),
  'stages.list': () => undefined,
  'stages.rename': (s) => ({ id: s.stageId, name: 'Planning' }),
  'campaigns.list': () => undefined,
  'campaigns.get': (s) => ({ id: s.campaignId }),
  'campaigns.cards': (s) => ({ ids: [s.campaignId] }),
  'campaigns.create': (s) => ({
    name: 'Winter Riding Tips',
    clientId: s.clientId,
    type: 'email',
    channels: ['email'],
    launchDate: '2026-06-01',
    ownerId: s.personId,
    team: [s.personId],
  }),
  'campaigns.update': (s) => ({
    id: s.campaignId,
    name: 'Summer Riding Tips',
    clientId: s.clientId,
    type: 'social',
    channels: ['instagram'],
    launchDate: '2026-07-01',
    ownerId: s.personId,
    team: [s.personId],
  }),
  'campaigns.remove': (s) => ({ id: s.campaignId }),
  'campaigns.restore': (s) => ({ id: s.campaignId }),
  'handoffs.get': (s) => ({ id: s.handoffId }),
  'handoffs.setField': (s) => ({ handoffId: s.handoffId, key: 'objective', value: 'Sell more' }),
  'handoffs.setChecklistItem': (s) => ({ id: s.checklistItemId, done: true }),
  'handoffs.setRaci': (s) => ({
    handoffId: s.handoffId,
    assignments: [{ personId: s.personId, role: 'A' }],
  }),
  'handoffs.setQualityOwner': (s) => ({ handoffId: s.handoffId, personId: s.personId }),
  'handoffs.comment': (s) => ({ handoffId: s.handoffId, body: 'Looks good to me' }),
  'handoffs.submit': (s) => ({ id: s.handoffId }),
  'handoffs.approve': (s) => ({ id: s.handoffId, packageHash: '0123456789abcdef' }),
  'handoffs.requestChanges': (s) => ({ id: s.handoffId, reason: 'Needs audience data' }),
  'handoffs.acknowledge': (s) => ({ id: s.handoffId }),
  'handoffs.sendBack': (s) => ({ id: s.handoffId, missing: ['Logo files'], reason: 'No logos' }),
  'handoffs.override': (s) => ({ id: s.handoffId, reason: 'Client approved on a call' }),
  'handoffs.signPreflight': (s) => ({ id: s.handoffId, packageHash: '0123456789abcdef' }),
  'campaigns.setPlan': (s) => ({
    id: s.campaignId,
    steps: [{ fromStageId: s.stageId, durationDays: 8, bufferDays: 1 }],
  }),
  'campaigns.activity': (s) => ({ id: s.campaignId, limit: 20 }),
  // A folder that does not exist: even a valid call can make nothing on disk.
  'campaigns.folderStructure': (s) => ({
    campaignId: s.campaignId,
    folder: '/nonexistent-baton-folder',
    create: false,
  }),
  'campaigns.move': (s) => ({ id: s.campaignId, toStageId: s.stageId, reason: 'Back to plan' }),
  'exports.handoff': (s) => ({ handoffId: s.handoffId, format: 'md' }),
  'exports.campaign': (s) => ({ campaignId: s.campaignId, format: 'md' }),
  'exports.health': () => ({ format: 'md', weeks: 12 }),
  'exports.leadAgenda': () => ({
    from: '2026-03-16T00:00:00.000Z',
    to: '2026-03-23T00:00:00.000Z',
    format: 'md',
  }),
  'activity.list': (s) => ({ entityId: s.campaignId, limit: 10 }),
  'decisions.list': (s) => ({ campaignId: s.campaignId }),
  'decisions.add': (s) => ({
    campaignId: s.campaignId,
    text: 'We agreed on a call that the hero banner leads with the price.',
    otherPartyId: s.personId,
  }),
  'decisions.confirm': (s) => ({ id: s.campaignId }),
  'decisions.remove': (s) => ({ id: s.campaignId }),
  'handoffMap.list': () => undefined,
  'handoffMap.save': (s) => ({
    fromStage: 'creative',
    toStage: 'production',
    location: 'Shared drive: /Clients/Helio',
    tool: 'Figma',
    ownerId: s.personId,
    notes: 'Source files',
  }),
  'handoffMap.remove': (s) => ({ id: s.campaignId }),
  'production.library': () => undefined,
  'production.setNamingPattern': () => ({ pattern: 'YYYYMMDD_client_asset-name_vNN.ext' }),
  'production.setChannelSpecs': () => ({
    specs: [
      {
        id: 'instagram-story',
        channel: 'Instagram',
        placement: 'story',
        width: 1080,
        height: 1920,
        dimensionRule: 'ratio',
        formats: [{ format: 'jpg', maxBytes: 30_000_000 }],
        textLimits: [],
        notes: 'Keep text out of the top and bottom 250 px',
      },
    ],
  }),
  'health.report': () => ({ weeks: 12 }),
  'assets.list': (s) => ({ campaignId: s.campaignId }),
  'assets.create': (s) => ({
    campaignId: s.campaignId,
    name: 'Hero banner',
    channelSpecId: 'instagram-story',
    format: 'jpg',
    width: 1080,
    height: 1920,
    fileSizeBytes: 2_000_000,
    location: 'https://drive.example.com/helio/hero',
    dependsOn: [],
    fileName: '2026-06-01_helio-bikes-commuter-season_hero-banner_v01.jpg',
    note: 'First cut',
  }),
  'assets.update': (s) => ({ id: s.campaignId, name: 'Hero banner wide', width: 1200 }),
  'assets.addVersion': (s) => ({
    assetId: s.campaignId,
    fileName: '2026-06-01_helio-bikes-commuter-season_hero-banner_v02.jpg',
    note: 'Logo larger',
    location: '/Volumes/Shared/Helio/hero',
  }),
  'assets.setApproval': (s) => ({ assetId: s.campaignId, state: 'approved' }),
  'assets.remove': (s) => ({ id: s.campaignId }),
  'assets.restore': (s) => ({ id: s.campaignId }),
  'calendar.list': (s) => ({
    from: '2026-03-01',
    to: '2026-03-31',
    clientId: s.clientId,
    channel: 'email',
    campaignId: s.campaignId,
    ownerId: s.personId,
  }),
  'calendar.create': (s) => ({
    campaignId: s.campaignId,
    channel: 'email',
    title: 'Spring launch email',
    date: '2026-03-16',
    time: '09:00',
    timeZone: 'Europe/Berlin',
    audienceSegment: 'VIP customers',
    ownerId: s.personId,
    status: 'planned',
    notes: 'Subject line A/B',
  }),
  'calendar.update': (s) => ({ id: s.campaignId, title: 'Spring email', time: '10:30' }),
  'calendar.move': (s) => ({ id: s.campaignId, date: '2026-03-17' }),
  'calendar.remove': (s) => ({ id: s.campaignId }),
  'calendar.restore': (s) => ({ id: s.campaignId }),
  'calendar.repurpose': (s) => ({ sourceId: s.campaignId, channel: 'social' }),
  'calendar.exportIcal': (s) => ({ from: '2026-03-01', to: '2026-03-31', clientId: s.clientId }),
  'calendar.exportCsv': () => ({ from: '2026-03-01', to: '2026-03-31', channel: 'social' }),
  'calendar.rules': () => undefined,
  'calendar.setRules': () => ({
    rules: [
      {
        id: 'teaser-before-email',
        kind: 'teaserBeforeEmail',
        name: 'Teaser before email',
        enabled: true,
        minDays: 2,
      },
    ],
  }),
  'calendar.syncLaunch': (s) => ({ campaignId: s.campaignId }),
  'leads.list': (s) => ({ status: 'new', ownerId: s.personId, search: 'acme', limit: 20 }),
  'leads.get': (s) => ({ id: s.campaignId }),
  'leads.create': (s) => ({
    personName: 'Ana Ruiz',
    company: 'Acme',
    email: 'ana@acme.example',
    jobTitle: 'Head of Growth',
    sourceCampaignId: s.campaignId,
    sourceChannel: 'webinar',
    interests: ['API'],
    notes: 'Wants a demo',
    ownerId: s.personId,
  }),
  'leads.update': (s) => ({ id: s.campaignId, company: 'Acme Inc', nurtureTrack: 'general' }),
  'leads.remove': (s) => ({ id: s.campaignId }),
  'leads.restore': (s) => ({ id: s.campaignId }),
  'leads.addTouch': (s) => ({ leadId: s.campaignId, kind: 'webinar', note: 'Attended' }),
  'leads.setStatus': (s) => ({ id: s.campaignId, status: 'nurturing', nurtureTrack: 'general' }),
  'leads.handOff': (s) => ({ id: s.campaignId }),
  'leads.accept': (s) => ({ id: s.campaignId }),
  'leads.reject': (s) => ({ id: s.campaignId, reasonCode: 'no-budget', text: 'Next year' }),
  'leads.queue': () => undefined,
  'leads.reengagementQueue': () => undefined,
  'leads.qualityReport': () => ({ from: '2026-03-01T00:00:00.000Z' }),
  'leads.weeklyAgenda': () => ({ to: '2026-03-23T00:00:00.000Z' }),
  'leads.scoring': () => undefined,
  'leads.setScoring': () => ({
    fitRules: [{ field: 'jobTitle', op: 'contains', values: ['Head'], points: 15 }],
    touchPoints: { webinar: 10 },
    halfLifeDays: 30,
    salesReadyThreshold: 40,
  }),
  'leads.sla': () => undefined,
  'leads.setSla': () => ({
    handOffWithinHours: 24,
    acceptWithinHours: 24,
    businessHours: {
      start: '09:00',
      end: '17:00',
      days: [1, 2, 3, 4, 5],
      timeZone: 'Europe/Berlin',
    },
  }),
  'leads.importPreview': () => ({ csvText: 'name,email\nAna,ana@acme.example' }),
  'leads.importCommit': () => ({
    csvText: 'name,email\nAna,ana@acme.example',
    mapping: { email: 'email' },
  }),
  'optimization.overview': () => undefined,
  'optimization.campaign': (s) => ({ campaignId: s.campaignId }),
  'optimization.standards': () => undefined,
  'optimization.setStandards': () => ({
    standards: {
      paid_ads: [
        {
          key: 'ctr',
          name: 'CTR',
          unit: '%',
          direction: 'higher',
          target: 1.5,
          dataSource: 'Ad platform',
          frequency: 'daily',
        },
      ],
    },
  }),
  'optimization.addEntry': (s) => ({
    campaignId: s.campaignId,
    metricKey: 'open_rate',
    day: '2026-06-03',
    value: 24.5,
  }),
  'optimization.importCsv': (s) => ({
    campaignId: s.campaignId,
    text: 'day,metric,value\n2026-06-03,open_rate,24.5',
  }),
  'optimization.scheduleReviews': (s) => ({ campaignId: s.campaignId, analystId: s.personId }),
  'optimization.updateReview': (s) => ({ id: s.campaignId, whatHappened: 'Opens on target' }),
  'optimization.addFinding': (s) => ({ reviewId: s.campaignId, text: 'Clicks low on mobile' }),
  'optimization.updateFinding': (s) => ({
    id: s.campaignId,
    outcome: 'action',
    action: { title: 'Bigger mobile button', impact: 7, confidence: 6, effort: 2 },
  }),
  'optimization.completeReview': (s) => ({ id: s.campaignId }),
  'optimization.backlog': (s) => ({ campaignId: s.campaignId }),
  'optimization.createBacklogItem': (s) => ({
    campaignId: s.campaignId,
    title: 'Test a shorter subject line',
    detail: 'Opens dipped on day 2',
    impact: 6,
    confidence: 5,
    effort: 2,
  }),
  'optimization.updateBacklogItem': (s) => ({ id: s.campaignId, status: 'planned' }),
  'optimization.createTestPlan': (s) => ({
    campaignId: s.campaignId,
    hypothesis: 'A shorter subject line lifts opens',
    variants: ['Long subject', 'Short subject'],
    primaryMetric: 'open_rate',
    minimumDetectableEffect: '+2 pt open rate',
    durationDays: 7,
  }),
  'optimization.updateTestPlan': (s) => ({ id: s.campaignId, durationDays: 10 }),
  'optimization.finishTestPlan': (s) => ({ id: s.campaignId, result: 'Short won by 3 pt' }),
  'retrospectives.list': () => ({ includeHeld: false }),
  'retrospectives.get': (s) => ({ id: s.campaignId }),
  'retrospectives.update': (s) => ({
    id: s.campaignId,
    whatWorked: 'Teaser first',
    whatDidNot: 'Late creative, because the brief changed',
    heldOn: '2026-06-08',
  }),
  'retrospectives.addImprovement': (s) => ({
    retrospectiveId: s.campaignId,
    text: 'Lock the brief a week earlier',
    ownerId: s.campaignId,
    templateChange: true,
  }),
  'retrospectives.updateImprovement': (s) => ({ id: s.campaignId, text: 'Lock it earlier' }),
  'retrospectives.removeImprovement': (s) => ({ id: s.campaignId }),
  'retrospectives.restoreImprovement': (s) => ({ id: s.campaignId }),
  'retrospectives.complete': (s) => ({ id: s.campaignId, heldOn: '2026-06-08' }),
  'retrospectives.addLearning': (s) => ({
    retrospectiveId: s.campaignId,
    title: 'Teaser posts before the email',
    body: 'Posting a day first lifted opens.',
  }),
  'retrospectives.startNextCampaign': (s) => ({
    retrospectiveId: s.campaignId,
    name: 'Commuter season 2027',
    learningIds: [s.campaignId],
  }),
  'playbook.search': (s) => ({
    text: 'teaser email',
    campaignType: 'social',
    channel: 'instagram',
    clientId: s.campaignId,
  }),
  'playbook.forCampaign': (s) => ({ campaignId: s.campaignId }),
  'playbook.create': (s) => ({
    title: 'Teaser posts before the email',
    body: 'Posting first lifted opens.',
    campaignType: 'social',
    channels: ['instagram'],
    clientId: s.campaignId,
  }),
  'playbook.update': (s) => ({ id: s.campaignId, title: 'Teasers first' }),
  'playbook.remove': (s) => ({ id: s.campaignId }),
  'templates.list': () => undefined,
  'templates.get': () => ({ from: 'creative', to: 'production', campaignType: 'email' }),
  'templates.save': () => ({
    from: 'creative',
    to: 'production',
    campaignType: 'email',
    expectedVersion: 1,
    name: 'Creative → Production package',
    fields: [
      {
        key: 'copyVariations',
        label: 'Copy variations',
        type: 'table',
        required: true,
        help: 'Headline, body and CTA per variation.',
        columns: [{ key: 'headline', label: 'Headline' }],
      },
    ],
    checklist: [{ key: 'seedList', label: 'Seed list send received', required: true }],
    defaultRaci: { R: ['Designer'], A: 'Creative Director', C: [], I: ['Producer'] },
    durationDays: 10,
    bufferDays: 2,
  }),
  'templates.reset': () => ({ from: 'creative', to: 'production', campaignType: 'email' }),
  'sync.status': () => undefined,
  'sync.setup': () => ({
    folder: '/tmp/baton-team',
    deviceName: 'Ada laptop',
    mode: 'join',
    passphrase: 'team phrase 2026',
  }),
  'sync.run': () => undefined,
  'sync.leave': () => undefined,
  'sync.conflicts': () => undefined,
  'sync.resolveConflict': () => ({
    id: '01900000-0000-7000-8000-0000000000aa',
    choice: { text: 'Tone: warm and serious' },
  }),
};

async function accepts(schema: AnySchema, value: unknown): Promise<boolean> {
  if (!schema) return true;
  const result = await schema['~standard'].validate(value);
  return !result.issues;
}

type Path = (string | number)[];

/** Every string inside `value`, with its path. */
function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  }
  return [];
}

function replaceAt(value: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = replaceAt(copy[head!], rest, make);
  return copy;
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'many';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not-a-list';
  return 'not-an-object';
}

interface Case {
  label: string;
  input: unknown;
  /** The field a BAD_REQUEST must name, when the case breaks one field. */
  field?: string;
}

/** Inputs the procedure's own schema rejects: the server must answer each with BAD_REQUEST. */
async function malformedCases(proc: Proc, valid: unknown): Promise<Case[]> {
  const candidates: Case[] = [
    { label: "'garbage'", input: 'garbage' },
    { label: '42', input: 42 },
    { label: 'null', input: null },
    { label: 'an array', input: [1, 2, 3] },
    { label: '{}', input: {} },
    { label: '{ id: 42 }', input: { id: 42 } },
  ];
  if (valid && typeof valid === 'object') {
    for (const key of Object.keys(valid)) {
      const input = replaceAt(valid, [key], wrongTypeFor);
      candidates.push({ label: `${key} of the wrong type`, input, field: key });
    }
    for (const key of Object.keys(valid)) {
      const rest = Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
      candidates.push({ label: `without ${key}`, input: rest, field: key });
    }
  }
  const kept: Case[] = [];
  for (const c of candidates) if (!(await accepts(proc.input, c.input))) kept.push(c);
  return kept;
}

/** Each string of the valid input inflated past 300,000 characters, one at a time. */
function oversizedCases(valid: unknown): Case[] {
  const leaves = stringLeaves(valid);
  if (leaves.length === 0) {
    // No string to inflate (no input, or ids only as numbers): send junk beside it.
    const base = valid && typeof valid === 'object' ? valid : {};
    return [{ label: 'a 300,000-character extra key', input: { ...base, junk: 'x'.repeat(BIG) } }];
  }
  return leaves.map((path) => ({
    label: `${path.join('.')} of 300,000+ characters`,
    // Kept in the shape of the valid value (an email stays an email) so only its size is wrong.
    input: replaceAt(valid, path, (old) => 'x'.repeat(BIG) + String(old)),
    field: path.join('.'),
  }));
}

function procedureOf(client: ApiClient, path: string[]) {
  const fn = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], client);
  return fn as (input: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>;
}

async function seed(api: ApiClient): Promise<Seed> {
  const ws = await api.workspace.create({
    name: 'Northwind Agency',
    me: { name: 'Ada Lovelace', email: 'ada@agency.example', roleTitle: 'Account Director' },
  });
  const client = await api.clients.create({ name: 'Helio Bikes' });
  const campaign = await api.campaigns.create({
    name: 'Commuter Season',
    clientId: client.id,
    type: 'paid_ads',
    launchDate: '2026-06-01',
  });
  const detail = await api.campaigns.get({ id: campaign.id });
  await api.handoffs.setField({
    handoffId: detail.handoffs[0]!.handoff.id,
    key: 'context',
    value: 'Last year hit 80% of target.',
  });
  return {
    personId: ws.me!.id,
    clientId: client.id,
    stageId: ws.stages[0]!.id,
    campaignId: campaign.id,
    handoffId: detail.handoffs[0]!.handoff.id,
    checklistItemId: detail.handoffs[0]!.checklist[0]!.id,
  };
}

test('every procedure of the contract has a valid sample input here', async () => {
  expect(CALLS.length).toBeGreaterThan(20);
  expect(STREAMS.map((p) => p.name)).toEqual(['exports.campaignWithProgress', 'live.updates']);
  expect(Object.keys(VALID).sort()).toEqual(CALLS.map((p) => p.name).sort());
  const fake: Seed = {
    personId: '01900000-0000-7000-8000-000000000001',
    clientId: '01900000-0000-7000-8000-000000000002',
    stageId: '01900000-0000-7000-8000-000000000003',
    campaignId: '01900000-0000-7000-8000-000000000004',
    handoffId: '01900000-0000-7000-8000-000000000005',
    checklistItemId: '01900000-0000-7000-8000-000000000006',
  };
  for (const proc of CALLS) {
    expect(await accepts(proc.input, VALID[proc.name]!(fake)), proc.name).toBe(true);
  }
});

describe.each(['MessagePort', 'HTTP'] as const)('bad input over %s', (bindingName) => {
  let env: TestBackend;
  let binding: Binding;
  let api: ApiClient;
  let ids: Seed;
  let baseline: Record<string, number>;
  let errorLog: MockInstance<typeof console.error>;

  beforeAll(async () => {
    env = openBackend();
    binding = await connect(bindingName, env.backend);
    api = binding.client;
    ids = await seed(api);
    baseline = tableCounts(env.backend);
    expect(baseline.changes).toBeGreaterThan(0);
    errorLog = vi.spyOn(console, 'error');
  });

  afterEach(() => {
    // Nothing was written by any rejected call, and no internal error was logged.
    const sqlite = env.backend.context.db.sqlite;
    const changes = sqlite.prepare('select count(*) as n from changes').get() as { n: number };
    expect(changes.n).toBe(baseline.changes);
    expect(tableCounts(env.backend)).toEqual(baseline);
    expect(errorLog).not.toHaveBeenCalled();
  });

  afterAll(async () => {
    errorLog?.mockRestore();
    await binding?.close();
    env?.close();
  });

  test.each(CALLS.map((p) => [p.name, p] as const))(
    '%s rejects malformed input with BAD_REQUEST',
    async (_name, proc) => {
      const call = procedureOf(api, proc.path);
      const cases = await malformedCases(proc, VALID[proc.name]!(ids));
      expect(cases.map((c) => c.label)).toEqual(
        expect.arrayContaining(["'garbage'", '42', 'an array']),
      );
      for (const c of cases) {
        const err = await failureOf(call(c.input));
        expect(err, `${proc.name} with ${c.label}`).toMatchObject({ code: 'BAD_REQUEST' });
        const { issues } = toBatonError(err);
        expect(issues.length, `${proc.name} with ${c.label}`).toBeGreaterThan(0);
        if (c.field) {
          expect(
            issues.some((i) => i.field === c.field || i.field.startsWith(`${c.field}.`)),
            `${proc.name} with ${c.label}: ${JSON.stringify(issues)}`,
          ).toBe(true);
        }
      }
    },
  );

  test.each(CALLS.map((p) => [p.name, p] as const))(
    '%s answers oversized input with a typed error',
    async (_name, proc) => {
      const call = procedureOf(api, proc.path);
      const valid = VALID[proc.name]!(ids);
      const cases = oversizedCases(valid);
      for (const c of cases) {
        const result = await settle(call(c.input));
        if (result.ok) {
          // Only a procedure without input may ignore junk beside it (and it wrote nothing).
          expect(c.field, `${proc.name} accepted ${c.label}`).toBeUndefined();
          continue;
        }
        const code = (result.error as { code?: string }).code;
        expect(CODES, `${proc.name} with ${c.label}: ${String(result.error)}`).toContain(code);
        if (c.field) {
          expect(code, `${proc.name} with ${c.label}`).toBe('BAD_REQUEST');
          const fields = toBatonError(result.error).issues.map((i) => i.field);
          expect(fields, `${proc.name} with ${c.label}`).toContain(c.field);
        }
      }
    },
  );

  test('live.updates refuses a malformed subscription', async () => {
    const controller = new AbortController();
    try {
      const err = await failureOf(
        procedureOf(api, ['live', 'updates'])('garbage', { signal: controller.signal }),
      );
      expect(err).toMatchObject({ code: 'BAD_REQUEST' });
    } finally {
      controller.abort();
    }
  });

  test('exports.campaignWithProgress refuses a malformed campaign id, naming it', async () => {
    const controller = new AbortController();
    try {
      const err = await failureOf(
        procedureOf(api, ['exports', 'campaignWithProgress'])(
          { campaignId: 'not-an-id', format: 'pdf' },
          { signal: controller.signal },
        ),
      );
      expect(err).toMatchObject({ code: 'BAD_REQUEST' });
      expect(JSON.stringify(err)).toContain('campaignId');
    } finally {
      controller.abort();
    }
  });

  test('the backend still answers and writes after all of it', async () => {
    const info = await api.system.info();
    expect(info.hasWorkspace).toBe(true);
    const detail = await api.campaigns.get({ id: ids.campaignId });
    expect(detail.campaign.name).toBe('Commuter Season');
    expect(detail.handoffs[0]!.fields.context).toBe('Last year hit 80% of target.');
    // A write that does change the tables: move the baseline with it.
    await api.clients.create({ name: 'Proof of life' });
    expect(tableCounts(env.backend).clients).toBe(baseline.clients! + 1);
    baseline = tableCounts(env.backend);
  });
});

interface RawResponse {
  status: number;
  body: string;
}

function rawRequest(
  port: number,
  options: { path: string; headers?: http.OutgoingHttpHeaders; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: options.path, headers: options.headers },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    // The server may answer (413) and hang up before a large body is fully sent.
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    req.setTimeout(10_000, () => req.destroy(new Error('HANG: no answer within 10 s')));
    req.end(options.body);
  });
}

describe('raw HTTP at the /rpc boundary', () => {
  let env: TestBackend;
  let binding: Binding;
  let port: number;
  let token: string;
  let baseline: Record<string, number>;

  beforeAll(async () => {
    env = openBackend();
    binding = await connect('HTTP', env.backend);
    port = binding.server!.port;
    token = binding.server!.token;
    await seed(binding.client);
    baseline = tableCounts(env.backend);
  });

  afterAll(async () => {
    await binding?.close();
    env?.close();
  });

  const json = (extra: http.OutgoingHttpHeaders = {}) => ({
    'content-type': 'application/json',
    host: `127.0.0.1:${port}`,
    ...extra,
  });

  test('an invalid JSON body is a 4xx, not a 500', async () => {
    for (const path of ['/rpc/system/info', '/rpc/clients/create']) {
      const res = await rawRequest(port, {
        path,
        headers: json({ 'x-baton-token': token }),
        body: '{"json": {"name": "Oops"',
      });
      expect(res.status, `${path}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${path}: ${res.body}`).toBeLessThan(500);
      expect(res.body).toContain('"code":"BAD_REQUEST"');
    }
    expect(tableCounts(env.backend)).toEqual(baseline);
  });

  test('a missing or wrong token is 401', async () => {
    const body = JSON.stringify({ json: { name: 'Sneaky' } });
    const missing = await rawRequest(port, { path: '/rpc/clients/create', headers: json(), body });
    expect(missing.status).toBe(401);
    const wrong = await rawRequest(port, {
      path: '/rpc/clients/create',
      headers: json({ 'x-baton-token': token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }),
      body,
    });
    expect(wrong.status).toBe(401);
    expect(tableCounts(env.backend)).toEqual(baseline);
  });

  test('a foreign Host header is 403 even with the token', async () => {
    const res = await rawRequest(port, {
      path: '/rpc/clients/create',
      headers: json({ host: `evil.example:${port}`, 'x-baton-token': token }),
      body: JSON.stringify({ json: { name: 'Rebound' } }),
    });
    expect(res.status).toBe(403);
    expect(tableCounts(env.backend)).toEqual(baseline);
  });

  test('a 6 MB body is 413', async () => {
    const name = 'x'.repeat(6 * 1024 * 1024);
    const body = Buffer.from(JSON.stringify({ json: { name } }));
    const declared = await rawRequest(port, {
      path: '/rpc/clients/create',
      headers: json({ 'x-baton-token': token, 'content-length': body.length }),
      body,
    });
    expect(declared.status).toBe(413);
    expect(declared.body).toContain('PAYLOAD_TOO_LARGE');
    // Without a content-length (chunked), the limit is enforced while reading.
    const chunked = await rawRequest(port, {
      path: '/rpc/clients/create',
      headers: json({ 'x-baton-token': token, 'transfer-encoding': 'chunked' }),
      body,
    });
    expect(chunked.status).toBe(413);
    expect(chunked.body).toContain('PAYLOAD_TOO_LARGE');
    expect(tableCounts(env.backend)).toEqual(baseline);
  });

  test('the server still answers a good call afterwards', async () => {
    const fresh = createHttpClient(`http://127.0.0.1:${port}/`, token);
    expect((await fresh.system.info()).hasWorkspace).toBe(true);
    const client = await fresh.clients.create({ name: 'Still here' });
    expect(client.name).toBe('Still here');
    expect(tableCounts(env.backend).clients).toBe(baseline.clients! + 1);
  });
});
