import { describe, expect, it } from 'vitest';
import {
  dropSentence,
  type AnnouncementContext,
} from '../../../renderer/features/board/announcements';
import { summarizeIssues } from '../../../renderer/features/board/issueSummary';
import { planDrop, toGateOutcome } from '../../../renderer/features/board/planDrop';
import { card, gate, PASSED, STAGES } from './cardFixture';

describe('what a drop would do (the domain rule, read by the board)', () => {
  it('forward one stage when the gate passes', () => {
    expect(planDrop(card({ gate: PASSED }), 'st-creative', STAGES)).toEqual({ kind: 'forward' });
  });

  it('refuses forward when the gate fails, naming the handoff as the backend does', () => {
    expect(planDrop(card(), 'st-creative', STAGES)).toEqual({
      kind: 'refused',
      message: 'The Strategy → Creative handoff is not ready: 2 missing',
      gateRefused: true,
    });
  });

  it('refuses skipping a stage even with a passing gate', () => {
    const plan = planDrop(card({ gate: PASSED }), 'st-production', STAGES);
    expect(plan).toMatchObject({ kind: 'refused', gateRefused: false });
    expect(plan.kind === 'refused' && plan.message).toMatch(/one stage at a time/);
  });

  it('backward (the reason is asked next) and none for the same stage', () => {
    const inCreative = card({ stageId: 'st-creative' });
    expect(planDrop(inCreative, 'st-strategy', STAGES)).toEqual({ kind: 'backward' });
    expect(planDrop(inCreative, 'st-creative', STAGES)).toEqual({ kind: 'none' });
  });

  it('a card without an outgoing handoff (Done) may move on', () => {
    const last = card({ stageId: 'st-production', gate: null, currentHandoff: null });
    expect(planDrop(last, 'st-launch', STAGES)).toEqual({ kind: 'forward' });
  });

  it('maps the card gate to what the move rule reads', () => {
    expect(toGateOutcome(PASSED)).toEqual({ passed: true });
    expect(toGateOutcome(gate({ state: 'awaiting_approval', missingCount: 0 }))).toEqual({
      passed: false,
      state: 'awaiting_approval',
      missing: 0,
    });
    expect(toGateOutcome(gate({ missingCount: 9 }))).toEqual({
      passed: false,
      state: 'missing',
      missing: 9,
    });
  });
});

describe('announcements and messages in plain words', () => {
  const cards = new Map([
    ['c-spring', card({ gate: gate({ label: '9 missing' }) })],
    ['c-ok', card({ id: 'c-ok', name: 'Holiday Gift Boxes', gate: PASSED })],
  ]);
  const stageName = (id: string) => STAGES.find((s) => s.id === id)?.name ?? '?';
  const ctx: AnnouncementContext = {
    cardName: (id) => cards.get(id)!.name,
    cardStage: (id) => stageName(cards.get(id)!.stageId),
    cardStageId: (id) => cards.get(id)!.stageId,
    stageName,
    gateLabel: (id) => cards.get(id)!.gate?.label ?? null,
    plan: (id, to) => planDrop(cards.get(id)!, to, STAGES),
  };

  it.each([
    ['c-ok', 'st-creative', 'Holiday Gift Boxes moved to Creative.'],
    [
      'c-spring',
      'st-creative',
      'Spring Origins Launch is blocked: 9 missing. It stays in Strategy.',
    ],
    ['c-spring', 'st-strategy', 'Spring Origins Launch dropped back in Strategy.'],
  ])('%s on %s', (id, to, sentence) => {
    expect(dropSentence(ctx, id, to)).toBe(sentence);
  });

  it('a skip says the backend rule', () => {
    expect(dropSentence(ctx, 'c-ok', 'st-production')).toMatch(
      /^Cards move one stage at a time.*\. Holiday Gift Boxes stays in Strategy\.$/,
    );
  });

  it('summarizes long missing lists', () => {
    const issues = ['A', 'B', 'C', 'D', 'E'].map((field) => ({ field, problem: 'is missing' }));
    expect(summarizeIssues(issues.slice(0, 3))).toBe('A, B, C');
    expect(summarizeIssues(issues)).toBe('A, B, C and 2 more');
  });
});
