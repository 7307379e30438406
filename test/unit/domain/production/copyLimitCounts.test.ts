import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNEL_SPECS } from '../../../../shared/domain/production';
import {
  copyLimitCounts,
  specsLimitingCopy,
} from '../../../../shared/domain/production/copyLimitCounts';

const spec = (id: string) => BUILTIN_CHANNEL_SPECS.find((s) => s.id === id)!;
const v = (headline: string, body = '', cta = '') => ({ label: 'A', headline, body, cta });

describe('specsLimitingCopy', () => {
  it('keeps the campaign specs that limit copy, once each, in order', () => {
    const ids = [
      'google-display-300x250',
      'meta-ads-feed',
      'linkedin-single-image',
      'meta-ads-feed',
      'nope',
    ];
    expect(specsLimitingCopy(BUILTIN_CHANNEL_SPECS, ids).map((s) => s.id)).toEqual([
      'meta-ads-feed',
      'linkedin-single-image',
    ]);
  });
});

describe('copyLimitCounts', () => {
  it.each([
    // [headline length, specs, expected headline text, severity]
    [38, ['meta-ads-feed'], 'Headline 38/40', 'ok'],
    [
      52,
      ['meta-ads-feed'],
      "Headline 52/40 — 12 over Meta ads feed's recommended length",
      'warning',
    ],
    [52, ['linkedin-single-image'], 'Headline 52/70', 'ok'],
    // Two specs: the tighter one decides.
    [
      52,
      ['linkedin-single-image', 'meta-ads-feed'],
      "Headline 52/40 — 12 over Meta ads feed's recommended length",
      'warning',
    ],
    // A hard limit broken wins over a tighter recommended length passed.
    [
      210,
      ['linkedin-single-image', 'meta-ads-feed'],
      "Headline 210/200 — 10 over LinkedIn single image ad's limit",
      'error',
    ],
    [12, [], 'Headline 12 characters', 'ok'],
  ] as const)('headline of %i against %j reads "%s"', (length, ids, text, severity) => {
    const specs = ids.map(spec);
    const [headline] = copyLimitCounts(v('x'.repeat(length)), specs);
    expect(headline).toMatchObject({ field: 'headline', characters: length, text, severity });
  });

  it('counts characters as a reader sees them (an emoji with a skin tone is one)', () => {
    const [, body, cta] = copyLimitCounts(v('', '👍🏽 Go', 'Buy now'), [spec('meta-ads-feed')]);
    expect(body).toMatchObject({ characters: 4, text: 'Body 4/125' });
    expect(cta).toMatchObject({ characters: 7, text: 'CTA 7 characters', maxChars: null });
  });
});
