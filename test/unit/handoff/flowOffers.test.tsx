import { describe, expect, it } from 'vitest';
import {
  nextStep,
  offeredActions,
  type Offer,
} from '../../../renderer/features/handoff/flow/flowOffers';
import { JONAS, MAYA, SAM, STRANGER, TOM, makeDetail, type FixtureOptions } from './detailFixture';

const kinds = (offers: Offer[]) => offers.map((o) => o.kind).sort();

describe('offeredActions: who is offered which step of the flow', () => {
  const cases: [string, FixtureOptions, string, string[]][] = [
    ['Responsible, complete draft', {}, JONAS, ['submit']],
    // Maya is Accountable too: she may submit, and override while the gate fails.
    ['Accountable, complete draft', {}, MAYA, ['override', 'submit']],
    ['Consulted, complete draft', {}, TOM, []],
    [
      'quality owner, submitted',
      { status: 'submitted' },
      MAYA,
      ['approve', 'override', 'request_changes'],
    ],
    ['Responsible, submitted', { status: 'submitted' }, JONAS, []],
    ['receiver, submitted (not approved yet)', { status: 'submitted' }, SAM, []],
    ['receiver, approved', { status: 'approved' }, SAM, ['acknowledge', 'send_back']],
    ['quality owner, approved', { status: 'approved' }, MAYA, ['override', 'request_changes']],
    ['Responsible, changes requested', { status: 'changes_requested' }, JONAS, ['submit']],
    // The gate passed: nothing to override, nothing left to do.
    ['Accountable, acknowledged', { status: 'acknowledged' }, MAYA, []],
    ['a stranger, approved', { status: 'approved' }, STRANGER, []],
  ];
  it.each(cases)('%s', (_, options, me, expected) => {
    expect(kinds(offeredActions(makeDetail(options), me))).toEqual(expected);
  });

  it('offers nothing to nobody (no "me" chosen yet)', () => {
    expect(offeredActions(makeDetail(), null)).toEqual([]);
  });

  it('offers submit disabled with the reason while the package is incomplete', () => {
    const detail = makeDetail({ fields: { objective: 'Only this' }, ticked: false });
    const submit = offeredActions(detail, JONAS).find((o) => o.kind === 'submit');
    expect(submit?.blockedBy).toMatch(/^is incomplete: Context is missing/);
  });

  it('offers acknowledge disabled when the package changed since approval', () => {
    const detail = makeDetail({ status: 'approved', approvedHash: 'an-older-package' });
    const offers = offeredActions(detail, SAM);
    expect(offers.find((o) => o.kind === 'acknowledge')?.blockedBy).toBe(
      'changed since approval and needs re-approval',
    );
    // Sending back does not depend on the hash: the receiver can still say what is missing.
    expect(offers.find((o) => o.kind === 'send_back')?.blockedBy).toBeNull();
  });

  it('with no next-stage receiver, the Accountable person receives (receiversOf)', () => {
    const detail = makeDetail({ status: 'approved', receiverIds: [] });
    expect(kinds(offeredActions(detail, MAYA))).toEqual([
      'acknowledge',
      'override',
      'request_changes',
      'send_back',
    ]);
  });
});

describe('nextStep: who must act now', () => {
  it('a draft waits on its Responsible people, worded by completeness', () => {
    expect(nextStep(makeDetail({ fields: {} }))).toEqual({
      personIds: [JONAS],
      because: 'responsible',
      task: 'complete and submit the package',
    });
    expect(nextStep(makeDetail())?.task).toBe('submit the package for approval');
  });

  it('a submitted package waits on the quality owner, unless it was emptied again', () => {
    expect(nextStep(makeDetail({ status: 'submitted' }))).toMatchObject({
      personIds: [MAYA],
      because: 'quality_owner',
    });
    expect(nextStep(makeDetail({ status: 'submitted', fields: {} }))).toMatchObject({
      personIds: [JONAS],
      because: 'responsible',
      task: 'complete the package',
    });
  });

  it('an approved package waits on the receiver; a passed gate on nobody', () => {
    expect(nextStep(makeDetail({ status: 'approved' }))).toMatchObject({
      personIds: [SAM],
      because: 'receiver',
    });
    expect(nextStep(makeDetail({ status: 'acknowledged' }))).toBeNull();
    expect(nextStep(makeDetail({ events: [{ kind: 'override', actorId: MAYA }] }))).toBeNull();
  });
});
