// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ChangeEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSavedOnBlur } from '../../../renderer/ui/useSavedOnBlur';

afterEach(cleanup);

function setup(stored: string, save: (value: string) => Promise<boolean> = async () => true) {
  const spy = vi.fn(save);
  const hook = renderHook(({ stored: s }: { stored: string }) => useSavedOnBlur(s, spy), {
    initialProps: { stored },
  });
  const type = (text: string) =>
    act(() =>
      hook.result.current.onChange({ target: { value: text } } as ChangeEvent<HTMLTextAreaElement>),
    );
  const focus = () => act(() => hook.result.current.onFocus());
  const blur = async () => {
    await act(async () => {
      hook.result.current.onBlur();
      await Promise.resolve();
    });
  };
  const storedBecomes = (s: string) => hook.rerender({ stored: s });
  return { ...hook, save: spy, type, focus, blur, storedBecomes };
}

describe('useSavedOnBlur', () => {
  it('keeps what is typed when the stored value changes underneath, and saves it on leaving', async () => {
    const t = setup('');
    t.focus();
    t.type('Salesy subjects');
    t.storedBecomes('a refetch of the record');
    expect(t.result.current.value).toBe('Salesy subjects');
    await t.blur();
    expect(t.save).toHaveBeenCalledExactlyOnceWith('Salesy subjects');
    expect(t.result.current.value).toBe('Salesy subjects');
  });

  it('follows a teammate’s edit while the person is elsewhere with nothing unsaved', async () => {
    const t = setup('first');
    t.storedBecomes('teammate');
    expect(t.result.current.value).toBe('teammate');
    t.focus();
    t.type('mine');
    await t.blur();
    t.storedBecomes('mine');
    t.storedBecomes('teammate again');
    expect(t.result.current.value).toBe('teammate again');
  });

  it('takes an edit that arrived while the person was only in the field once they leave it', async () => {
    const t = setup('first');
    t.focus();
    t.storedBecomes('teammate');
    expect(t.result.current.value).toBe('first');
    await t.blur();
    expect(t.result.current.value).toBe('teammate');
    expect(t.save).not.toHaveBeenCalled();
  });

  it('does not save text equal to what is stored', async () => {
    const t = setup('same');
    t.focus();
    t.type('sam');
    t.type('same');
    await t.blur();
    expect(t.save).not.toHaveBeenCalled();
  });

  it('keeps a refused draft unsaved: a later stored change does not replace it', async () => {
    const t = setup('', async () => false);
    t.focus();
    t.type('too long');
    await t.blur();
    t.storedBecomes('teammate');
    expect(t.result.current.value).toBe('too long');
  });

  it('keeps text typed while the save was on its way unsaved', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    const t = setup('', () => new Promise<boolean>((resolve) => (answer = resolve)));
    t.focus();
    t.type('one');
    act(() => t.result.current.onBlur());
    t.focus();
    t.type('one two');
    await act(async () => {
      answer(true);
      await Promise.resolve();
    });
    t.storedBecomes('one');
    expect(t.result.current.value).toBe('one two');
    await t.blur();
    expect(t.save).toHaveBeenLastCalledWith('one two');
  });
});
