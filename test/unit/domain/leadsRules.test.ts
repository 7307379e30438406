import { describe, expect, it } from 'vitest';
import {
  buildLeadPackage,
  checkStatusMove,
  leadQualityReport,
  missingLeadParts,
  nextStatuses,
  reengagementPlan,
  nextTouchAfterTouch,
  reengagementQueue,
  talkingPoints,
  weeklyAgendaMarkdown,
  type HandoffFacts,
  type LeadAction,
  type PackageSource,
} from '../../../shared/domain/leads';
import type { LeadStatus } from '../../../shared/model';

describe('checkStatusMove', () => {
  const cases: { from: LeadStatus; to: LeadStatus; action: LeadAction; reason: string | null }[] = [
    { from: 'new', to: 'sales-ready', action: 'set-status', reason: null },
    { from: 'sales-ready', to: 'handed-off', action: 'hand-off', reason: null },
    { from: 'handed-off', to: 'accepted', action: 'accept', reason: null },
    { from: 'handed-off', to: 'rejected', action: 'reject', reason: null },
    { from: 'rejected', to: 're-engage', action: 'set-status', reason: null },
    {
      from: 'sales-ready',
      to: 'handed-off',
      action: 'set-status',
      reason: 'only through hand-off',
    },
    { from: 'handed-off', to: 'rejected', action: 'set-status', reason: 'it needs a reason' },
    {
      from: 'new',
      to: 'handed-off',
      action: 'hand-off',
      reason: 'a new lead can move only to nurturing, sales-ready, lost',
    },
    { from: 'won', to: 'lost', action: 'set-status', reason: 'a won lead is closed' },
    { from: 'nurturing', to: 'nurturing', action: 'set-status', reason: 'already nurturing' },
  ];
  it.each(cases)('$from → $to by $action', ({ from, to, action, reason }) => {
    const move = checkStatusMove(from, to, action);
    if (reason === null) expect(move).toEqual({ allowed: true });
    else {
      expect(move.allowed).toBe(false);
      if (!move.allowed) expect(move.reason).toContain(reason);
    }
  });
  it('offers only direct moves in menus', () => {
    expect(nextStatuses('sales-ready')).toEqual(['nurturing', 'lost']);
    expect(nextStatuses('handed-off')).toEqual([]);
  });
});

const NOW = '2026-03-20T12:00:00.000Z';
const base: PackageSource = {
  lead: {
    id: '018f0000-0000-7000-8000-000000000001',
    personName: 'Ana Ruiz',
    company: 'Acme',
    email: 'ana@acme.example',
    jobTitle: 'Head of Growth',
    sourceChannel: 'webinar',
    interests: ['API'],
    notes: 'Wants a demo before April. Budget approved.\n- Uses a competitor today',
  },
  touches: [
    { at: '2026-03-10T10:00:00.000Z', kind: 'webinar', note: 'Attended live' },
    { at: '2026-03-01T10:00:00.000Z', kind: 'email-click', note: '' },
  ],
  score: { score: 50, threshold: 40, salesReady: true, lines: [] },
  campaign: {
    id: '018f0000-0000-7000-8000-0000000000c1',
    name: 'Spring launch',
    messageHierarchy: 'Save hours every week',
  },
  receiver: { id: '018f0000-0000-7000-8000-0000000000p1', name: 'Sam Sales' },
  now: NOW,
};

describe('lead intelligence package', () => {
  it('orders the journey, carries the message hierarchy and talking points', () => {
    const pkg = buildLeadPackage(base);
    expect(pkg.journey.map((j) => j.kind)).toEqual(['email-click', 'webinar']);
    expect(pkg.messageHierarchy).toBe('Save hours every week');
    expect(pkg.talkingPoints).toEqual([
      'Wants a demo before April.',
      'Uses a competitor today',
      'Ask about their interest in API',
    ]);
    expect(missingLeadParts(pkg)).toEqual([]);
  });
  const cases: { name: string; change: Partial<PackageSource>; part: string }[] = [
    { name: 'no receiver', change: { receiver: null }, part: 'Receiver' },
    { name: 'no touches', change: { touches: [] }, part: 'Journey' },
    {
      name: 'below threshold',
      change: { score: { score: 10, threshold: 40, salesReady: false, lines: [] } },
      part: 'Score',
    },
    {
      name: 'no source',
      change: { campaign: null, lead: { ...base.lead, sourceChannel: '' } },
      part: 'Source',
    },
    {
      name: 'nothing to talk about',
      change: { lead: { ...base.lead, notes: '', interests: [] } },
      part: 'Talking points',
    },
  ];
  it.each(cases)('names the missing part: $name', ({ change, part }) => {
    const missing = missingLeadParts(buildLeadPackage({ ...base, ...change }));
    expect(missing.map((m) => m.part)).toEqual([part]);
  });
  it('talking points skip fragments of fewer than three words', () => {
    expect(talkingPoints('Hi. Call me maybe tomorrow.', [])).toEqual(['Call me maybe tomorrow.']);
  });
});

describe('leadQualityReport', () => {
  const h = (over: Partial<HandoffFacts>): HandoffFacts => ({
    campaignId: 'c1',
    campaignName: 'Spring',
    sourceChannel: 'Webinar',
    at: '2026-03-16T08:00:00.000Z',
    outcome: 'accepted',
    reasonCode: null,
    decidedAt: '2026-03-16T10:00:00.000Z',
    ...over,
  });
  const report = leadQualityReport([
    h({}),
    h({ decidedAt: '2026-03-16T14:00:00.000Z' }),
    h({ outcome: 'rejected', reasonCode: 'no-budget' }),
    h({ outcome: 'rejected', reasonCode: 'no-budget', sourceChannel: 'paid' }),
    h({ outcome: 'rejected', reasonCode: 'bad-timing', campaignId: null, campaignName: null }),
    h({ outcome: 'pending', decidedAt: null, sourceChannel: 'paid' }),
  ]);
  it('per campaign: accept rate, top reasons, median hours to accept', () => {
    const spring = report.byCampaign.find((r) => r.key === 'c1')!;
    expect(spring).toMatchObject({
      handedOff: 5,
      accepted: 2,
      rejected: 2,
      pending: 1,
      acceptRate: 0.5,
      medianHoursToAccept: 4,
    });
    expect(spring.topRejectionReasons).toEqual([
      { code: 'no-budget', label: 'No budget', count: 2 },
    ]);
    expect(report.byCampaign.find((r) => r.key === 'none')!.label).toBe('No campaign');
  });
  it('per source channel, case-insensitively grouped', () => {
    expect(report.bySource.map((r) => [r.key, r.handedOff, r.acceptRate])).toEqual([
      ['webinar', 4, 0.5],
      ['paid', 2, 0],
    ]);
    expect(report.overall.acceptRate).toBe(0.4);
  });
  it('an undecided group has no rate', () => {
    expect(
      leadQualityReport([h({ outcome: 'pending', decidedAt: null })]).overall.acceptRate,
    ).toBeNull();
  });
});

describe('re-engagement', () => {
  it('plans the next touch by reason', () => {
    expect(reengagementPlan('bad-timing', NOW)).toEqual({
      nextTouchAt: '2026-06-18T12:00:00.000Z',
      nurtureTrack: 'timing: check back next quarter',
    });
    expect(reengagementPlan('not-ready', NOW).nextTouchAt).toBe('2026-04-19T12:00:00.000Z');
  });
  it('queues waiting leads by next touch, flags due ones, leaves others out', () => {
    const q = reengagementQueue(
      [
        { id: 'a', status: 'rejected' as const, nextTouchAt: '2026-04-01T00:00:00.000Z' },
        { id: 'b', status: 're-engage' as const, nextTouchAt: '2026-03-01T00:00:00.000Z' },
        { id: 'c', status: 'accepted' as const, nextTouchAt: '2026-03-01T00:00:00.000Z' },
        { id: 'd', status: 'nurturing' as const, nextTouchAt: null },
      ],
      NOW,
    );
    expect(q.map((l) => [l.id, l.due])).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });
  it.each<[LeadStatus, string | null]>([
    ['rejected', '2026-04-19T12:00:00.000Z'],
    ['nurturing', '2026-04-19T12:00:00.000Z'],
    ['re-engage', '2026-04-19T12:00:00.000Z'],
    ['sales-ready', null],
    ['accepted', null],
  ])('after a touch a %s lead gets its next touch at %s', (status, next) => {
    expect(nextTouchAfterTouch(status, NOW, 30)).toBe(next);
  });
});

describe('weeklyAgendaMarkdown', () => {
  it('lists handoffs with answers, SLA misses and quality', () => {
    const md = weeklyAgendaMarkdown({
      timeZone: 'UTC',
      weekStart: '2026-03-16',
      weekEnd: '2026-03-22',
      handoffs: [
        {
          personName: 'Ana | Ruiz',
          company: 'Acme',
          campaignName: 'Spring',
          at: '2026-03-16T08:00:00.000Z',
          outcome: 'rejected',
          reasonLabel: 'No budget',
          reasonText: 'next year',
        },
      ],
      slaMisses: [
        { personName: 'Bo', company: 'Beta', text: 'accept within 24 h: overdue by 3 h' },
      ],
      quality: leadQualityReport([]),
    });
    expect(md).toContain('# Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22');
    expect(md).toContain(
      '| Ana \\| Ruiz | Acme | Spring | 2026-03-16 | rejected: No budget (next year) |',
    );
    expect(md).toContain('## 2. SLA misses (1)');
    expect(md).toContain('- Bo (Beta): accept within 24 h: overdue by 3 h');
    expect(md).toContain('accept rate —');
  });
});
