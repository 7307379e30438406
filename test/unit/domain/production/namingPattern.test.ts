import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NAMING_PATTERN,
  describeShape,
  parseNamingPattern,
  tokenGroups,
} from '../../../../shared/domain/production/namingPattern';

describe('parseNamingPattern: patterns a workspace may use', () => {
  it.each([
    [DEFAULT_NAMING_PATTERN, 'date_client-campaign_asset name_version'],
    ['client_campaign_asset-name_YYYYMMDD_vNN.ext', 'client_campaign_asset name_date_version'],
    ['YYYYMMDD-client_asset-name_vNN.ext', 'date-client_asset name_version'],
    ['asset-name.ext', 'asset name'],
    ['client.asset-name_vNN.ext', 'client.asset name_version'],
    ['  asset-name_vNN.ext  ', 'asset name_version'],
  ])('%j reads as %j', (pattern, shape) => {
    const result = parseNamingPattern(pattern);
    expect(result.ok).toBe(true);
    if (result.ok) expect(describeShape(result.convention)).toBe(shape);
  });

  it('splits the default pattern into its hard-separated groups', () => {
    const result = parseNamingPattern(DEFAULT_NAMING_PATTERN);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(tokenGroups(result.convention)).toEqual({
      groups: [['YYYY-MM-DD'], ['client', 'campaign'], ['asset-name'], ['vNN']],
      hardSeps: ['_', '_', '_'],
    });
  });
});

describe('parseNamingPattern: patterns it refuses, naming the problem', () => {
  it.each([
    ['', ['pattern: is empty']],
    [
      'YYYY-MM-DD_project_asset-name_vNN.ext',
      [
        "pattern: unknown token 'project' (known: YYYY-MM-DD, YYYYMMDD, client, campaign, asset-name, vNN, ext)",
      ],
    ],
    ['YYYY_asset-name.ext', ["pattern: unknown token 'YYYY'"]],
    ['asset-name_vnn.ext', ["pattern: unknown token 'vnn'"]],
    ['asset name.ext', ["pattern: ' ' is not allowed (separate tokens with _ - or .)"]],
    [
      'clientcampaign_asset-name.ext',
      ["pattern: 'client' and 'campaign' need a separator between them"],
    ],
    ['client__asset-name.ext', ["pattern: use one separator between tokens, found '__'"]],
    ['_asset-name.ext', ['pattern: must start with a token, not a separator']],
    ['client_asset-name_vNN', ["pattern: must end with '.ext'"]],
    ['asset-name_ext', ["pattern: the extension must follow a '.', not '_'"]],
    ['client_campaign_vNN.ext', ["pattern: needs the 'asset-name' token"]],
    ['client_asset-name_client.ext', ["pattern: 'client' appears more than once"]],
    ['YYYYMMDD_YYYY-MM-DD_asset-name.ext', ['pattern: use one date token, YYYY-MM-DD or YYYYMMDD']],
  ])('%j', (pattern, expected) => {
    const result = parseNamingPattern(pattern);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const message of expected) {
      expect(result.problems.some((p) => p.startsWith(message))).toBe(true);
    }
  });
});
