import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  draftKey,
  readDraft,
  writeDraft,
} from '../../../renderer/features/handoff/package/fieldDrafts';
import { memoryStorage } from './memoryStorage';

describe('field drafts kept until the save is confirmed', () => {
  it('round-trips every field value shape, keyed by handoff and field', () => {
    const storage = memoryStorage();
    const values = ['text', 42, ['a', 'b'], [{ metric: 'Bags', target: '8,000' }], null];
    values.forEach((v, i) => writeDraft(storage, 'h1', `f${i}`, v, 1000 + i));
    values.forEach((v, i) =>
      expect(readDraft(storage, 'h1', `f${i}`)).toEqual({ value: v, at: 1000 + i }),
    );
    expect(readDraft(storage, 'h2', 'f0')).toBeNull();
    expect(storage.getItem(draftKey('h1', 'f0'))).not.toBeNull();
  });

  it('clears one draft without touching the others', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'h1', 'objective', 'a');
    writeDraft(storage, 'h1', 'context', 'b');
    clearDraft(storage, 'h1', 'objective');
    expect(readDraft(storage, 'h1', 'objective')).toBeNull();
    expect(readDraft(storage, 'h1', 'context')?.value).toBe('b');
  });

  it('ignores what it cannot read and survives storage that refuses writes', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('h1', 'broken'), '{not json');
    storage.setItem(draftKey('h1', 'shapeless'), '{"hello":1}');
    expect(readDraft(storage, 'h1', 'broken')).toBeNull();
    expect(readDraft(storage, 'h1', 'shapeless')).toBeNull();
    expect(() => writeDraft(memoryStorage(true), 'h1', 'x', 'y')).not.toThrow();
    expect(() => readDraft(null, 'h1', 'x')).not.toThrow();
  });
});
