import { describe, expect, it } from 'vitest';
import { CONFLICT_START } from '../../../electron/sync/mergeText';
import { foldTextEdits, type TextChange } from '../../../electron/sync/textFold';

const lines = (...l: string[]) => l.join('\n');
const change = (hlc: string, text: string | null, base: string | null): TextChange => ({
  hlc,
  value: JSON.stringify(text),
  base,
});
const folded = (history: TextChange[]) => {
  const fold = foldTextEdits(history);
  if (!fold.ok) throw new Error('not text');
  return fold;
};

const ROOT = lines('l0', 'l1', 'l2', 'l3', 'l4');

describe('foldTextEdits', () => {
  it.each([
    ['one edit of an empty field', [change('1', ROOT, '')], ROOT],
    [
      'edits made one on top of the other: the last one',
      [change('1', ROOT, ''), change('2', lines('x', 'l1', 'l2', 'l3', 'l4'), '1')],
      lines('x', 'l1', 'l2', 'l3', 'l4'),
    ],
    [
      'two concurrent edits of different lines: both',
      [
        change('1', ROOT, ''),
        change('2', lines('A', 'l1', 'l2', 'l3', 'l4'), '1'),
        change('3', lines('l0', 'l1', 'l2', 'l3', 'C'), '1'),
      ],
      lines('A', 'l1', 'l2', 'l3', 'C'),
    ],
    [
      'a change without a known base (older data): it replaces the text',
      [change('1', ROOT, ''), change('2', 'other', null)],
      'other',
    ],
    ['a cleared field (null) reads as empty', [change('1', ROOT, ''), change('2', null, '1')], ''],
  ])('%s', (_, history, text) => {
    expect(folded(history).text).toBe(text);
  });

  it('ignores merges as edits and uses them only as bases, in any order of arrival', () => {
    const a = change('2', lines('A', 'l1', 'l2', 'l3', 'l4'), '1');
    const b = change('3', lines('B', 'l1', 'l2', 'l3', 'l4'), '1');
    const c = change('4', lines('l0', 'l1', 'l2', 'l3', 'C'), '1');
    // Each laptop merged what it had and wrote its own (different) merge.
    const mergeOnA = change('5', lines('A', 'l1', 'l2', 'l3', 'C'), 'merge');
    const mergeOnB = change('6', 'something else entirely', 'merge');
    const histories = [
      [change('1', ROOT, ''), a, b, c, mergeOnA, mergeOnB],
      [mergeOnB, c, change('1', ROOT, ''), mergeOnA, b, a],
    ];
    const texts = histories.map((h) => folded(h).text);
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain('C');
    expect(texts[0]).toContain(`${CONFLICT_START} one version (edited first)\nA\n=======\nB`);
    expect(folded(histories[0]!).conflicts).toEqual([
      { hlcs: ['2', '3'], baseHlc: '1', conflicts: 1 },
    ]);
  });

  it('an edit made on a merge with markers (a person resolving it) settles it', () => {
    const a = change('2', lines('A', 'l1'), '1');
    const b = change('3', lines('B', 'l1'), '1');
    const history = [change('1', lines('l0', 'l1'), ''), a, b];
    const merge = folded(history).text;
    const resolved = change('5', lines('A and B', 'l1'), '4');
    const fold = folded([...history, change('4', merge, 'merge'), resolved]);
    expect(fold.text).toBe(lines('A and B', 'l1'));
  });

  it('a laptop’s second edit of its own line is not merged against its first', () => {
    const first = change('2', lines('c1', 'l1', 'l2', 'l3', 'l4'), '1');
    const second = change('4', lines('c2', 'l1', 'l2', 'l3', 'l4'), '2');
    const other = change('3', lines('l0', 'l1', 'l2', 'l3', 'a'), '1');
    const fold = folded([change('1', ROOT, ''), first, other, second]);
    expect(fold.text).toBe(lines('c2', 'l1', 'l2', 'l3', 'a'));
    expect(fold.conflicts).toEqual([]);
  });

  it('is not a text fold when an edit holds something else', () => {
    expect(foldTextEdits([change('1', 'x', ''), { hlc: '2', value: '[1]', base: '1' }])).toEqual({
      ok: false,
    });
  });
});
