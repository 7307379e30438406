import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { once, resolveDataDir } from '../../../electron/main/lifecycle';

describe('once', () => {
  it('runs a shutdown step once and reports, not throws, its failure', () => {
    const step = vi.fn(() => {
      throw new Error('disk gone');
    });
    const onError = vi.fn();
    const close = once(step, onError);
    close();
    close();
    expect(step).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(new Error('disk gone'));
  });
});

describe('resolveDataDir', () => {
  it('prefers BATON_DATA_DIR, made absolute', () => {
    expect(resolveDataDir('rel/data', () => '/default')).toBe(path.resolve('rel/data'));
    expect(resolveDataDir('  ', () => '/default')).toBe('/default');
    expect(resolveDataDir(undefined, () => '/default')).toBe('/default');
  });
});
