import { describe, expect, it } from 'vitest';
import { planCampaign } from '../../../shared/domain/campaignPlan';
import { DEFAULT_STAGES } from '../../../shared/domain/stages';
import {
  BUILTIN_TEMPLATES,
  GENERIC_TEMPLATE,
  LEGACY_TEMPLATES,
  TYPED_TEMPLATES,
  knownCampaignType,
  templateById,
  templateForTransition,
} from '../../../shared/domain/templates/builtin';
import { UNIVERSAL_FIELDS } from '../../../shared/domain/templates/universal';
import { STRATEGY_TO_CREATIVE } from '../../../shared/domain/templates/brief';
import {
  CAMPAIGN_TYPES,
  HandoffTemplate,
  type CampaignType,
  type StageKey,
} from '../../../shared/model';

const TRANSITIONS = DEFAULT_STAGES.slice(0, -1).map(
  (st, i) => [st.key, DEFAULT_STAGES[i + 1]!.key] as [StageKey, StageKey],
);
const EVERY_TYPE_AND_TRANSITION = CAMPAIGN_TYPES.flatMap((type) =>
  TRANSITIONS.map(([from, to]) => [type, from, to] as const),
);

describe('built-in templates per campaign type and transition', () => {
  it('covers the seven default transitions', () => {
    expect(TRANSITIONS).toHaveLength(7);
    expect(TYPED_TEMPLATES).toHaveLength(7 * CAMPAIGN_TYPES.length);
  });

  it.each(EVERY_TYPE_AND_TRANSITION)('%s %s → %s has its own template', (type, from, to) => {
    const t = templateForTransition(from, to, type);
    expect(t.id).toBe(`builtin.${from}-${to}.${type}`);
    expect([t.from, t.to, t.campaignTypes]).toEqual([from, to, [type]]);
    expect(templateById(t.id)).toBe(t);
    expect(() => HandoffTemplate.parse(t)).not.toThrow();
    // The four universal answers first, then the system's own fields.
    expect(t.fields.slice(0, 4)).toEqual(UNIVERSAL_FIELDS);
    expect(t.fields.length).toBeGreaterThan(4);
    expect(t.checklist.length).toBeGreaterThan(0);
    expect(t.defaultRaci.R.length).toBeGreaterThan(0);
    expect(t.defaultRaci.A).toBeTruthy();
  });

  it.each(TYPED_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: keys unique, required fields explained, tables have columns',
    (_id, t) => {
      const fieldKeys = t.fields.map((f) => f.key);
      expect(new Set(fieldKeys).size).toBe(fieldKeys.length);
      const itemKeys = t.checklist.map((c) => c.key);
      expect(new Set(itemKeys).size).toBe(itemKeys.length);
      for (const f of t.fields.filter((x) => x.required)) expect(f.help, f.key).not.toBe('');
      for (const f of t.fields.filter((x) => x.type === 'table')) {
        expect(f.columns.length, f.key).toBeGreaterThan(0);
        expect(new Set(f.columns.map((c) => c.key)).size).toBe(f.columns.length);
      }
    },
  );

  it.each<[StageKey, StageKey, string[]]>([
    ['strategy', 'creative', ['strategySummary', 'audience', 'successMetrics', 'competitors']],
    ['creative', 'production', ['copyVariations', 'productionTimeline', 'assetNotes']],
    [
      'production',
      'launch',
      ['launchSequence', 'trackingNotes', 'contingencyPlans', 'monitoringOwners'],
    ],
    ['launch', 'live', ['goLiveConfirmation']],
    ['live', 'optimization', ['dashboardLink', 'reviewSchedule']],
    ['optimization', 'retrospective', ['backlogSummary']],
    ['retrospective', 'done', ['whatWorked', 'whatDidnt', 'playbookEntries']],
  ])('%s → %s carries its system’s fields for every type', (from, to, keys) => {
    for (const type of CAMPAIGN_TYPES) {
      const fieldKeys = templateForTransition(from, to, type).fields.map((f) => f.key);
      expect(fieldKeys, type).toEqual(expect.arrayContaining(keys));
    }
  });

  it('the strategy → creative brief is the same brief for every type', () => {
    for (const type of CAMPAIGN_TYPES) {
      const t = templateForTransition('strategy', 'creative', type);
      expect(t.fields).toEqual(STRATEGY_TO_CREATIVE.fields);
      expect(t.checklist).toEqual(STRATEGY_TO_CREATIVE.checklist);
    }
  });
});

describe('production checklists per campaign type', () => {
  const labels = (from: StageKey, to: StageKey, type: CampaignType) =>
    templateForTransition(from, to, type).checklist.map((c) => c.label);
  const both = (type: CampaignType) => [
    ...labels('creative', 'production', type),
    ...labels('production', 'launch', type),
  ];

  it.each(CAMPAIGN_TYPES)(
    '%s: creative → production and production → launch differ by type',
    (type) => {
      const others = CAMPAIGN_TYPES.filter((t) => t !== type);
      for (const [from, to] of [
        ['creative', 'production'],
        ['production', 'launch'],
      ] as const) {
        const own = labels(from, to, type);
        expect(own.length).toBeGreaterThan(2);
        expect(templateForTransition(from, to, type).checklist.every((c) => c.required)).toBe(true);
        for (const other of others) expect(labels(from, to, other), other).not.toEqual(own);
      }
    },
  );

  it.each<[CampaignType, RegExp[]]>([
    [
      'email',
      [
        /subject line and preheader/i,
        /plain-text/i,
        /all links checked/i,
        /unsubscribe/i,
        /gmail, outlook, apple mail, mobile/i,
        /seed list/i,
      ],
    ],
    ['social', [/sizes .*per network/i, /alt text/i, /hashtags/i, /first comment/i, /scheduled/i]],
    [
      'paid_ads',
      [
        /ad sizes .*platform/i,
        /character limits/i,
        /landing page live/i,
        /pixel firing/i,
        /budget caps/i,
      ],
    ],
    [
      'content',
      [/seo title and meta/i, /internal links/i, /compressed, with alt text/i, /call to action/i],
    ],
    ['event', [/registration page/i, /reminders scheduled/i, /run-of-show/i, /speaker briefs/i]],
    [
      'multi_channel',
      [
        /subject line/i,
        /alt text/i,
        /unsubscribe/i,
        /landing page live/i,
        /budget caps/i,
        /cross-channel timing/i,
      ],
    ],
  ])('%s asks for what its channel needs', (type, expected) => {
    const all = both(type);
    for (const re of expected)
      expect(
        all.some((l) => re.test(l)),
        String(re),
      ).toBe(true);
  });
});

describe('old template ids', () => {
  it.each(LEGACY_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s stays resolvable with its first content',
    (id, t) => {
      expect(templateById(id)).toBe(t);
      expect(t.version).toBe(1);
      expect(t.campaignTypes).toEqual([...CAMPAIGN_TYPES]);
    },
  );

  it('keeps the first packages exactly (handoffs created with them must not change)', () => {
    expect(LEGACY_TEMPLATES.map((t) => t.id)).toEqual([
      'builtin.strategy-creative',
      'builtin.creative-production',
      'builtin.production-launch',
      'builtin.launch-live',
      'builtin.live-optimization',
      'builtin.optimization-retrospective',
      'builtin.retrospective-done',
    ]);
    for (const t of LEGACY_TEMPLATES.slice(1)) expect(t.fields).toEqual(UNIVERSAL_FIELDS);
    expect(templateById('builtin.creative-production')!.checklist.map((c) => c.label)).toEqual([
      'Source files named by convention',
      'Copy variations labelled',
    ]);
  });

  it('every built-in id is unique and resolvable', () => {
    const ids = [...BUILTIN_TEMPLATES, GENERIC_TEMPLATE].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(templateById(id)?.id).toBe(id);
    expect(templateById('builtin.nope')).toBeNull();
  });
});

describe('templateForTransition', () => {
  it.each<[string, StageKey | null, StageKey | null, CampaignType | undefined, string]>([
    ['typed', 'creative', 'production', 'email', 'builtin.creative-production.email'],
    ['another type', 'creative', 'production', 'event', 'builtin.creative-production.event'],
    [
      'untyped: the first built-ins',
      'creative',
      'production',
      undefined,
      'builtin.creative-production',
    ],
    ['a stage the team added', null, 'launch', 'email', 'builtin.generic'],
    ['not a default transition', 'strategy', 'launch', 'social', 'builtin.generic'],
  ])('%s', (_name, from, to, type, id) => {
    expect(templateForTransition(from, to, type).id).toBe(id);
  });

  it.each<[string, CampaignType | undefined]>([
    ['email', 'email'],
    ['multi_channel', 'multi_channel'],
    ['print', undefined],
    ['', undefined],
  ])('knownCampaignType(%j)', (text, type) => {
    expect(knownCampaignType(text)).toBe(type);
  });
});

describe('planning with a campaign type', () => {
  const stages = DEFAULT_STAGES.map((st) => ({ id: st.key, key: st.key }));

  it('uses the type’s templates and their durations', () => {
    const plan = planCampaign(stages, '2026-09-30', {}, (f, t) =>
      templateForTransition(f, t, 'event'),
    );
    expect(plan.map((p) => p.template.id)).toEqual(
      TRANSITIONS.map(([f, t]) => `builtin.${f}-${t}.event`),
    );
    const production = plan.find((p) => p.fromStageId === 'production')!;
    expect([production.durationDays, production.bufferDays]).toEqual([10, 3]);
  });

  it('without a chooser keeps the untyped built-ins', () => {
    const plan = planCampaign(stages, '2026-09-30');
    expect(plan.map((p) => p.template)).toEqual([...LEGACY_TEMPLATES]);
  });
});
