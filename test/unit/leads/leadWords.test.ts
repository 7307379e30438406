import { describe, expect, test } from 'vitest';
import { LEAD_STATUSES, REJECTION_REASONS, TOUCH_KINDS } from '../../../shared/model';
import {
  LEAD_STATUS_LABELS,
  REJECTION_REASON_LABELS,
  scoreLineParts,
  TOUCH_KIND_LABELS,
} from '../../../renderer/features/leads/leadWords';

describe('scoreLineParts', () => {
  test.each<[number, string, string, string]>([
    [15, "+15 job title contains 'Head'", '+15', "job title contains 'Head'"],
    [5, '+5 webinar 10 days ago (decayed from 10)', '+5', 'webinar 10 days ago (decayed from 10)'],
    [0, '+0 email-open 200 days ago (faded from 1)', '0', 'email-open 200 days ago (faded from 1)'],
    [-10, "-10 email contains 'gmail'", '−10', "email contains 'gmail'"],
    [3, 'a line without points', '+3', 'a line without points'],
  ])('%s / "%s" → %s + "%s"', (points, text, shownPoints, words) => {
    expect(scoreLineParts({ points, text })).toEqual({ points: shownPoints, words });
  });
});

describe('labels', () => {
  test('every status, touch kind and rejection reason has words, none shared', () => {
    for (const [values, labels] of [
      [LEAD_STATUSES, LEAD_STATUS_LABELS],
      [TOUCH_KINDS, TOUCH_KIND_LABELS],
      [REJECTION_REASONS, REJECTION_REASON_LABELS],
    ] as const) {
      const words = values.map((v) => (labels as Record<string, string>)[v]);
      expect(words.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
      expect(new Set(words).size).toBe(values.length);
    }
  });
});
