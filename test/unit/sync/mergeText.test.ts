import { describe, expect, it } from 'vitest';
import { hasConflictMarkers, matchedLines, mergeLines } from '../../../electron/sync/mergeText';

const lines = (...l: string[]) => l.join('\n');
const base = lines(
  'Goal: awareness',
  'Audience: parents',
  'Tone: warm',
  'Budget: 10k',
  'Owner: Ana',
);

describe('mergeLines (three-way, line by line)', () => {
  it.each([
    ['both unchanged', base, base, base],
    [
      'only the first changed',
      lines('Goal: leads', 'Audience: parents', 'Tone: warm', 'Budget: 10k', 'Owner: Ana'),
      base,
      lines('Goal: leads', 'Audience: parents', 'Tone: warm', 'Budget: 10k', 'Owner: Ana'),
    ],
    [
      'only the second changed',
      base,
      lines('Goal: awareness', 'Audience: parents', 'Tone: warm', 'Budget: 12k', 'Owner: Ana'),
      lines('Goal: awareness', 'Audience: parents', 'Tone: warm', 'Budget: 12k', 'Owner: Ana'),
    ],
    ['both made the same edit', lines('Goal: leads'), lines('Goal: leads'), lines('Goal: leads')],
  ])('%s', (_, first, second, expected) => {
    expect(mergeLines(base, first, second)).toEqual({ clean: true, text: expected });
  });

  it('keeps edits of different lines from both sides', () => {
    const first = lines(
      'Goal: leads',
      'Audience: parents',
      'Tone: warm',
      'Budget: 10k',
      'Owner: Ana',
    );
    const second = lines(
      'Goal: awareness',
      'Audience: parents',
      'Tone: warm',
      'Budget: 12k',
      'Owner: Ana',
      'Deadline: May',
    );
    expect(mergeLines(base, first, second)).toEqual({
      clean: true,
      text: lines(
        'Goal: leads',
        'Audience: parents',
        'Tone: warm',
        'Budget: 12k',
        'Owner: Ana',
        'Deadline: May',
      ),
    });
  });

  it('keeps a line added on one side and a line removed on the other', () => {
    const first = lines('Goal: awareness', 'Audience: parents', 'Tone: warm', 'Owner: Ana');
    const second = lines(
      'Intro',
      'Goal: awareness',
      'Audience: parents',
      'Tone: warm',
      'Budget: 10k',
      'Owner: Ana',
    );
    expect(mergeLines(base, first, second)).toEqual({
      clean: true,
      text: lines('Intro', 'Goal: awareness', 'Audience: parents', 'Tone: warm', 'Owner: Ana'),
    });
  });

  it('keeps both versions of the same line between markers, first above second', () => {
    const first = lines(
      'Goal: awareness',
      'Audience: parents',
      'Tone: playful',
      'Budget: 10k',
      'Owner: Ana',
    );
    const second = lines(
      'Goal: awareness',
      'Audience: parents',
      'Tone: serious',
      'Budget: 10k',
      'Owner: Ana',
    );
    const merged = mergeLines(base, first, second, { first: 'A', second: 'B' });
    expect(merged).toEqual({
      clean: false,
      conflicts: 1,
      text: lines(
        'Goal: awareness',
        'Audience: parents',
        '<<<<<<< A',
        'Tone: playful',
        '=======',
        'Tone: serious',
        '>>>>>>> B',
        'Budget: 10k',
        'Owner: Ana',
      ),
    });
    expect(hasConflictMarkers(merged.text)).toBe(true);
    expect(hasConflictMarkers(base)).toBe(false);
  });

  it('merges from an empty ancestor: both texts kept as one conflict', () => {
    const merged = mergeLines('', 'Written on A', 'Written on B');
    expect(merged.clean).toBe(false);
    expect(merged.text).toContain('Written on A');
    expect(merged.text).toContain('Written on B');
  });

  it('gives the same text whichever device merges (the order is the caller’s: by HLC)', () => {
    const first = lines(
      'Goal: leads',
      'Audience: parents',
      'Tone: warm',
      'Budget: 10k',
      'Owner: Ana',
    );
    const second = lines(
      'Goal: sales',
      'Audience: parents',
      'Tone: warm',
      'Budget: 10k',
      'Owner: Bo',
    );
    expect(mergeLines(base, first, second)).toEqual(mergeLines(base, first, second));
  });
});

describe('matchedLines (LCS)', () => {
  it('matches the longest common subsequence of lines', () => {
    expect(matchedLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      0,
      undefined,
      2,
      3,
    ]);
    expect(matchedLines(['a', 'b'], ['b', 'a'])).toEqual([undefined, 0]);
    expect(matchedLines([], ['a'])).toEqual([]);
  });
});
