// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft, writeDraft } from '../../../renderer/features/handoff/package/fieldDrafts';
import {
  AUTOSAVE_DELAY_MS,
  useFieldAutosave,
} from '../../../renderer/features/handoff/package/useFieldAutosave';
import type { FieldValue, TemplateField } from '../../../shared/model';
import { memoryStorage } from './memoryStorage';

const TEXT: TemplateField = {
  key: 'context',
  label: 'Context',
  type: 'long_text',
  required: true,
  help: '',
  columns: [],
};
const LINK: TemplateField = { ...TEXT, key: 'brief', label: 'Brief link', type: 'link' };
const LIST: TemplateField = { ...TEXT, key: 'points', label: 'Points', type: 'list' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup(options: {
  field?: TemplateField;
  server?: FieldValue | undefined;
  save?: (v: FieldValue) => Promise<unknown>;
  storage?: Storage;
}) {
  const storage = options.storage ?? memoryStorage();
  const save = vi.fn(options.save ?? (async () => undefined));
  const hook = renderHook(
    ({ server }: { server: FieldValue | undefined }) =>
      useFieldAutosave({
        handoffId: 'h1',
        field: options.field ?? TEXT,
        serverValue: server,
        save,
        storage,
      }),
    { initialProps: { server: options.server } },
  );
  return { ...hook, save, storage };
}

/** Lets pending promise callbacks (the save's answer) run. */
async function settle() {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
}

describe('useFieldAutosave', () => {
  it('saves once, ~600 ms after the last keystroke, and keeps a draft until then', async () => {
    const { result, save, storage } = setup({ server: 'old' });
    act(() => result.current.onChange('ne'));
    act(() => void vi.advanceTimersByTime(300));
    act(() => result.current.onChange('new'));
    expect(result.current.state.kind).toBe('pending');
    expect(readDraft(storage, 'h1', 'context')?.value).toBe('new');
    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    expect(save).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1));
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('new');
    expect(result.current.state.kind).toBe('saved');
    expect(readDraft(storage, 'h1', 'context')).toBeNull();
  });

  it('saves at once on blur', async () => {
    const { result, save } = setup({ server: '' });
    act(() => result.current.onFocus());
    act(() => result.current.onChange('typed'));
    act(() => result.current.onBlur());
    await settle();
    expect(save).toHaveBeenCalledWith('typed');
    expect(result.current.state.kind).toBe('saved');
  });

  it('a failed save says why, keeps the draft, and retry saves it', async () => {
    let fail = true;
    const { result, save, storage } = setup({
      server: '',
      save: async () => {
        if (fail) throw { code: 'READ_ONLY', message: 'This database is read-only' };
      },
    });
    act(() => result.current.onChange('precious'));
    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    await settle();
    expect(result.current.state).toEqual({ kind: 'failed', message: 'This database is read-only' });
    expect(readDraft(storage, 'h1', 'context')?.value).toBe('precious');
    fail = false;
    await act(() => result.current.retry());
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.state.kind).toBe('saved');
    expect(readDraft(storage, 'h1', 'context')).toBeNull();
  });

  it('never overwrites what the person is typing with a live update', async () => {
    const { result, rerender } = setup({ server: 'v1' });
    act(() => result.current.onFocus());
    act(() => result.current.onChange('mine'));
    rerender({ server: 'a teammate’s edit' });
    expect(result.current.value).toBe('mine');
    // Focused with nothing unsaved: still not replaced while the person is in the field…
    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    await settle();
    rerender({ server: 'another edit' });
    expect(result.current.value).toBe('mine');
    // …but on leaving it, the database's value shows.
    act(() => result.current.onBlur());
    expect(result.current.value).toBe('another edit');
  });

  it('takes a live update at once when the field is idle', () => {
    const { result, rerender } = setup({ server: 'v1' });
    rerender({ server: 'v2' });
    expect(result.current.value).toBe('v2');
  });

  it('restores a draft left by a reload or crash and saves it', async () => {
    const storage = memoryStorage();
    writeDraft(storage, 'h1', 'context', 'typed before the crash', 1234);
    const { result, save } = setup({ server: 'saved earlier', storage });
    expect(result.current.value).toBe('typed before the crash');
    expect(result.current.restoredAt).toBe(1234);
    await settle();
    expect(save).toHaveBeenCalledWith('typed before the crash');
    expect(readDraft(storage, 'h1', 'context')).toBeNull();
  });

  it('drops a stored draft that the database already has', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'h1', 'context', 'same');
    const { result, save } = setup({ server: 'same', storage });
    expect(result.current.restoredAt).toBeNull();
    expect(save).not.toHaveBeenCalled();
    expect(readDraft(storage, 'h1', 'context')).toBeNull();
  });

  it('saves again what was typed while a save was in flight', async () => {
    let release: () => void = () => undefined;
    const { result, save } = setup({
      server: '',
      save: () => new Promise<void>((r) => (release = r)),
    });
    act(() => result.current.onChange('first'));
    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    act(() => result.current.onChange('first and more'));
    act(() => result.current.onBlur());
    await act(async () => release());
    await settle();
    expect(save.mock.calls.map((c) => c[0])).toEqual(['first', 'first and more']);
    await act(async () => release());
    await settle();
    expect(result.current.state.kind).toBe('saved');
  });

  it('does not send a value the backend would refuse, and says what is wrong', async () => {
    const { result, save } = setup({ field: LINK, server: null });
    act(() => result.current.onChange('not a link'));
    act(() => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    await settle();
    expect(save).not.toHaveBeenCalled();
    expect(result.current.state).toEqual({
      kind: 'invalid',
      problem: 'must be a link (https://…)',
    });
  });

  it('saves lists without the blank items the editor adds', async () => {
    const { result, save } = setup({ field: LIST, server: [] });
    act(() => result.current.onChange(['Farm stories', '', '  ']));
    act(() => result.current.onBlur());
    await settle();
    expect(save).toHaveBeenCalledWith(['Farm stories']);
  });

  it('saves what is pending when the panel closes', async () => {
    const { result, save, unmount } = setup({ server: '' });
    act(() => result.current.onChange('closing now'));
    unmount();
    await settle();
    expect(save).toHaveBeenCalledWith('closing now');
  });
});
