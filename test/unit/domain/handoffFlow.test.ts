import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/domain/domainError';
import {
  applyFlow,
  receiversOf,
  type FlowAction,
  type FlowOutcome,
  type FlowState,
} from '../../../shared/domain/handoffFlow';
import type { HandoffStatus } from '../../../shared/model';

const RESPONSIBLE = 'p-responsible';
const ACCOUNTABLE = 'p-accountable';
const OWNER = 'p-quality-owner';
const RECEIVER = 'p-receiver';
const CONSULTED = 'p-consulted';
const STRANGER = 'p-stranger';
const HASH = 'hash-now';

const STATUSES: readonly HandoffStatus[] = [
  'draft',
  'submitted',
  'approved',
  'changes_requested',
  'acknowledged',
  'done',
];

type Kind = FlowAction['kind'];

/** A complete package whose approval (when there is one) covers what is there now. */
function state(overrides: Partial<FlowState> = {}): FlowState {
  return {
    status: 'draft',
    qualityOwnerId: OWNER,
    raci: [
      { personId: RESPONSIBLE, role: 'R' },
      { personId: ACCOUNTABLE, role: 'A' },
      { personId: CONSULTED, role: 'C' },
    ],
    receiverIds: [RECEIVER],
    missing: [],
    currentHash: HASH,
    approvedHash: HASH,
    ...overrides,
  };
}

/** Each action with a valid payload, done by the person allowed to do it. */
const VALID: Record<Kind, { action: FlowAction; actor: string }> = {
  submit: { action: { kind: 'submit' }, actor: RESPONSIBLE },
  approve: { action: { kind: 'approve', packageHash: HASH }, actor: OWNER },
  request_changes: {
    action: { kind: 'request_changes', reason: 'Name the audience' },
    actor: OWNER,
  },
  acknowledge: { action: { kind: 'acknowledge' }, actor: RECEIVER },
  send_back: {
    action: { kind: 'send_back', missing: ['Logo files'], reason: '' },
    actor: RECEIVER,
  },
  override: {
    action: { kind: 'override', reason: 'Client signed off by phone' },
    actor: ACCOUNTABLE,
  },
};

/** The rule refused: the DomainError's code, its one issue's field, and its message. */
function refusal(run: () => unknown): { field: string; problem: string; message: string } {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected the action to be refused').toBeInstanceOf(DomainError);
  const err = thrown as DomainError;
  expect(err.code).toBe('RULE_VIOLATION');
  expect(err.issues).toHaveLength(1);
  const issue = err.issues[0]!;
  // The message reads as the rule: it names the field first.
  expect(err.message.startsWith(issue.field)).toBe(true);
  return { ...issue, message: err.message };
}

describe('applyFlow: every action from every status', () => {
  // What each action does from each status (valid actor and payload); a field name = refused.
  const MATRIX: Record<Kind, Record<HandoffStatus, FlowOutcome | 'status'>> = {
    submit: {
      draft: { event: 'submitted', status: 'submitted' },
      submitted: 'status',
      approved: 'status',
      changes_requested: { event: 'submitted', status: 'submitted' },
      acknowledged: 'status',
      done: 'status',
    },
    approve: {
      draft: 'status',
      submitted: { event: 'approved', status: 'approved' },
      approved: 'status',
      changes_requested: 'status',
      acknowledged: 'status',
      done: 'status',
    },
    request_changes: {
      draft: 'status',
      submitted: { event: 'changes_requested', status: 'changes_requested' },
      approved: { event: 'changes_requested', status: 'changes_requested' },
      changes_requested: 'status',
      acknowledged: 'status',
      done: 'status',
    },
    acknowledge: {
      draft: 'status',
      submitted: 'status',
      approved: { event: 'acknowledged', status: 'acknowledged' },
      changes_requested: 'status',
      acknowledged: 'status',
      done: 'status',
    },
    send_back: {
      draft: 'status',
      submitted: 'status',
      approved: { event: 'sent_back', status: 'changes_requested' },
      changes_requested: 'status',
      acknowledged: 'status',
      done: 'status',
    },
    override: {
      draft: { event: 'override', status: 'draft' },
      submitted: { event: 'override', status: 'submitted' },
      approved: { event: 'override', status: 'approved' },
      changes_requested: { event: 'override', status: 'changes_requested' },
      acknowledged: { event: 'override', status: 'acknowledged' },
      done: 'status',
    },
  };

  const cases = (Object.keys(MATRIX) as Kind[]).flatMap((kind) =>
    STATUSES.map((status) => ({ kind, status, want: MATRIX[kind][status] })),
  );

  it.each(cases)('$kind from $status', ({ kind, status, want }) => {
    const { action, actor } = VALID[kind];
    const s = state({ status });
    if (want === 'status') {
      const r = refusal(() => applyFlow(s, action, actor));
      expect(r.field).toBe('status');
      // The message says which status it is, readably.
      expect(r.message).toContain(status.replace('_', ' '));
    } else {
      expect(applyFlow(s, action, actor)).toEqual(want);
    }
  });
});

describe('applyFlow: who may do what', () => {
  const ACTORS = [RESPONSIBLE, ACCOUNTABLE, OWNER, RECEIVER, CONSULTED, STRANGER] as const;
  // Who is allowed, in a status where the action is possible; everybody else is refused.
  const ALLOWED: Record<Kind, { status: HandoffStatus; who: readonly string[] }> = {
    submit: { status: 'draft', who: [RESPONSIBLE, ACCOUNTABLE] },
    approve: { status: 'submitted', who: [OWNER] },
    request_changes: { status: 'submitted', who: [OWNER] },
    acknowledge: { status: 'approved', who: [RECEIVER] },
    send_back: { status: 'approved', who: [RECEIVER] },
    override: { status: 'draft', who: [ACCOUNTABLE] },
  };

  const cases = (Object.keys(ALLOWED) as Kind[]).flatMap((kind) =>
    ACTORS.map((actor) => ({
      kind,
      actor,
      allowed: ALLOWED[kind].who.includes(actor),
      status: ALLOWED[kind].status,
    })),
  );

  it.each(cases)('$kind by $actor: allowed=$allowed', ({ kind, actor, allowed, status }) => {
    const s = state({ status });
    const { action } = VALID[kind];
    if (allowed) {
      expect(() => applyFlow(s, action, actor)).not.toThrow();
    } else {
      expect(refusal(() => applyFlow(s, action, actor)).field).toBe('actor');
    }
  });

  it.each(Object.keys(VALID) as Kind[])(
    '%s by an unknown person (nobody chosen) is refused',
    (kind) => {
      const status = ALLOWED[kind].status;
      const r = refusal(() => applyFlow(state({ status }), VALID[kind].action, null));
      expect(r.field).toBe('actor');
      expect(r.problem).toContain('unknown');
    },
  );

  it('the quality owner who is also Accountable may approve and override', () => {
    const s = state({
      status: 'submitted',
      qualityOwnerId: ACCOUNTABLE,
    });
    expect(applyFlow(s, { kind: 'approve', packageHash: HASH }, ACCOUNTABLE).status).toBe(
      'approved',
    );
    expect(applyFlow(s, { kind: 'override', reason: 'Deadline' }, ACCOUNTABLE).event).toBe(
      'override',
    );
  });

  it('nobody approves a handoff that has no quality owner', () => {
    const s = state({ status: 'submitted', qualityOwnerId: null });
    for (const actor of ACTORS) {
      expect(refusal(() => applyFlow(s, { kind: 'approve', packageHash: HASH }, actor)).field).toBe(
        'actor',
      );
    }
  });
});

describe('receivers', () => {
  it.each<{ name: string; receiverIds: string[]; want: string[] }>([
    {
      name: 'the next stage’s Responsible people',
      receiverIds: [RECEIVER, 'p-2'],
      want: [RECEIVER, 'p-2'],
    },
    {
      name: 'the Accountable person when the next stage has none',
      receiverIds: [],
      want: [ACCOUNTABLE],
    },
  ])('$name', ({ receiverIds, want }) => {
    expect(receiversOf(state({ receiverIds }))).toEqual(want);
  });

  it.each(['acknowledge', 'send_back'] as const)(
    '%s with no receivers named: only the Accountable person',
    (kind) => {
      const s = state({ status: 'approved', receiverIds: [] });
      const { action } = VALID[kind];
      expect(() => applyFlow(s, action, ACCOUNTABLE)).not.toThrow();
      for (const actor of [RECEIVER, RESPONSIBLE, OWNER, STRANGER]) {
        expect(refusal(() => applyFlow(s, action, actor)).field).toBe('actor');
      }
    },
  );

  it('a second receiver may acknowledge too', () => {
    const s = state({ status: 'approved', receiverIds: [RECEIVER, 'p-2'] });
    expect(applyFlow(s, { kind: 'acknowledge' }, 'p-2')).toEqual({
      event: 'acknowledged',
      status: 'acknowledged',
    });
  });
});

describe('applyFlow: the package and the payload', () => {
  it.each<{
    name: string;
    s: Partial<FlowState>;
    action: FlowAction;
    actor: string;
    field: string | null;
    contains?: string;
  }>([
    // submit: only a complete package.
    {
      name: 'submit an incomplete package',
      s: { status: 'draft', missing: ['Objective is missing', 'Quality owner is not named'] },
      action: { kind: 'submit' },
      actor: RESPONSIBLE,
      field: 'package',
      contains: 'Objective is missing, Quality owner is not named',
    },
    {
      name: 'resubmit after changes were requested, by the Accountable person',
      s: { status: 'changes_requested' },
      action: { kind: 'submit' },
      actor: ACCOUNTABLE,
      field: null,
    },
    // approve: bound to the package the owner saw.
    {
      name: 'approve with a stale package hash',
      s: { status: 'submitted', currentHash: 'hash-after-edit' },
      action: { kind: 'approve', packageHash: HASH },
      actor: OWNER,
      field: 'packageHash',
      contains: 'changed while you were reviewing',
    },
    {
      name: 'approve with an empty hash',
      s: { status: 'submitted' },
      action: { kind: 'approve', packageHash: '' },
      actor: OWNER,
      field: 'packageHash',
    },
    {
      name: 'approve with the current hash, even when an older approval differs',
      s: { status: 'submitted', currentHash: 'hash-2', approvedHash: 'hash-1' },
      action: { kind: 'approve', packageHash: 'hash-2' },
      actor: OWNER,
      field: null,
    },
    {
      name: 'approve a package that became incomplete',
      s: { status: 'submitted', missing: ['Context is missing'] },
      action: { kind: 'approve', packageHash: HASH },
      actor: OWNER,
      field: 'package',
      contains: 'Context is missing',
    },
    // request changes: says what must change.
    {
      name: 'request changes without a reason',
      s: { status: 'submitted' },
      action: { kind: 'request_changes', reason: '' },
      actor: OWNER,
      field: 'reason',
    },
    {
      name: 'request changes with a blank reason',
      s: { status: 'approved' },
      action: { kind: 'request_changes', reason: ' \n\t ' },
      actor: OWNER,
      field: 'reason',
    },
    // acknowledge: only the package that was approved.
    {
      name: 'acknowledge a package changed since approval',
      s: { status: 'approved', approvedHash: 'hash-approved', currentHash: 'hash-now' },
      action: { kind: 'acknowledge' },
      actor: RECEIVER,
      field: 'package',
      contains: 'needs re-approval',
    },
    {
      name: 'acknowledge with no recorded approval hash',
      s: { status: 'approved', approvedHash: null },
      action: { kind: 'acknowledge' },
      actor: RECEIVER,
      field: 'package',
    },
    // send back: names what is missing.
    {
      name: 'send back naming nothing',
      s: { status: 'approved' },
      action: { kind: 'send_back', missing: [], reason: '' },
      actor: RECEIVER,
      field: 'missing',
    },
    {
      name: 'send back with only blanks',
      s: { status: 'approved' },
      action: { kind: 'send_back', missing: ['  ', ''], reason: '   ' },
      actor: RECEIVER,
      field: 'missing',
    },
    {
      name: 'send back with a reason only',
      s: { status: 'approved' },
      action: { kind: 'send_back', missing: [], reason: 'No source files' },
      actor: RECEIVER,
      field: null,
    },
    {
      name: 'send back with missing items only',
      s: { status: 'approved' },
      action: { kind: 'send_back', missing: ['Source files'], reason: '' },
      actor: RECEIVER,
      field: null,
    },
    // override: the Accountable person, in writing.
    {
      name: 'override without a reason',
      s: { status: 'draft' },
      action: { kind: 'override', reason: '' },
      actor: ACCOUNTABLE,
      field: 'reason',
    },
    {
      name: 'override with a blank reason',
      s: { status: 'approved' },
      action: { kind: 'override', reason: '   ' },
      actor: ACCOUNTABLE,
      field: 'reason',
    },
    {
      name: 'override an incomplete package with a reason',
      s: { status: 'draft', missing: ['Objective is missing'], approvedHash: null },
      action: { kind: 'override', reason: 'Client call replaces the brief' },
      actor: ACCOUNTABLE,
      field: null,
    },
  ])('$name', ({ s, action, actor, field, contains }) => {
    if (field === null) {
      expect(() => applyFlow(state(s), action, actor)).not.toThrow();
      return;
    }
    const r = refusal(() => applyFlow(state(s), action, actor));
    expect(r.field).toBe(field);
    if (contains) expect(r.message).toContain(contains);
  });
});

describe('applyFlow: a whole handoff', () => {
  it('draft → submitted → changes requested → submitted → approved → acknowledged', () => {
    let s = state({ status: 'draft', approvedHash: null });
    const step = (action: FlowAction, actor: string) => {
      const out = applyFlow(s, action, actor);
      s = { ...s, status: out.status };
      return out.event;
    };
    expect(step({ kind: 'submit' }, RESPONSIBLE)).toBe('submitted');
    expect(step({ kind: 'request_changes', reason: 'Tighten the summary' }, OWNER)).toBe(
      'changes_requested',
    );
    expect(step({ kind: 'submit' }, RESPONSIBLE)).toBe('submitted');
    expect(step({ kind: 'approve', packageHash: HASH }, OWNER)).toBe('approved');
    s = { ...s, approvedHash: HASH };
    expect(step({ kind: 'acknowledge' }, RECEIVER)).toBe('acknowledged');
    expect(s.status).toBe('acknowledged');
  });

  it('never changes the state it is given', () => {
    const s = state({ status: 'submitted' });
    const before = structuredClone(s);
    applyFlow(s, { kind: 'approve', packageHash: HASH }, OWNER);
    expect(() => applyFlow(s, { kind: 'approve', packageHash: 'x' }, OWNER)).toThrow(DomainError);
    expect(s).toEqual(before);
  });
});
