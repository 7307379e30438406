import { describe, expect, it } from 'vitest';
import { suggestName } from '../../../../shared/domain/production/nameSuggestion';
import {
  MAX_FILE_NAME_LENGTH,
  type NamingContext,
  validateFileName,
} from '../../../../shared/domain/production/namingConvention';
import {
  DEFAULT_NAMING_CONVENTION as DEFAULT,
  type NamePart,
  type NamingConvention,
  parseNamingPattern,
} from '../../../../shared/domain/production/namingPattern';

function convention(pattern: string): NamingConvention {
  const result = parseNamingPattern(pattern);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.convention;
}

const CUSTOM = convention('client_campaign_asset-name_YYYYMMDD_vNN.ext');
const ACME: NamingContext = { date: '2026-03-14', clientSlug: 'acme', campaignSlug: 'spring' };

describe('suggestName: a name that follows the convention comes back unchanged', () => {
  it.each<[string, NamingConvention, NamingContext]>([
    ['2026-03-14_acme-spring_hero-banner_v03.psd', DEFAULT, {}],
    ['2026-03-14_acme-spring_hero-banner_v03.psd', DEFAULT, ACME],
    ['2028-02-29_acme-spring_hero-banner_v03.psd', DEFAULT, {}],
    ['2026-03-14_acme-corp-spring-sale_banner-v2-layout_v11.png', DEFAULT, {}],
    ['2026-03-14_acme-spring_banner-300x250_v01.gif', DEFAULT, ACME],
    ['acme_spring_hero-banner_20260314_v03.psd', CUSTOM, {}],
  ])('%j', (name, conv, context) => {
    expect(suggestName(name, conv, context)).toEqual({ name, unresolved: [] });
  });
});

describe('suggestName: fixes what it can', () => {
  it.each<[string, NamingConvention, NamingContext, string]>([
    // Padding and case of the version; v01 when there is none.
    [
      '2026-03-14_acme-spring_hero-banner_v3.psd',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v03.psd',
    ],
    [
      '2026-03-14_acme-spring_hero-banner_V7.psd',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v07.psd',
    ],
    [
      '2026-03-14_acme-spring_hero-banner version 12.psd',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v12.psd',
    ],
    [
      '2026-03-14_acme-spring_hero-banner.psd',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v01.psd',
    ],
    // Accents folded, spaces and underscores inside a part become hyphens, extension lower-case.
    [
      '2026-03-14_acme-spring_Héro Bannér_v03.PSD',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v03.psd',
    ],
    [
      '2026-03-14_müller-españa_Crème brûlée ñ ü_v03.jpg',
      DEFAULT,
      {},
      '2026-03-14_muller-espana_creme-brulee-n-u_v03.jpg',
    ],
    [
      '2026-03-14_acme-spring_hero_banner_final_v2.psd',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner-final_v02.psd',
    ],
    [
      '2026-03-14_acme-spring_Straße Øre Æble_v03.png',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_strasse-ore-aeble_v03.png',
    ],
    // Emoji and characters Windows refuses are dropped.
    [
      '2026-03-14_acme-spring_hero 🎉 banner_v03.png',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v03.png',
    ],
    [
      '2026-03-14_acme-spring_hero:banner?*<1>_v03.png',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner-1_v03.png',
    ],
    // Dates written another way, in another place.
    [
      '20260314_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v03.psd',
    ],
    [
      '2026-3-4_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      '2026-03-04_acme-spring_hero-banner_v03.psd',
    ],
    [
      'acme-spring_hero-banner_2026_03_14_v03.psd',
      DEFAULT,
      {},
      '2026-03-14_acme-spring_hero-banner_v03.psd',
    ],
    // A leap day stays; a day that does not exist gives way to the campaign's date.
    ['2028-02-29 acme-spring hero.psd', DEFAULT, ACME, '2028-02-29_acme-spring_hero_v01.psd'],
    [
      '2026-02-30_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      ACME,
      '2026-03-14_acme-spring_hero-banner_v03.psd',
    ],
    // The campaign fills what the name lacks.
    ['Hero Banner final.psd', DEFAULT, ACME, '2026-03-14_acme-spring_hero-banner-final_v01.psd'],
    ['Acme Spring Hero Banner v2.psd', DEFAULT, ACME, '2026-03-14_acme-spring_hero-banner_v02.psd'],
    ['acme_hero-banner_v02.psd', DEFAULT, ACME, '2026-03-14_acme-spring_hero-banner_v02.psd'],
    ['spring_hero-banner_v02.psd', DEFAULT, ACME, '2026-03-14_acme-spring_hero-banner_v02.psd'],
    [
      '2026-03-14_acme-corp-spring-sale_hero_v02.psd',
      DEFAULT,
      { clientSlug: 'acme-corp' },
      '2026-03-14_acme-corp-spring-sale_hero_v02.psd',
    ],
    // A custom pattern: its order, its date spelling.
    [
      'Acme_Spring_Hero Banner_2026-03-14_v3.PSD',
      CUSTOM,
      {},
      'acme_spring_hero-banner_20260314_v03.psd',
    ],
    ['Hero Banner.png', CUSTOM, ACME, 'acme_spring_hero-banner_20260314_v01.png'],
  ])('%j → %j', (input, conv, context, expected) => {
    const suggestion = suggestName(input, conv, context);
    expect(suggestion).toEqual({ name: expected, unresolved: [] });
    expect(validateFileName(suggestion.name, conv, context).ok).toBe(true);
  });
});

describe('suggestName: says what it could not fix', () => {
  it.each<[string, NamingContext, string, NamePart[]]>([
    [
      'Hero Banner.psd',
      {},
      'YYYY-MM-DD_client-campaign_hero-banner_v01.psd',
      ['date', 'client', 'campaign'],
    ],
    ['2026-03-14_acme_hero.psd', {}, '2026-03-14_acme-campaign_hero_v01.psd', ['campaign']],
    ['2026-02-30_acme-spring_hero_v01.psd', {}, '2026-02-30_acme-spring_hero_v01.psd', ['date']],
    ['2026-03-14_acme-spring_hero_v01', {}, '2026-03-14_acme-spring_hero_v01.ext', ['extension']],
    [
      '2026-03-14_acme-spring_🎉_v01.png',
      {},
      '2026-03-14_acme-spring_asset-name_v01.png',
      ['asset'],
    ],
    // The name's own client is kept; the mismatch with the campaign is reported, not hidden.
    [
      '2026-03-14_globex-spring_hero_v01.png',
      ACME,
      '2026-03-14_globex-spring_hero_v01.png',
      ['client'],
    ],
  ])('%j', (input, context, expected, parts) => {
    const suggestion = suggestName(input, DEFAULT, context);
    expect(suggestion.name).toBe(expected);
    expect(suggestion.unresolved.map((p) => p.part)).toEqual(parts);
  });

  it('explains an unresolved part in words', () => {
    const { unresolved } = suggestName('2026-02-30_acme-spring_hero_v01.psd');
    expect(unresolved.map((p) => p.message)).toEqual(['date: 2026-02-30 is not a real date']);
    expect(suggestName('hero.psd').unresolved[0]!.message).toBe(
      'date: not in the name and no date given: replace the placeholder',
    );
  });
});

describe('suggestName: names over the length limit', () => {
  const longAsset = 'spring collection hero banner for the homepage carousel '.repeat(3);

  it.each([
    [`2026-03-14_acme-spring_${longAsset}_v03.psd`, DEFAULT, {}],
    [`${longAsset}.png`, DEFAULT, ACME],
    [`acme_spring_${longAsset}_20260314_v03.psd`, CUSTOM, {}],
  ])('shortens the asset name of %j at a word', (input, conv, context) => {
    const { name, unresolved } = suggestName(input, conv, context);
    expect(unresolved).toEqual([]);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.length).toBeGreaterThan(MAX_FILE_NAME_LENGTH - 12);
    expect(name).toMatch(/spring-collection-hero-banner-for-the-homepage-carousel-spring/);
    expect(name).not.toMatch(/-_|_-/);
    expect(validateFileName(name, conv, context).ok).toBe(true);
  });

  it('makes a valid name of pasted text thousands of characters long', () => {
    const { name, unresolved } = suggestName(`${'Hero Banner '.repeat(400)}.psd`, DEFAULT, ACME);
    expect(unresolved).toEqual([]);
    expect(name).toMatch(/^2026-03-14_acme-spring_hero-banner-hero-banner-.*_v01\.psd$/);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
  });

  it('cuts a single over-long word where no hyphen is close', () => {
    const { name } = suggestName(`2026-03-14_acme-spring_${'x'.repeat(200)}_v03.psd`);
    expect(name).toBe(`2026-03-14_acme-spring_${'x'.repeat(120 - 31)}_v03.psd`);
  });
});
