import { describe, expect, it } from 'vitest';
import {
  checkConflictChoice,
  conflictChoices,
  hasConflictMarkers,
  type ConflictToResolve,
} from '../../../shared/domain/conflictChoices';
import { DomainError } from '../../../shared/domain/domainError';
import type { ConflictChoice } from '../../../shared/model';

const MERGED = [
  'Goal: awareness',
  '<<<<<<< one version (edited first)',
  'Tone: playful',
  '=======',
  'Tone: serious',
  '>>>>>>> the other version (edited later)',
].join('\n');

function issuesOf(conflict: ConflictToResolve, choice: ConflictChoice) {
  try {
    checkConflictChoice(conflict, choice);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    const e = err as DomainError;
    return { code: e.code, fields: e.issues.map((i) => i.field), message: e.message };
  }
}

const open = (kind: ConflictToResolve['kind'], entity: string): ConflictToResolve => ({
  kind,
  entity,
  resolvedAt: null,
});

describe('conflictChoices', () => {
  it.each([
    ['text', 'handoffField', ['text']],
    ['changed-after-deletion', 'campaign', ['restore', 'keep-deleted']],
    ['changed-after-deletion', 'client', ['restore', 'keep-deleted']],
    ['changed-after-deletion', 'person', ['restore', 'keep-deleted']],
    // No restore action of their own: only keeping the deletion is offered.
    ['changed-after-deletion', 'raci', ['keep-deleted']],
    ['changed-after-deletion', 'handoff', ['keep-deleted']],
    ['stage-move', 'campaign', ['keep', 'move-to-other']],
  ] as const)('%s about a %s offers %j', (kind, entity, expected) => {
    expect(conflictChoices(kind, entity)).toEqual(expected);
  });
});

describe('checkConflictChoice', () => {
  const cases: [string, ConflictToResolve, ConflictChoice, string[] | null][] = [
    ['a picked text', open('text', 'handoffField'), { text: 'Tone: serious' }, null],
    ['an empty text', open('text', 'handoffField'), { text: '' }, null],
    ['text with markers left', open('text', 'handoffField'), { text: MERGED }, ['choice.text']],
    ['restore on a text', open('text', 'handoffField'), 'restore', ['choice']],
    ['restore a campaign', open('changed-after-deletion', 'campaign'), 'restore', null],
    ['keep a deletion', open('changed-after-deletion', 'campaign'), 'keep-deleted', null],
    ['restore a RACI row', open('changed-after-deletion', 'raci'), 'restore', ['choice']],
    ['text on a deletion', open('changed-after-deletion', 'client'), { text: 'x' }, ['choice']],
    ['keep a move', open('stage-move', 'campaign'), 'keep', null],
    ['move to the other stage', open('stage-move', 'campaign'), 'move-to-other', null],
    ['keep-deleted on a move', open('stage-move', 'campaign'), 'keep-deleted', ['choice']],
    [
      'anything once resolved',
      { ...open('stage-move', 'campaign'), resolvedAt: '2026-03-02T10:00:00.000Z' },
      'keep',
      ['id'],
    ],
  ];
  it.each(cases)('%s', (_label, conflict, choice, fields) => {
    const result = issuesOf(conflict, choice);
    if (fields === null) expect(result).toBeNull();
    else expect(result?.fields).toEqual(fields);
  });

  it('says which choices fit, in the words of the contract', () => {
    expect(issuesOf(open('stage-move', 'campaign'), 'restore')?.message).toBe(
      'choice must be keep or move-to-other for a card moved on two computers',
    );
    expect(issuesOf(open('changed-after-deletion', 'raci'), 'restore')?.message).toMatch(
      /must be keep-deleted .*\(a raci\)$/,
    );
    expect(
      issuesOf(
        { ...open('text', 'handoffField'), resolvedAt: '2026-03-02T10:00:00.000Z' },
        {
          text: 'x',
        },
      )?.code,
    ).toBe('CONFLICT');
  });
});

describe('hasConflictMarkers', () => {
  it.each([
    [MERGED, true],
    ['Tone: serious', false],
    // One marker-looking line alone is text someone wrote, not a merge's block.
    ['======= section =======', false],
    ['<<<<<<< only a start', false],
    ['a\n=======\nb', false],
  ])('%j → %s', (text, expected) => {
    expect(hasConflictMarkers(text)).toBe(expected);
  });
});
