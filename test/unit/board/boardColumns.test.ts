import { describe, expect, it } from 'vitest';
import {
  compareCards,
  createColumnGrouper,
  groupByStage,
} from '../../../renderer/features/board/boardColumns';
import { card, STAGES } from './cardFixture';

const due = (id: string, name: string, dueDate: string | null, stageId = 'st-strategy') =>
  card({
    id,
    name,
    stageId,
    currentHandoff: dueDate
      ? {
          id: `h-${id}`,
          name: 'Creative brief',
          status: 'draft',
          dueDate,
          overdue: false,
          responsibleIds: [],
          accountableId: null,
          qualityOwnerId: null,
          receiverIds: [],
        }
      : null,
  });

describe('board columns', () => {
  it('orders the most urgent first, undated last, then by name', () => {
    const cards = [
      due('a', 'Zeta', null),
      due('b', 'Beta', '2026-12-01'),
      due('c', 'Alpha', '2026-12-01'),
      due('d', 'Gamma', '2026-11-01'),
      due('e', 'Alpha undated', null),
    ];
    expect([...cards].sort(compareCards).map((c) => c.name)).toEqual([
      'Gamma',
      'Alpha',
      'Beta',
      'Alpha undated',
      'Zeta',
    ]);
  });

  it('puts each card in its stage, with an empty list for empty stages', () => {
    const columns = groupByStage(
      [due('a', 'A', null, 'st-creative'), due('b', 'B', null, 'st-strategy')],
      STAGES.map((s) => s.id),
    );
    expect([...columns.keys()]).toEqual(STAGES.map((s) => s.id));
    expect(columns.get('st-strategy')!.map((c) => c.id)).toEqual(['b']);
    expect(columns.get('st-creative')!.map((c) => c.id)).toEqual(['a']);
    expect(columns.get('st-launch')).toEqual([]);
  });

  it('shows a card where an unanswered move put it', () => {
    const columns = groupByStage([due('a', 'A', null)], ['st-strategy', 'st-creative'], {
      a: 'st-creative',
    });
    expect(columns.get('st-strategy')).toEqual([]);
    expect(columns.get('st-creative')!.map((c) => c.id)).toEqual(['a']);
  });

  it('leaves out cards of a stage no longer on the board', () => {
    const columns = groupByStage([due('a', 'A', null, 'st-gone')], ['st-strategy']);
    expect(columns.get('st-strategy')).toEqual([]);
  });

  it('remembers its last grouping: unchanged columns keep their array', () => {
    const group = createColumnGrouper();
    const ids = ['st-strategy', 'st-creative'];
    const a = due('a', 'A', null);
    const b = due('b', 'B', null, 'st-creative');
    const first = group([a, b], ids);
    const moved = { ...a, stageId: 'st-creative' };
    const second = group([moved, b], ids);
    expect(second.get('st-creative')).not.toBe(first.get('st-creative'));
    expect(second.get('st-creative')!.map((c) => c.id)).toEqual(['a', 'b']);
    const c = due('c', 'C', null, 'st-strategy');
    const third = group([moved, b, c], ids);
    expect(third.get('st-creative')).toBe(second.get('st-creative'));
    expect(third.get('st-strategy')!.map((x) => x.id)).toEqual(['c']);
  });
});
