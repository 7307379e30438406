import { describe, expect, it } from 'vitest';
import { exampleFileName } from '../../../../shared/domain/production/exampleName';
import { parseNamingPattern, validateFileName } from '../../../../shared/domain/production';

function convention(pattern: string) {
  const parsed = parseNamingPattern(pattern);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.convention;
}

describe('exampleFileName', () => {
  it.each([
    ['YYYY-MM-DD_client-campaign_asset-name_vNN.ext', '2026-03-14_acme-spring_hero-banner_v01.jpg'],
    ['YYYYMMDD_client_asset-name_vNN.ext', '20260314_acme_hero-banner_v01.jpg'],
    ['client.asset-name.ext', 'acme.hero-banner.jpg'],
    ['asset-name-vNN.ext', 'hero-banner-v01.jpg'],
  ])('%s → %s, which the convention accepts', (pattern, expected) => {
    const c = convention(pattern);
    const name = exampleFileName(c);
    expect(name).toBe(expected);
    expect(validateFileName(name, c, { clientSlug: 'acme', campaignSlug: 'spring' }).ok).toBe(true);
  });

  it('uses the values given and pads the version', () => {
    const c = convention('YYYY-MM-DD_client-campaign_asset-name_vNN.ext');
    const name = exampleFileName(c, {
      date: '2026-11-02',
      client: 'helio-bikes',
      campaign: 'commuter-season',
      asset: 'story',
      version: 7,
      extension: 'mp4',
    });
    expect(name).toBe('2026-11-02_helio-bikes-commuter-season_story_v07.mp4');
  });
});
