import { describe, expect, it } from 'vitest';
import {
  latestPerField,
  remoteWins,
  rowFromHistory,
  winningChanges,
  type FieldChange,
} from '../../../electron/sync/merge';

const hlc = (second: number, counter = 0, node = 'aaaaaaaaaaaaaaaa') =>
  `2026-03-02T09:00:${String(second).padStart(2, '0')}.000Z-${counter.toString(16).padStart(4, '0')}-${node}`;

const change = (field: string, h: string, value: unknown, entityId = 'c1'): FieldChange => ({
  entity: 'campaign',
  entityId,
  field,
  hlc: h,
  value: JSON.stringify(value),
});

describe('remoteWins', () => {
  it.each([
    ['no local change yet', hlc(1), null, true],
    ['a later remote HLC', hlc(2), hlc(1), true],
    ['a later counter in the same millisecond', hlc(1, 2), hlc(1, 1), true],
    ['an earlier remote HLC', hlc(1), hlc(2), false],
    ['the same HLC (the same change)', hlc(1), hlc(1), false],
    [
      'a tie broken by device id',
      hlc(1, 0, 'bbbbbbbbbbbbbbbb'),
      hlc(1, 0, 'aaaaaaaaaaaaaaaa'),
      true,
    ],
  ])('%s', (_, remote, local, expected) => {
    expect(remoteWins(remote, local)).toBe(expected);
  });
});

describe('winningChanges', () => {
  it('per field, only the newest incoming change, and only when newer than the local one', () => {
    const incoming = [
      change('name', hlc(3), 'third'),
      change('name', hlc(5), 'fifth'),
      change('launchDate', hlc(2), '2026-09-01'),
      change('name', hlc(4), 'other row', 'c2'),
    ];
    const local: Record<string, string> = { 'c1 name': hlc(4), 'c1 launchDate': hlc(9) };
    const winners = winningChanges(incoming, (c) => local[`${c.entityId} ${c.field}`] ?? null);
    expect(winners.map((c) => [c.entityId, c.field, JSON.parse(c.value)])).toEqual([
      ['c1', 'name', 'fifth'],
      ['c2', 'name', 'other row'],
    ]);
  });

  it('gives the same answer whatever order the changes come in', () => {
    const changes = [1, 7, 3, 5].map((s) => change('name', hlc(s), `v${s}`));
    const forward = latestPerField(changes);
    const backward = latestPerField([...changes].reverse());
    expect([...forward.values()]).toEqual([...backward.values()]);
    expect(JSON.parse([...forward.values()][0]!.value)).toBe('v7');
  });
});

describe('rowFromHistory', () => {
  it('builds the row from the newest value of each field', () => {
    const history = [
      change('name', hlc(1), 'first'),
      change('name', hlc(2), 'second'),
      change('type', hlc(1), 'launch'),
    ];
    expect(rowFromHistory(history, ['name', 'type'])).toEqual({
      complete: true,
      values: { name: '"second"', type: '"launch"' },
    });
  });

  it('waits while a required field has no value (its creating batch has not arrived)', () => {
    expect(rowFromHistory([change('name', hlc(1), 'only a rename')], ['name', 'type'])).toEqual({
      complete: false,
      missing: ['type'],
    });
    expect(rowFromHistory([change('type', hlc(1), null)], ['type'])).toEqual({
      complete: false,
      missing: ['type'],
    });
  });
});
