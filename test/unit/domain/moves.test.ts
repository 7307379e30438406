import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/domain/domainError';
import type { GateResult, MissingItem } from '../../../shared/domain/gate';
import { checkMove, type MoveKind, type MoveRequest } from '../../../shared/domain/moves';

const STAGES = ['strategy', 'creative', 'production', 'launch', 'live'];

const item = (kind: MissingItem['kind'], label: string, problem: string): MissingItem => ({
  kind,
  key: label,
  label,
  problem,
});

const GATES = {
  ready: { passed: true, state: 'ready', overridden: false },
  overridden: { passed: true, state: 'ready', overridden: true },
  missing: {
    passed: false,
    state: 'missing',
    missing: [
      item('field', 'Objective', 'is missing'),
      item('checklist', 'Tracking tested', 'not ticked'),
      item('quality_owner', 'Quality owner', 'is not named'),
    ],
    waitingOn: [{ personId: 'p-r', because: 'responsible' }],
  },
  awaitingApproval: {
    passed: false,
    state: 'awaiting_approval',
    missing: [],
    waitingOn: [{ personId: 'p-qo', because: 'quality_owner' }],
  },
  awaitingReceiver: {
    passed: false,
    state: 'awaiting_receiver',
    missing: [],
    waitingOn: [{ personId: 'p-recv', because: 'receiver' }],
  },
} satisfies Record<string, GateResult>;

function move(overrides: Partial<MoveRequest>): MoveRequest {
  return {
    stageIds: STAGES,
    fromStageId: 'creative',
    toStageId: 'production',
    handoffName: 'Creative → Production',
    gate: GATES.ready,
    ...overrides,
  };
}

function refused(m: MoveRequest): DomainError {
  try {
    checkMove(m);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('RULE_VIOLATION');
    return e as DomainError;
  }
  throw new Error(`expected the move ${m.fromStageId} → ${m.toStageId} to be refused`);
}

describe('checkMove: allowed', () => {
  it.each<{ name: string; m: Partial<MoveRequest>; kind: MoveKind }>([
    { name: 'forward one stage when the gate passed', m: {}, kind: 'forward' },
    {
      name: 'forward one stage when the gate was overridden',
      m: { gate: GATES.overridden },
      kind: 'forward',
    },
    {
      name: 'forward from a stage without an outgoing handoff',
      m: { gate: null, fromStageId: 'launch', toStageId: 'live' },
      kind: 'forward',
    },
    {
      name: 'from the first stage',
      m: { fromStageId: 'strategy', toStageId: 'creative' },
      kind: 'forward',
    },
    { name: 'same stage is no move', m: { toStageId: 'creative' }, kind: 'none' },
    {
      name: 'same stage is no move even while the gate fails',
      m: { toStageId: 'creative', gate: GATES.missing },
      kind: 'none',
    },
    {
      name: 'backward one stage with a reason',
      m: { toStageId: 'strategy', reason: 'Brief was wrong' },
      kind: 'backward',
    },
    {
      name: 'backward several stages with a reason, whatever the gate',
      m: { fromStageId: 'live', toStageId: 'strategy', reason: 'Relaunch', gate: GATES.missing },
      kind: 'backward',
    },
  ])('$name', ({ m, kind }) => {
    expect(checkMove(move(m))).toBe(kind);
  });
});

describe('checkMove: refused', () => {
  it.each<{ name: string; m: Partial<MoveRequest>; fields: string[]; message: string | RegExp }>([
    {
      name: 'forward while fields are missing: names the handoff and how many',
      m: { gate: GATES.missing },
      fields: ['Objective', 'Tracking tested', 'Quality owner'],
      message: 'The Creative → Production handoff is not ready: 3 missing',
    },
    {
      name: 'forward while awaiting approval',
      m: { gate: GATES.awaitingApproval },
      fields: ['gate'],
      message:
        'The Creative → Production handoff is not ready: awaiting approval by the quality owner',
    },
    {
      name: 'forward while awaiting the receiver',
      m: { gate: GATES.awaitingReceiver },
      fields: ['gate'],
      message: /Creative → Production handoff is not ready: awaiting the receiver/,
    },
    {
      name: 'skipping one stage, even when the gate passed',
      m: { toStageId: 'launch' },
      fields: ['toStageId'],
      message: 'Cards move one stage at a time: the Creative → Production handoff comes first',
    },
    {
      name: 'skipping two stages, even when overridden',
      m: { toStageId: 'live', gate: GATES.overridden },
      fields: ['toStageId'],
      message: /one stage at a time/,
    },
    {
      name: 'backward without a reason',
      m: { toStageId: 'strategy' },
      fields: ['reason'],
      message: 'Moving a card back needs a reason',
    },
    {
      name: 'backward with a blank reason',
      m: { toStageId: 'strategy', reason: '  \n ' },
      fields: ['reason'],
      message: 'Moving a card back needs a reason',
    },
    {
      name: 'to a stage that is not on the board',
      m: { toStageId: 'nowhere' },
      fields: ['toStageId'],
      message: 'That stage is not on the board',
    },
    {
      name: 'to an unknown stage even from the same stage id',
      m: { stageIds: ['strategy'], fromStageId: 'creative', toStageId: 'creative' },
      fields: ['toStageId'],
      message: 'That stage is not on the board',
    },
  ])('$name', ({ m, fields, message }) => {
    const err = refused(move(m));
    expect(err.issues.map((i) => i.field)).toEqual(fields);
    if (typeof message === 'string') expect(err.message).toBe(message);
    else expect(err.message).toMatch(message);
  });

  it('lists each missing item with its problem', () => {
    const err = refused(move({ gate: GATES.missing }));
    expect(err.issues).toEqual([
      { field: 'Objective', problem: 'is missing' },
      { field: 'Tracking tested', problem: 'not ticked' },
      { field: 'Quality owner', problem: 'is not named' },
    ]);
  });

  it('counts one missing item as "1 missing"', () => {
    const gate: GateResult = {
      ...GATES.missing,
      missing: [item('raci', 'Accountable', 'needs exactly one person')],
    };
    expect(refused(move({ gate })).message).toBe(
      'The Creative → Production handoff is not ready: 1 missing',
    );
  });
});

describe('checkMove: a gate known only by its count (a board card)', () => {
  it('refuses with the count in the message and one issue saying how many', () => {
    const err = refused(
      move({ gate: { passed: false, state: 'missing', missing: 9 }, toStageId: 'production' }),
    );
    expect(err.message).toBe('The Creative → Production handoff is not ready: 9 missing');
    expect(err.issues).toEqual([{ field: 'gate', problem: '9 missing' }]);
  });

  it('names the state when nothing is missing but a person must act', () => {
    const err = refused(move({ gate: { passed: false, state: 'awaiting_receiver', missing: 0 } }));
    expect(err.issues).toEqual([{ field: 'gate', problem: 'awaiting receiver' }]);
  });
});
