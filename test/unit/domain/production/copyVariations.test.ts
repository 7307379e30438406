import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNEL_SPECS } from '../../../../shared/domain/production/channelSpecs';
import {
  checkCopyVariations,
  type CopyVariation,
  countCharacters,
  nextVariationLabel,
} from '../../../../shared/domain/production/copyVariations';
import { type ChannelSpec } from '../../../../shared/model/channelSpec';

function spec(id: string): ChannelSpec {
  return BUILTIN_CHANNEL_SPECS.find((s) => s.id === id)!;
}

function variation(patch: Partial<CopyVariation>): CopyVariation {
  return {
    label: 'A',
    headline: 'Spring is here',
    body: 'Fresh roasts.',
    cta: 'Shop now',
    ...patch,
  };
}

describe('countCharacters counts what a reader sees', () => {
  it.each([
    ['', 0],
    ['Spring', 6],
    ['café', 4],
    ['cafe\u0301', 4], // e + combining acute accent
    ['Ñandú', 5],
    ['👍', 1],
    ['👍🏽', 1], // with a skin tone
    ['🇩🇪', 1], // a flag is two regional indicators
    ['👨‍👩‍👧‍👦', 1], // a family joined by zero-width joiners
    ['Hi 👋🏽!', 5],
    ['春のセール', 5],
    ['line\r\nbreak', 10], // CR LF is one
  ])('%j has %i', (text, n) => {
    expect(countCharacters(text)).toBe(n);
  });
});

describe('nextVariationLabel', () => {
  it.each<[string[], string]>([
    [[], 'A'],
    [['A'], 'B'],
    [['A', 'B'], 'C'],
    [['B', 'A'], 'C'],
    // A gap left by a deleted variation is not reused: "B" in past results keeps its meaning.
    [['A', 'C'], 'D'],
    [['a', ' b '], 'C'],
    [['Z'], 'AA'],
    [['AA'], 'AB'],
    [['AZ'], 'BA'],
    [['ZZ'], 'AAA'],
    [['A', 'control', ''], 'B'],
  ])('after %j comes %s', (labels, next) => {
    expect(nextVariationLabel(labels)).toBe(next);
  });
});

describe('checkCopyVariations: labels', () => {
  it.each<[string, string[], string[]]>([
    ['A, B, C', ['A', 'B', 'C'], []],
    ['a duplicate', ['A', 'B', 'B'], ['label: B is used by more than one variation']],
    ['a duplicate in other case', ['A', 'a'], ['label: A is used by more than one variation']],
    ['a missing label', ['A', ' '], ['label: is required (A, B, C…)']],
    [
      'a label that is not letters',
      ['A', 'B2'],
      ["label: 'B2' must be letters A–Z (A, B … Z, AA, AB…)"],
    ],
  ])('%s', (_what, labels, messages) => {
    const result = checkCopyVariations(
      labels.map((label) => variation({ label })),
      null,
    );
    expect(result.problems.map((p) => p.message)).toEqual(messages);
    expect(result.ok).toBe(messages.length === 0);
  });

  it('refuses a variation with no copy at all', () => {
    const result = checkCopyVariations([variation({ headline: ' ', body: '', cta: '' })], null);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'A: headline, body and CTA are all empty',
    ]);
  });
});

describe('checkCopyVariations: character counts against the channel', () => {
  const x41 = 'x'.repeat(41);
  it.each<[string, string, Partial<CopyVariation>, ('error' | 'warning')[], string[]]>([
    ['Meta headline within 40', 'meta-ads-feed', { headline: 'x'.repeat(40) }, [], []],
    [
      'Meta headline over the recommended 40',
      'meta-ads-feed',
      { headline: x41 },
      ['warning'],
      ["A headline: 41 characters is over Meta ads feed's headline recommended length of 40"],
    ],
    // 40 emoji are 40 characters to a reader, though String.length says 80.
    ['40 emoji in a Meta headline', 'meta-ads-feed', { headline: '🎉'.repeat(40) }, [], []],
    [
      '40 accented letters written with combining accents',
      'meta-ads-feed',
      { headline: 'e\u0301'.repeat(40) },
      [],
      [],
    ],
    [
      'Meta primary text over 125',
      'meta-ads-feed',
      { body: 'é'.repeat(126) },
      ['warning'],
      ["A body: 126 characters is over Meta ads feed's primary text recommended length of 125"],
    ],
    [
      'Google responsive headline over 30 (a hard limit)',
      'google-responsive-display',
      { headline: 'x'.repeat(31) },
      ['error'],
      [
        "A headline: 31 characters is over Google Display responsive display ad, landscape's headline limit of 30",
      ],
    ],
    [
      'an X post over 280',
      'x-image',
      { body: 'x'.repeat(281) },
      ['error'],
      ["A body: 281 characters is over X (Twitter) image post's post limit of 280"],
    ],
    [
      'LinkedIn intro over both its recommended 150 and its maximum 600',
      'linkedin-single-image',
      { body: 'x'.repeat(601) },
      ['warning', 'error'],
      [
        "A body: 601 characters is over LinkedIn single image ad's introductory text recommended length of 150",
        "A body: 601 characters is over LinkedIn single image ad's introductory text limit of 600",
      ],
    ],
    [
      'an email subject over 60',
      'email-image',
      { headline: 'Spring sale: 20% off every single origin coffee until the end of March' },
      ['warning'],
      [
        "A headline: 70 characters is over Email full-width image's subject line recommended length of 60",
      ],
    ],
    [
      'a placement without text limits',
      'instagram-story',
      { headline: x41, body: 'x'.repeat(3000) },
      [],
      [],
    ],
  ])('%s', (_what, specId, patch, severities, messages) => {
    const result = checkCopyVariations([variation(patch)], spec(specId));
    expect(result.problems.map((p) => p.severity)).toEqual(severities);
    expect(result.problems.map((p) => p.message)).toEqual(messages);
    // Warnings are advice; only a hard limit fails the check.
    expect(result.ok).toBe(!severities.includes('error'));
  });

  it('reports each field with its count and the limits that apply to it', () => {
    const result = checkCopyVariations(
      [variation({ label: 'b', headline: 'Hi 👋🏽', body: 'x'.repeat(130), cta: 'Buy' })],
      spec('meta-ads-feed'),
    );
    expect(result.counts).toEqual([
      {
        label: 'B',
        fields: [
          {
            field: 'headline',
            characters: 4,
            limits: [
              {
                limit: {
                  label: 'Headline',
                  copyField: 'headline',
                  maxChars: 40,
                  recommended: true,
                },
                over: false,
              },
            ],
          },
          {
            field: 'body',
            characters: 130,
            limits: [
              {
                limit: {
                  label: 'Primary text',
                  copyField: 'body',
                  maxChars: 125,
                  recommended: true,
                },
                over: true,
              },
            ],
          },
          { field: 'cta', characters: 3, limits: [] },
        ],
      },
    ]);
  });

  it('counts without limits when no placement is chosen', () => {
    const result = checkCopyVariations([variation({ headline: 'x'.repeat(500) })], null);
    expect(result.ok).toBe(true);
    expect(result.counts[0]!.fields[0]).toEqual({ field: 'headline', characters: 500, limits: [] });
  });
});
