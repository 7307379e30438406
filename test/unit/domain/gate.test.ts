import { describe, expect, it } from 'vitest';
import {
  evaluateGate,
  gateLabel,
  missingItems,
  type GateResult,
  type HandoffPackage,
} from '../../../shared/domain/gate';
import { packageHash } from '../../../shared/domain/packageHash';
import { BUILTIN_TEMPLATES, GENERIC_TEMPLATE } from '../../../shared/domain/templates/builtin';
import { STRATEGY_TO_CREATIVE } from '../../../shared/domain/templates/brief';
import type {
  FieldValue,
  HandoffEventKind,
  HandoffStatus,
  TemplateField,
} from '../../../shared/model';

const OWNER = 'p-owner';
const STRATEGIST = 'p-strategist';
const RECEIVER = 'p-receiver';

const COMPLETE_FIELDS: Record<string, FieldValue> = {
  objective: 'Sell 8,000 bags of the spring range in six weeks.',
  context: 'Last year hit 80% of target; creative was late.',
  constraints: 'Fixed media budget. Legal lines on every asset.',
  success: 'Creative can start without a call.',
  strategySummary: 'Taste where your coffee comes from. Reach home brewers. One action per asset.',
  audience: [{ aspect: 'Demographics', insight: 'Home brewers 25–45' }],
  primaryMessage: 'Taste where your coffee comes from.',
  supportingPoints: ['Real farmers', 'Limited run'],
  successMetrics: [{ metric: 'Bags sold', target: '8,000', byWhen: 'Six weeks after launch' }],
};

function pkg(overrides: Partial<HandoffPackage> = {}): HandoffPackage {
  return {
    status: 'draft',
    qualityOwnerId: OWNER,
    fields: COMPLETE_FIELDS,
    checklist: STRATEGY_TO_CREATIVE.checklist.map((c) => ({
      label: c.label,
      required: c.required,
      done: true,
    })),
    raci: [
      { personId: STRATEGIST, role: 'R' },
      { personId: OWNER, role: 'A' },
    ],
    events: [],
    receiverIds: [RECEIVER],
    ...overrides,
  };
}

const events = (...kinds: HandoffEventKind[]) => kinds.map((kind) => ({ kind }));
const labels = (r: GateResult) => (r.passed ? [] : r.missing.map((m) => m.label));

describe('missing fields', () => {
  it('names every required field by label, in template order, when the package is empty', () => {
    const result = evaluateGate(pkg({ fields: {} }), STRATEGY_TO_CREATIVE);
    expect(result.passed).toBe(false);
    expect(labels(result)).toEqual([
      'Objective',
      'Context',
      'Constraints',
      'What success looks like',
      'Strategy summary',
      'Audience insights',
      'Primary message',
      'Supporting points',
      'Success metrics',
    ]);
    expect(result.passed || result.missing.every((m) => m.kind === 'field')).toBe(true);
  });

  it.each<{ name: string; fields: Record<string, FieldValue>; missing: string[] }>([
    {
      name: 'blank text counts as missing',
      fields: { ...COMPLETE_FIELDS, context: '   ' },
      missing: ['Context'],
    },
    {
      name: 'a list of empty items counts as missing',
      fields: { ...COMPLETE_FIELDS, supportingPoints: ['', '  '] },
      missing: ['Supporting points'],
    },
    {
      name: 'a table of empty rows counts as missing',
      fields: { ...COMPLETE_FIELDS, successMetrics: [{ metric: '', target: ' ', byWhen: '' }] },
      missing: ['Success metrics'],
    },
    {
      name: 'null counts as missing',
      fields: { ...COMPLETE_FIELDS, primaryMessage: null },
      missing: ['Primary message'],
    },
    {
      name: 'too many sentences in the strategy summary',
      fields: { ...COMPLETE_FIELDS, strategySummary: 'One. Two. Three. Four.' },
      missing: ['Strategy summary'],
    },
    {
      name: 'optional fields may stay empty',
      fields: { ...COMPLETE_FIELDS, avoid: [], competitors: [] },
      missing: [],
    },
    {
      name: 'several gaps are listed in template order, not input order',
      fields: { success: 'x', objective: 'y', primaryMessage: 'z' },
      missing: [
        'Context',
        'Constraints',
        'Strategy summary',
        'Audience insights',
        'Supporting points',
        'Success metrics',
      ],
    },
  ])('$name', ({ fields, missing }) => {
    expect(missingItems(pkg({ fields }), STRATEGY_TO_CREATIVE).map((m) => m.label)).toEqual(
      missing,
    );
  });

  it('explains why a field fails', () => {
    const missing = missingItems(
      pkg({
        fields: { ...COMPLETE_FIELDS, strategySummary: 'One. Two. Three. Four.', context: '' },
      }),
      STRATEGY_TO_CREATIVE,
    );
    expect(missing).toEqual([
      { kind: 'field', key: 'context', label: 'Context', problem: 'is missing' },
      {
        kind: 'field',
        key: 'strategySummary',
        label: 'Strategy summary',
        problem: 'has 4 sentences; at most 3 allowed',
      },
    ]);
  });
});

describe('checklist, RACI and quality owner', () => {
  const checklist = [
    { label: 'Brand reviewed', required: true, done: false },
    { label: 'Nice to have', required: false, done: false },
    { label: 'Metrics agreed', required: true, done: true },
  ];

  it.each<{ name: string; overrides: Partial<HandoffPackage>; missing: [string, string][] }>([
    {
      name: 'an unticked required checklist item; optional ones do not block',
      overrides: { checklist },
      missing: [['checklist', 'Brand reviewed']],
    },
    {
      name: 'no Responsible',
      overrides: { raci: [{ personId: OWNER, role: 'A' }] },
      missing: [['raci', 'Responsible']],
    },
    {
      name: 'no Accountable',
      overrides: { raci: [{ personId: STRATEGIST, role: 'R' }] },
      missing: [['raci', 'Accountable']],
    },
    {
      name: 'two Accountable',
      overrides: {
        raci: [
          { personId: STRATEGIST, role: 'R' },
          { personId: OWNER, role: 'A' },
          { personId: RECEIVER, role: 'A' },
        ],
      },
      missing: [['raci', 'Accountable']],
    },
    {
      name: 'Consulted and Informed alone are not enough',
      overrides: {
        raci: [
          { personId: STRATEGIST, role: 'C' },
          { personId: OWNER, role: 'I' },
        ],
      },
      missing: [
        ['raci', 'Responsible'],
        ['raci', 'Accountable'],
      ],
    },
    {
      name: 'no quality owner',
      overrides: { qualityOwnerId: null },
      missing: [['quality_owner', 'Quality owner']],
    },
    {
      name: 'everything at once, fields first, then checklist, RACI, owner',
      overrides: {
        fields: { ...COMPLETE_FIELDS, objective: '' },
        checklist,
        raci: [],
        qualityOwnerId: null,
      },
      missing: [
        ['field', 'Objective'],
        ['checklist', 'Brand reviewed'],
        ['raci', 'Responsible'],
        ['raci', 'Accountable'],
        ['quality_owner', 'Quality owner'],
      ],
    },
  ])('$name', ({ overrides, missing }) => {
    const result = evaluateGate(pkg(overrides), STRATEGY_TO_CREATIVE);
    expect(result.passed).toBe(false);
    if (result.passed) return;
    expect(result.state).toBe('missing');
    expect(result.missing.map((m) => [m.kind, m.label])).toEqual(missing);
  });

  it('waits on the Responsible people while something is missing', () => {
    const result = evaluateGate(
      pkg({
        fields: {},
        raci: [
          { personId: 'r1', role: 'R' },
          { personId: 'r2', role: 'R' },
          { personId: OWNER, role: 'A' },
          { personId: 'c1', role: 'C' },
        ],
      }),
      STRATEGY_TO_CREATIVE,
    );
    expect(result.passed ? [] : result.waitingOn).toEqual([
      { personId: 'r1', because: 'responsible' },
      { personId: 'r2', because: 'responsible' },
    ]);
  });
});

describe('approval flow', () => {
  it.each<{ status: HandoffStatus; state: string; passed: boolean; waitingOn: unknown[] }>([
    {
      status: 'draft',
      state: 'awaiting_approval',
      passed: false,
      waitingOn: [{ personId: OWNER, because: 'quality_owner' }],
    },
    {
      status: 'submitted',
      state: 'awaiting_approval',
      passed: false,
      waitingOn: [{ personId: OWNER, because: 'quality_owner' }],
    },
    {
      status: 'changes_requested',
      state: 'awaiting_approval',
      passed: false,
      waitingOn: [{ personId: OWNER, because: 'quality_owner' }],
    },
    {
      status: 'approved',
      state: 'awaiting_receiver',
      passed: false,
      waitingOn: [{ personId: RECEIVER, because: 'receiver' }],
    },
    { status: 'acknowledged', state: 'ready', passed: true, waitingOn: [] },
    { status: 'done', state: 'ready', passed: true, waitingOn: [] },
  ])('a complete package that is $status is $state', ({ status, state, passed, waitingOn }) => {
    const result = evaluateGate(pkg({ status }), STRATEGY_TO_CREATIVE);
    expect(result.state).toBe(state);
    expect(result.passed).toBe(passed);
    expect(result.passed ? [] : result.waitingOn).toEqual(waitingOn);
    if (result.passed) expect(result.overridden).toBe(false);
  });

  it('an acknowledged handoff whose package lost a field fails again', () => {
    const result = evaluateGate(
      pkg({ status: 'acknowledged', fields: { ...COMPLETE_FIELDS, objective: '' } }),
      STRATEGY_TO_CREATIVE,
    );
    expect(result.state).toBe('missing');
  });
});

describe('override and reopen', () => {
  const incomplete = { fields: {}, raci: [], qualityOwnerId: null, status: 'draft' as const };

  it.each<{ name: string; kinds: HandoffEventKind[]; passed: boolean; state: string }>([
    { name: 'no events: missing', kinds: [], passed: false, state: 'missing' },
    {
      name: 'override passes despite gaps',
      kinds: ['submitted', 'override'],
      passed: true,
      state: 'ready',
    },
    {
      name: 'reopened after override fails again',
      kinds: ['override', 'reopened'],
      passed: false,
      state: 'missing',
    },
    {
      name: 'override after a reopen passes',
      kinds: ['override', 'reopened', 'override'],
      passed: true,
      state: 'ready',
    },
    {
      name: 'later unrelated events keep the override',
      kinds: ['override', 'acknowledged', 'done'],
      passed: true,
      state: 'ready',
    },
    {
      name: 'reopen after later events still fails',
      kinds: ['override', 'approved', 'reopened', 'submitted'],
      passed: false,
      state: 'missing',
    },
  ])('$name', ({ kinds, passed, state }) => {
    const result = evaluateGate(
      pkg({ ...incomplete, events: events(...kinds) }),
      STRATEGY_TO_CREATIVE,
    );
    expect(result.passed).toBe(passed);
    expect(result.state).toBe(state);
    if (result.passed) expect(result.overridden).toBe(true);
  });
});

/** A value that completes a field of this type (the brief's own values where it has them). */
function completeValue(field: TemplateField): FieldValue {
  if (COMPLETE_FIELDS[field.key] !== undefined) return COMPLETE_FIELDS[field.key]!;
  switch (field.type) {
    case 'list':
      return ['One item'];
    case 'table':
      return [Object.fromEntries(field.columns.map((c) => [c.key, 'filled']))];
    case 'number':
      return 1;
    case 'date':
      return '2026-03-14';
    case 'link':
      return 'https://example.com/dashboard';
    default:
      return 'Filled in.';
  }
}

describe('every built-in template', () => {
  it.each([...BUILTIN_TEMPLATES, GENERIC_TEMPLATE].map((t) => [t.id, t] as const))(
    '%s: empty package misses each required field and passes when complete',
    (_id, template) => {
      const fields = Object.fromEntries(template.fields.map((f) => [f.key, completeValue(f)]));
      const checklist = template.checklist.map((c) => ({ ...c, done: false }));
      const empty = evaluateGate(pkg({ fields: {}, checklist }), template);
      expect(labels(empty)).toEqual([
        ...template.fields.filter((f) => f.required).map((f) => f.label),
        ...template.checklist.filter((c) => c.required).map((c) => c.label),
        ...(template.preflight ? ['Pre-flight sign-off'] : []),
      ]);
      const done = checklist.map((c) => ({ ...c, done: true }));
      // A pre-flight counts once signed for the package as it is.
      const preflight = template.preflight
        ? {
            personId: OWNER,
            at: '2026-03-14T09:00:00Z',
            packageHash: packageHash({ fields, checklist: done }),
          }
        : null;
      expect(
        evaluateGate(pkg({ fields, checklist: done, status: 'acknowledged', preflight }), template)
          .passed,
      ).toBe(true);
    },
  );
});

describe('gateLabel', () => {
  it.each<[string, Partial<HandoffPackage>, string]>([
    ['ready', { status: 'acknowledged' }, 'ready'],
    ['overridden', { fields: {}, events: events('override') }, 'overridden'],
    [
      'missing count',
      { fields: { ...COMPLETE_FIELDS, objective: '', context: '' }, qualityOwnerId: null },
      '3 missing',
    ],
    ['one missing', { qualityOwnerId: null }, '1 missing'],
    ['awaiting approval', { status: 'submitted' }, 'awaiting approval'],
    ['awaiting receiver', { status: 'approved' }, 'awaiting receiver'],
  ])('%s', (_name, overrides, label) => {
    expect(gateLabel(evaluateGate(pkg(overrides), STRATEGY_TO_CREATIVE))).toBe(label);
  });
});
