import { describe, expect, it } from 'vitest';
import type { CampaignDetail, CommitNotice } from '../../../shared/model';
import { campaignsNamed, explains, rowsOf } from '../../../renderer/features/board/noticeScope';
import { card } from './cardFixture';

const notice = (ids: string[]): CommitNotice => ({ txId: 't', tables: ['campaign'], ids });

describe('which cards a live update concerns', () => {
  const a = card({ id: 'c-a' });
  const b = card({
    id: 'c-b',
    currentHandoff: {
      id: 'h-b',
      name: 'Brief',
      status: 'draft',
      dueDate: null,
      overdue: false,
      responsibleIds: [],
      accountableId: null,
      qualityOwnerId: null,
      receiverIds: [],
    },
  });

  it('finds campaigns by their id or their current handoff id, once each', () => {
    expect(campaignsNamed(notice(['c-a', 'h-b', 'x', 'c-a']), [a, b])).toEqual(['c-a', 'c-b']);
    expect(campaignsNamed(notice(['field-row']), [a, b])).toEqual([]);
  });

  it('accounts for a campaign, its handoffs and their checklist, RACI, events and comments', () => {
    // Only the ids matter here; the rest of the detail is not read.
    const detail = {
      campaign: { id: 'c-a' },
      handoffs: [
        {
          handoff: { id: 'h1' },
          checklist: [{ id: 'k1' }],
          raci: [{ id: 'r1' }, { id: 'r2' }],
          events: [{ id: 'e1' }],
          comments: [{ id: 'm1' }],
        },
      ],
    } as unknown as CampaignDetail;
    const rows = rowsOf(detail);
    expect([...rows].sort()).toEqual(['c-a', 'e1', 'h1', 'k1', 'm1', 'r1', 'r2']);
    expect(explains(notice(['c-a', 'h1', 'e1', 'k1']), rows)).toBe(true);
    // A brief field row has no id in the detail: the whole board is refetched for it.
    expect(explains(notice(['c-a', 'field-row']), rows)).toBe(false);
  });
});
