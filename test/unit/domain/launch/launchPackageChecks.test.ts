import { describe, expect, it } from 'vitest';
import { evaluateGate, missingItems, type HandoffPackage } from '../../../../shared/domain/gate';
import {
  finalAssetProblem,
  launchPackageItems,
  utmLinkProblems,
  type RegisterAsset,
} from '../../../../shared/domain/launch/launchPackageChecks';
import { packageHash } from '../../../../shared/domain/packageHash';
import { productionLaunch } from '../../../../shared/domain/templates/productionLaunch';
import type { CampaignType, FieldValue } from '../../../../shared/model';

const link = (over: Record<string, string> = {}) => ({
  baseUrl: 'https://shop.example/sale',
  source: 'facebook',
  medium: 'paid-social',
  campaign: 'spring-sale',
  ...over,
});

describe('utmLinkProblems', () => {
  it.each<{ name: string; rows: Record<string, string>[]; problems: string[] }>([
    { name: 'one complete link', rows: [link()], problems: [] },
    {
      name: 'missing parameters, naming the link',
      rows: [link(), link({ baseUrl: 'https://shop.example/b', source: '', medium: ' ' })],
      problems: [
        'Row 2 (https://shop.example/b): source is required',
        'Row 2 (https://shop.example/b): medium is required',
      ],
    },
    {
      name: 'a link without a landing page is named by its row',
      rows: [link({ baseUrl: '' })],
      problems: ['Row 1: baseUrl is required'],
    },
    {
      name: 'a value not in lower case names the form to write',
      rows: [link({ source: 'Facebook' })],
      problems: [
        'Row 1 (https://shop.example/sale): source "Facebook" is not in lower case: write "facebook"',
      ],
    },
    {
      name: 'duplicates',
      rows: [link(), link()],
      problems: [
        'Rows 1 and 2 build the same URL: https://shop.example/sale?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring-sale',
      ],
    },
    {
      name: 'one source spelled two ways',
      rows: [link(), link({ baseUrl: 'https://shop.example/b', source: 'fb' })],
      problems: ['source is written 2 ways: "facebook" (row 1), "fb" (row 2); use one'],
    },
  ])('$name', ({ rows, problems }) => {
    expect(utmLinkProblems(rows)).toEqual(problems);
  });
});

const asset = (name: string, approvalState: RegisterAsset['approvalState']): RegisterAsset => ({
  name,
  approvalState,
});

describe('finalAssetProblem', () => {
  it.each<{ name: string; type: CampaignType; assets: RegisterAsset[]; problem: string | null }>([
    { name: 'all approved', type: 'paid_ads', assets: [asset('hero', 'approved')], problem: null },
    {
      name: 'names the ones not approved with their state',
      type: 'paid_ads',
      assets: [
        asset('hero-banner', 'in_review'),
        asset('feed-1080', 'approved'),
        asset('story-cut', 'draft'),
      ],
      problem: '2 assets not approved: hero-banner (in review), story-cut (draft)',
    },
    {
      name: 'one asset sent back',
      type: 'email',
      assets: [asset('header', 'changes_requested')],
      problem: '1 asset not approved: header (changes requested)',
    },
    {
      name: 'paid ads with no assets',
      type: 'paid_ads',
      assets: [],
      problem: 'no assets in the register',
    },
    {
      name: 'event with no assets',
      type: 'event',
      assets: [],
      problem: 'no assets in the register',
    },
    { name: 'content with no assets', type: 'content', assets: [], problem: null },
  ])('$name', ({ type, assets, problem }) => {
    expect(finalAssetProblem(type, assets)).toBe(problem);
  });
});

const TESTED = { testedBy: 'Ana', testedAt: '2026-03-10T09:00:00Z' };
const SEQUENCE_ROW = {
  what: 'Ads live',
  channel: 'Meta',
  when: '2026-03-14T09:00:00Z',
  owner: 'Ben',
};

describe('launchPackageItems on the Production → Launch template', () => {
  const template = productionLaunch('paid_ads');
  const approved = [asset('hero', 'approved')];

  it.each<{
    name: string;
    fields: Record<string, FieldValue>;
    assets: RegisterAsset[];
    items: string[];
  }>([
    {
      name: 'a complete package',
      fields: {
        utmLinks: [link()],
        trackingEvents: [{ name: 'Purchase', platform: 'Meta', ...TESTED }],
        launchSequence: [SEQUENCE_ROW],
      },
      assets: approved,
      items: [],
    },
    {
      name: 'empty tables leave it to the required-field check',
      fields: {},
      assets: approved,
      items: [],
    },
    {
      name: 'an untested event',
      fields: {
        trackingEvents: [{ name: 'Purchase', platform: 'Meta', testedBy: '', testedAt: '' }],
      },
      assets: approved,
      items: ['Tracking events: Row 1: Purchase (Meta) is not tested yet'],
    },
    {
      name: 'a launch item without owner; its timing warnings do not count',
      fields: { launchSequence: [{ ...SEQUENCE_ROW, owner: '' }] },
      assets: approved,
      items: ['Launch sequence: Row 1: owner is not named'],
    },
    {
      name: 'UTM problems, then the assets',
      fields: { utmLinks: [link({ medium: '' })] },
      assets: [asset('hero', 'draft')],
      items: [
        'UTM links: Row 1 (https://shop.example/sale): medium is required',
        'Final asset verification: 1 asset not approved: hero (draft)',
      ],
    },
  ])('$name', ({ fields, assets, items }) => {
    const found = launchPackageItems(fields, template.fields, { campaignType: 'paid_ads', assets });
    expect(found.map((i) => `${i.label}: ${i.problem}`)).toEqual(items);
  });

  it('keys each item to the field that fixes it, or to the register', () => {
    const found = launchPackageItems({ utmLinks: [link({ source: '' })] }, template.fields, {
      campaignType: 'paid_ads',
      assets: [],
    });
    expect(found.map((i) => [i.kind, i.key])).toEqual([
      ['field', 'utmLinks'],
      ['asset', 'assets'],
    ]);
  });
});

describe('the gate with launch checks', () => {
  const template = productionLaunch('paid_ads');
  const base: HandoffPackage = {
    status: 'draft',
    qualityOwnerId: 'qo',
    fields: { utmLinks: [link({ source: 'Facebook' })] },
    checklist: [],
    raci: [],
    events: [],
    receiverIds: [],
  };

  it('lists the launch items only when the inputs are given', () => {
    const without = missingItems(base, template).map((m) => m.kind);
    const withChecks = missingItems(
      { ...base, launchChecks: { campaignType: 'paid_ads', assets: [] } },
      template,
    );
    expect(without).not.toContain('asset');
    expect(withChecks.filter((m) => m.key === 'utmLinks').map((m) => m.problem)).toEqual([
      'Row 1 (https://shop.example/sale): source "Facebook" is not in lower case: write "facebook"',
    ]);
    expect(withChecks.find((m) => m.kind === 'asset')?.problem).toBe('no assets in the register');
  });

  it('ignores launch checks on a template without a pre-flight', () => {
    const plain = { ...template, preflight: false };
    const found = missingItems(
      { ...base, launchChecks: { campaignType: 'paid_ads', assets: [] } },
      plain,
    );
    expect(found.some((m) => m.kind === 'asset' || m.problem.includes('lower case'))).toBe(false);
  });

  it('does not change the package hash: the assets are not part of the package', () => {
    const pkg = {
      ...base,
      launchChecks: { campaignType: 'paid_ads' as const, assets: approved() },
    };
    expect(packageHash(pkg)).toBe(packageHash(base));
  });

  it('still holds the gate on a launch problem when everything else is there', () => {
    const result = evaluateGate(
      { ...base, launchChecks: { campaignType: 'paid_ads', assets: approved() } },
      template,
    );
    expect(result.passed).toBe(false);
  });
});

function approved(): RegisterAsset[] {
  return [asset('hero', 'approved')];
}
