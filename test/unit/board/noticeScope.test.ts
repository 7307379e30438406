import { describe, expect, it } from 'vitest';
import type { CommitNotice } from '../../../shared/model';
import { cardsToRefresh } from '../../../renderer/features/board/noticeScope';

const notice = (tables: string[], campaignIds: string[] | null): CommitNotice => ({
  txId: 't',
  tables,
  ids: [],
  campaignIds,
});

describe('which cards a live update concerns', () => {
  it('refetches the campaigns named when only campaign rows changed', () => {
    expect(cardsToRefresh(notice(['handoffField'], ['c-a']))).toEqual(['c-a']);
    expect(cardsToRefresh(notice(['campaign', 'handoff', 'raci'], ['c-a', 'c-b']))).toEqual([
      'c-a',
      'c-b',
    ]);
  });

  it('refetches everything for people, clients, stages, a reconnect or an unnamed batch', () => {
    expect(cardsToRefresh(notice(['person'], []))).toBe('all');
    expect(cardsToRefresh(notice(['campaign', 'client'], ['c-a']))).toBe('all');
    expect(cardsToRefresh(notice(['stage'], []))).toBe('all');
    expect(cardsToRefresh(notice(['*'], null))).toBe('all');
    expect(cardsToRefresh(notice(['campaign'], null))).toBe('all');
  });
});
