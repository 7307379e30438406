import { describe, expect, it } from 'vitest';
import {
  type NamingContext,
  type ParsedName,
  validateFileName,
} from '../../../../shared/domain/production/namingConvention';
import {
  type NamingConvention,
  parseNamingPattern,
} from '../../../../shared/domain/production/namingPattern';

function convention(pattern: string): NamingConvention {
  const result = parseNamingPattern(pattern);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.convention;
}

const DEFAULT = convention('YYYY-MM-DD_client-campaign_asset-name_vNN.ext');
const CUSTOM = convention('client_campaign_asset-name_YYYYMMDD_vNN.ext');
const NO_DATE = convention('client_asset-name_vNN.ext');

function parts(p: Partial<ParsedName>): ParsedName {
  return {
    date: '2026-03-14',
    client: 'acme',
    campaign: 'spring',
    asset: 'hero-banner',
    version: 3,
    extension: 'psd',
    ...p,
  };
}

describe('validateFileName: names that follow the convention, and their parts', () => {
  it.each<[string, NamingConvention, NamingContext, ParsedName]>([
    ['2026-03-14_acme-spring_hero-banner_v03.psd', DEFAULT, {}, parts({})],
    ['2026-03-14_acme-spring_hero-banner_v103.psd', DEFAULT, {}, parts({ version: 103 })],
    [
      '2026-03-14_acme-spring_hero_v01.png',
      DEFAULT,
      {},
      parts({ asset: 'hero', version: 1, extension: 'png' }),
    ],
    [
      '2026-03-14_acme-spring_banner-300x250_v12.jpg',
      DEFAULT,
      {},
      parts({ asset: 'banner-300x250', version: 12, extension: 'jpg' }),
    ],
    // Leap days exist in leap years only.
    ['2028-02-29_acme-spring_hero-banner_v03.psd', DEFAULT, {}, parts({ date: '2028-02-29' })],
    ['2000-02-29_acme-spring_hero-banner_v03.psd', DEFAULT, {}, parts({ date: '2000-02-29' })],
    ['2026-12-31_acme-spring_hero-banner_v03.psd', DEFAULT, {}, parts({ date: '2026-12-31' })],
    // Without context, the first word is the client; with it, the campaign's slugs decide.
    [
      '2026-03-14_acme-corp-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      parts({ client: 'acme', campaign: 'corp-spring' }),
    ],
    [
      '2026-03-14_acme-corp-spring_hero-banner_v03.psd',
      DEFAULT,
      { clientSlug: 'acme-corp' },
      parts({ client: 'acme-corp', campaign: 'spring' }),
    ],
    [
      '2026-03-14_acme-corp-spring-sale_hero-banner_v03.psd',
      DEFAULT,
      { campaignSlug: 'spring-sale' },
      parts({ client: 'acme-corp', campaign: 'spring-sale' }),
    ],
    // A custom pattern writes the date without hyphens; the parsed date is still ISO.
    ['acme_spring_hero-banner_20260314_v03.psd', CUSTOM, {}, parts({})],
    ['acme_hero-banner_v03.psd', NO_DATE, {}, parts({ date: null, campaign: null })],
  ])('%j', (name, conv, context, expected) => {
    expect(validateFileName(name, conv, context)).toEqual({ ok: true, parts: expected });
  });
});

describe('validateFileName: each problem names its part and what is wrong', () => {
  it.each<[string, NamingConvention, NamingContext, string[]]>([
    [
      '2026-03-14_acme-spring_hero-banner_v3.psd',
      DEFAULT,
      {},
      ["version: 'v3' needs two digits (v03)"],
    ],
    [
      '2026-03-14_acme-spring_hero-banner_V03.psd',
      DEFAULT,
      {},
      ["version: 'V03' must start with a lower-case v (v03)"],
    ],
    [
      '2026-03-14_acme-spring_hero-banner_03.psd',
      DEFAULT,
      {},
      ["version: '03' must start with v (v03)"],
    ],
    [
      '2026-03-14_acme-spring_hero-banner_v00.psd',
      DEFAULT,
      {},
      ["version: 'v00': versions start at v01"],
    ],
    [
      '2026-03-14_acme-spring_hero-banner_final.psd',
      DEFAULT,
      {},
      ["version: 'final' must be v followed by a number (e.g. v03)"],
    ],
    ['2026-03-14_acme-spring_hero-banner_.psd', DEFAULT, {}, ['version: missing (e.g. v01)']],
    [
      '2026-02-30_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ['date: 2026-02-30 is not a real date'],
    ],
    [
      '2026-02-29_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ['date: 2026-02-29 is not a real date'],
    ],
    [
      '1900-02-29_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ['date: 1900-02-29 is not a real date'],
    ],
    [
      '2026-13-01_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ['date: 2026-13-01 is not a real date'],
    ],
    [
      '2026-04-31_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ['date: 2026-04-31 is not a real date'],
    ],
    [
      '2026-3-14_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ["date: '2026-3-14' must be written YYYY-MM-DD (2026-03-14)"],
    ],
    [
      '20260314_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ["date: '20260314' must be written YYYY-MM-DD (2026-03-14)"],
    ],
    [
      '14-03-2026_acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ["date: '14-03-2026' must be a date written YYYY-MM-DD (e.g. 2026-03-14)"],
    ],
    [
      '2026-03-14_acme-spring_Hero Banner_v03.psd',
      DEFAULT,
      {},
      ['asset name: capital letters and spaces are not allowed'],
    ],
    [
      '2026-03-14_acme-spring_héro-bannèr_v03.psd',
      DEFAULT,
      {},
      ['asset name: accented letters (é è) are not allowed'],
    ],
    [
      '2026-03-14_acme-spring_hero-🎉_v03.psd',
      DEFAULT,
      {},
      ['asset name: other characters (🎉) are not allowed'],
    ],
    [
      '2026-03-14_acme-spring_hero:banner?_v03.psd',
      DEFAULT,
      {},
      ['asset name: characters Windows does not allow in file names (: ?) are not allowed'],
    ],
    [
      '2026-03-14_acme-spring_hero.banner_v03.psd',
      DEFAULT,
      {},
      ['asset name: dots are not allowed'],
    ],
    [
      '2026-03-14_acme-spring_hero--banner_v03.psd',
      DEFAULT,
      {},
      ['asset name: must not have two hyphens in a row'],
    ],
    [
      '2026-03-14_Acme-spring_hero-banner_v03.psd',
      DEFAULT,
      {},
      ['client: capital letters are not allowed'],
    ],
    [
      '2026-03-14_acme_hero-banner_v03.psd',
      DEFAULT,
      {},
      ["campaign: 'acme' should be client-campaign"],
    ],
    ['2026-03-14_acme-spring__v03.psd', DEFAULT, {}, ['asset name: missing']],
    [
      '2026-03-14_acme-spring_hero-banner_v03.PSD',
      DEFAULT,
      {},
      ["extension: 'PSD' must be lower-case (psd)"],
    ],
    ['2026-03-14_acme-spring_hero-banner_v03', DEFAULT, {}, ['extension: missing (e.g. .psd)']],
    ['2026-03-14_acme-spring_hero-banner_v03.', DEFAULT, {}, ['extension: missing after the dot']],
    [
      '2026-03-14_acme-spring_hero_banner_v03.psd',
      DEFAULT,
      {},
      [
        "name: has 5 parts separated by '_' but the convention has 4 (date_client-campaign_asset name_version)",
      ],
    ],
    [
      'hero banner.psd',
      DEFAULT,
      {},
      ["name: has 1 part separated by '_' but the convention has 4"],
    ],
    ['   ', DEFAULT, {}, ['name: is empty']],
    [
      `2026-03-14_acme-spring_${'a'.repeat(100)}_v03.psd`,
      DEFAULT,
      {},
      ['name: 131 characters is over the 120 limit (shorten the asset name)'],
    ],
    [
      '2026-03-14_globex-spring_hero-banner_v03.psd',
      DEFAULT,
      { clientSlug: 'acme' },
      ["client: 'globex' but the campaign's client is 'acme'"],
    ],
    [
      '2026-03-14_acme-summer_hero-banner_v03.psd',
      DEFAULT,
      { clientSlug: 'acme', campaignSlug: 'spring' },
      ["campaign: 'summer' but the campaign's own slug is 'spring'"],
    ],
    // The custom pattern: its own date spelling, its own number of parts.
    [
      'acme_spring_hero-banner_2026-03-14_v03.psd',
      CUSTOM,
      {},
      ["date: '2026-03-14' must be written YYYYMMDD (20260314)"],
    ],
    ['acme_spring_hero-banner_20260230_v03.psd', CUSTOM, {}, ['date: 20260230 is not a real date']],
    [
      '2026-03-14_acme-spring_hero-banner_v03.psd',
      CUSTOM,
      {},
      [
        "name: has 4 parts separated by '_' but the convention has 5 (client_campaign_asset name_date_version)",
      ],
    ],
    // Several problems at once, in the order of the name, the extension last.
    [
      '2026-02-30_acme-spring_Hero Banner_v3.PSD',
      DEFAULT,
      {},
      [
        'date: 2026-02-30 is not a real date',
        'asset name: capital letters and spaces are not allowed',
        "version: 'v3' needs two digits (v03)",
        "extension: 'PSD' must be lower-case (psd)",
      ],
    ],
  ])('%j', (name, conv, context, expected) => {
    const result = validateFileName(name, conv, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => p.message);
    expect(messages).toHaveLength(expected.length);
    expected.forEach((m, i) => expect(messages[i]).toContain(m));
  });

  it('gives each problem its part, so a form can show it beside the right field', () => {
    const result = validateFileName('2026-02-30_acme-spring_Hero_v3.psd');
    expect(result.ok ? [] : result.problems.map((p) => [p.part, p.problem])).toEqual([
      ['date', '2026-02-30 is not a real date'],
      ['asset', 'capital letters are not allowed'],
      ['version', "'v3' needs two digits (v03)"],
    ]);
  });
});

describe('validateFileName: patterns with other separators', () => {
  const DOTTED = convention('client.asset-name_vNN.ext');
  const ONE_GROUP = convention('YYYY-MM-DD_client-campaign-asset-name_vNN.ext');

  it('reads a dot-separated part before the extension', () => {
    expect(validateFileName('acme.hero-banner_v03.psd', DOTTED)).toEqual({
      ok: true,
      parts: parts({ date: null, campaign: null }),
    });
  });

  it('refuses the right parts in the wrong separators', () => {
    const result = validateFileName('acme_hero-banner.v03.psd', DOTTED);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'name: parts must be separated as in client.asset name_version',
    ]);
  });

  it.each<[NamingContext, Partial<ParsedName>]>([
    [{}, { client: 'acme', campaign: 'spring', asset: 'hero-banner' }],
    [
      { clientSlug: 'acme-corp' },
      { client: 'acme-corp', campaign: 'spring', asset: 'hero-banner' },
    ],
    [
      { clientSlug: 'acme-corp', campaignSlug: 'spring-hero' },
      { client: 'acme-corp', campaign: 'spring-hero', asset: 'banner' },
    ],
  ])('shares one hyphenated part among three slugs with context %j', (context, expected) => {
    const result = validateFileName(
      `2026-03-14_${context.clientSlug ? 'acme-corp' : 'acme'}-spring-hero-banner_v03.psd`,
      ONE_GROUP,
      context,
    );
    expect(result).toEqual({ ok: true, parts: parts(expected) });
  });

  it('reports pasted text far over the limit by its length alone', () => {
    const result = validateFileName(`${'Hero Banner '.repeat(40)}.psd`);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'name: 484 characters is over the 120 limit (shorten the asset name)',
    ]);
  });
});
