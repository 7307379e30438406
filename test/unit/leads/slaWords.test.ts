import { describe, expect, test } from 'vitest';
import { clockPromise, durationWords, timeLeft } from '../../../renderer/features/leads/slaWords';

describe('durationWords', () => {
  test.each<[number, string]>([
    [0, '0 min'],
    [45, '45 min'],
    [59.6, '1 h'],
    [60, '1 h'],
    [125, '2 h 5 min'],
    [-180, '3 h'],
    [47 * 60 + 59, '47 h 59 min'],
    [48 * 60, '2 d'],
    [76 * 60 + 30, '3 d 4 h'],
  ])('%s working minutes read "%s"', (minutes, words) => {
    expect(durationWords(minutes)).toBe(words);
  });
});

describe('timeLeft', () => {
  test.each<[number, boolean, string, string]>([
    [-180, true, 'Overdue 3 h', 'danger'],
    [-5, true, 'Overdue 5 min', 'danger'],
    // A negative count is overdue even if the flag lags behind.
    [-61, false, 'Overdue 1 h 1 min', 'danger'],
    [70, false, '1 h 10 min left', 'warning'],
    [119, false, '1 h 59 min left', 'warning'],
    [120, false, '2 h left', 'neutral'],
    [300, false, '5 h left', 'neutral'],
  ])('%s min (overdue %s) → "%s" in %s', (minutesLeft, overdue, text, tone) => {
    expect(timeLeft({ minutesLeft, overdue })).toEqual({ text, tone });
  });
});

describe('clockPromise', () => {
  test.each<['hand-off' | 'accept', string, string]>([
    ['hand-off', 'hand off within 24 h: 3 h left', 'hand off within 24 h'],
    ['accept', 'accept within 8 h: overdue by 2 h', 'accept within 8 h'],
    // A text in another shape still says which clock runs.
    ['accept', 'something else', 'accept within'],
    ['hand-off', '', 'hand off within'],
  ])('%s clock with text "%s" promises "%s"', (stage, text, promise) => {
    expect(clockPromise({ stage, text })).toBe(promise);
  });
});
