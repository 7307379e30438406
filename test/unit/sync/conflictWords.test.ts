import { describe, expect, it } from 'vitest';
import { authorText, changedLines, textSides } from '../../../renderer/features/sync/conflictWords';
import type { ConflictTextVersion, SyncConflictView } from '../../../shared/model';

const NOW = new Date('2026-11-26T10:00:00.000Z');

function version(over: Partial<ConflictTextVersion>): ConflictTextVersion {
  return {
    hlc: 'h',
    at: '2026-11-26T09:55:00.000Z',
    deviceId: 'dev',
    deviceName: null,
    personName: null,
    isThisDevice: false,
    text: '',
    ...over,
  };
}

function conflict(first: ConflictTextVersion, second: ConflictTextVersion) {
  return {
    kind: 'text',
    id: '01900000-0000-7000-8000-000000000001',
    detectedAt: NOW.toISOString(),
    entity: 'handoffField',
    entityId: 'f',
    title: 'Spring launch',
    where: null,
    campaignId: null,
    choices: ['text'],
    fieldLabel: 'Objective',
    versions: [first, second],
    base: null,
    merged: '',
    conflicts: 1,
  } satisfies SyncConflictView;
}

describe('textSides', () => {
  it('puts their version left and yours right, whichever was first', () => {
    const mine = version({ isThisDevice: true, text: 'mine' });
    const theirs = version({ text: 'theirs' });
    for (const c of [conflict(mine, theirs), conflict(theirs, mine)]) {
      const sides = textSides(c);
      expect([sides.left.label, sides.left.version.text]).toEqual(['Their version', 'theirs']);
      expect([sides.right.label, sides.right.version.text]).toEqual(['Your version', 'mine']);
      expect(sides.hasMine).toBe(true);
    }
  });

  it('names them earlier and later when both came from teammates', () => {
    const sides = textSides(conflict(version({ text: 'a' }), version({ text: 'b' })));
    expect([sides.left.label, sides.right.label, sides.hasMine]).toEqual([
      'Earlier edit',
      'Later edit',
      false,
    ]);
  });
});

describe('authorText', () => {
  it('says who, on which computer, when', () => {
    expect(
      authorText(version({ personName: 'Sam Lee', deviceName: 'Sam’s desktop' }), { now: NOW }),
    ).toBe('Sam Lee on Sam’s desktop, 5 minutes ago');
    expect(authorText(version({}), { now: NOW })).toBe(
      'Someone on another computer, 5 minutes ago',
    );
    expect(
      authorText(version({ isThisDevice: true, personName: 'Ada' }), {
        now: NOW,
        inSentence: true,
      }),
    ).toBe('you (Ada) on this computer, 5 minutes ago');
  });
});

describe('changedLines', () => {
  it('marks the lines the other version does not have', () => {
    expect([...changedLines('a\nb\nc', 'a\nx\nc')]).toEqual([1]);
    expect([...changedLines('same', 'same')]).toEqual([]);
  });
});
