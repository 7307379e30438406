import { describe, expect, it } from 'vitest';
import {
  approvalAfterNewVersion,
  buildAssetRegister,
  changeApproval,
  checkAssetFileName,
  checkDependencyUpdate,
  currentVersion,
  nextVersionNumber,
  versionLabel,
} from '../../../../shared/domain/production/assetRegister';
import { BUILTIN_CHANNEL_SPECS } from '../../../../shared/domain/production/channelSpecs';
import { MB } from '../../../../shared/domain/production/fileSize';
import {
  DEFAULT_NAMING_CONVENTION,
  DEFAULT_NAMING_PATTERN,
  parseNamingPattern,
} from '../../../../shared/domain/production/namingPattern';
import type { Asset, AssetApprovalState, AssetVersion } from '../../../../shared/model/asset';

const CONTEXT = { clientSlug: 'acme', campaignSlug: 'spring', date: '2026-03-14' };
const ALICE = '0190a0b0-0000-7000-8000-00000000a11c';
const AT = '2026-03-14T10:00:00.000Z';

function id(n: number): string {
  return `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

function asset(n: number, patch: Partial<Asset> = {}): Asset {
  return {
    id: id(n),
    campaignId: id(999),
    name: `asset ${n}`,
    channelSpecId: 'instagram-story',
    format: 'jpg',
    width: 1080,
    height: 1920,
    fileSizeBytes: 2 * MB,
    location: 'https://drive.example.com/hero',
    approvalState: 'draft',
    approvedById: null,
    approvedAt: null,
    dependsOn: [],
    position: n,
    createdAt: AT,
    deletedAt: null,
    ...patch,
  };
}

function version(assetN: number, v: number, fileName: string, deletedAt: string | null = null) {
  return {
    id: id(1000 + assetN * 10 + v),
    assetId: id(assetN),
    version: v,
    fileName,
    byId: ALICE,
    at: AT,
    note: `v${v}`,
    deletedAt,
  } satisfies AssetVersion;
}

describe('versions', () => {
  it.each([
    [1, 'v01'],
    [9, 'v09'],
    [10, 'v10'],
    [123, 'v123'],
  ])('version %i is labelled %s', (n, label) => {
    expect(versionLabel(n)).toBe(label);
  });

  it.each<[string, { version: number; deletedAt: string | null }[], number]>([
    ['no version yet', [], 1],
    [
      'v01 and v02',
      [
        { version: 1, deletedAt: null },
        { version: 2, deletedAt: null },
      ],
      3,
    ],
    [
      'out of order (sync)',
      [
        { version: 3, deletedAt: null },
        { version: 1, deletedAt: null },
      ],
      4,
    ],
    [
      'a removed v03 keeps its number',
      [
        { version: 3, deletedAt: AT },
        { version: 2, deletedAt: null },
      ],
      4,
    ],
  ])('next after %s is %i', (_, versions, next) => {
    expect(nextVersionNumber(versions)).toBe(next);
  });

  it('the current version is the highest not removed', () => {
    const versions = [
      { version: 1, deletedAt: null },
      { version: 3, deletedAt: AT },
      { version: 2, deletedAt: null },
    ];
    expect(currentVersion(versions)?.version).toBe(2);
    expect(currentVersion([])).toBeNull();
  });
});

describe('checkAssetFileName', () => {
  it.each<[string, string, number, { ok: boolean; problem?: string; suggestion: string | null }]>([
    [
      'a name following the convention',
      '2026-03-14_acme-spring_hero-banner_v02.psd',
      2,
      { ok: true, suggestion: null },
    ],
    [
      'a v02 still named v01',
      '2026-03-14_acme-spring_hero-banner_v01.psd',
      2,
      {
        ok: false,
        problem: 'version: the file says v01 but this is v02',
        suggestion: '2026-03-14_acme-spring_hero-banner_v02.psd',
      },
    ],
    [
      'a loose name with spaces and capitals',
      'Hero Banner FINAL.PSD',
      1,
      { ok: false, suggestion: '2026-03-14_acme-spring_hero-banner-final_v01.psd' },
    ],
    [
      'a bad name on version 3 is suggested as v03',
      'acme spring hero v1.png',
      3,
      { ok: false, problem: 'name:', suggestion: '2026-03-14_acme-spring_hero_v03.png' },
    ],
    [
      'a one-digit version',
      '2026-03-14_acme-spring_hero-banner_v2.psd',
      2,
      {
        ok: false,
        problem: "version: 'v2' needs two digits (v02)",
        suggestion: '2026-03-14_acme-spring_hero-banner_v02.psd',
      },
    ],
  ])('%s', (_, fileName, v, expected) => {
    const check = checkAssetFileName(fileName, v, DEFAULT_NAMING_CONVENTION, CONTEXT);
    expect(check.ok).toBe(expected.ok);
    expect(check.suggestion).toBe(expected.suggestion);
    if (expected.problem) expect(check.problems.join('\n')).toContain(expected.problem);
    if (expected.ok) expect(check.problems).toEqual([]);
  });

  it('a convention without a version checks only the name', () => {
    const parsed = parseNamingPattern('client_asset-name.ext');
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const check = checkAssetFileName('acme_hero.png', 4, parsed.convention, CONTEXT);
    expect(check).toMatchObject({ ok: true, suggestion: null });
  });

  it('the suggestion it gives passes the check itself', () => {
    const check = checkAssetFileName(
      'Spring Hero (final).JPG',
      2,
      DEFAULT_NAMING_CONVENTION,
      CONTEXT,
    );
    expect(check.ok).toBe(false);
    const again = checkAssetFileName(check.suggestion!, 2, DEFAULT_NAMING_CONVENTION, CONTEXT);
    expect(again.ok).toBe(true);
  });
});

describe('changeApproval', () => {
  const base = { name: 'hero banner', approvedById: null, approvedAt: null };

  it.each<[AssetApprovalState, AssetApprovalState]>([
    ['draft', 'in_review'],
    ['draft', 'approved'],
    ['in_review', 'approved'],
    ['in_review', 'changes_requested'],
    ['changes_requested', 'in_review'],
    ['approved', 'changes_requested'],
    ['approved', 'draft'],
  ])('%s → %s is allowed', (from, to) => {
    const change = changeApproval({ ...base, approvalState: from }, to, ALICE, AT);
    expect(change).toMatchObject({ ok: true, patch: { approvalState: to } });
  });

  it.each<[AssetApprovalState, AssetApprovalState, string]>([
    ['draft', 'changes_requested', 'hero banner is Draft; it can go to In review or Approved'],
    ['changes_requested', 'approved', 'it can go to In review or Draft, not Approved'],
    ['approved', 'in_review', 'hero banner is Approved'],
  ])('%s → %s is refused, saying where it can go', (from, to, message) => {
    const change = changeApproval({ ...base, approvalState: from }, to, ALICE, AT);
    expect(change.ok).toBe(false);
    if (!change.ok) expect(change.message).toContain(message);
  });

  it('approving records who and when; leaving approved clears them', () => {
    const approved = changeApproval({ ...base, approvalState: 'in_review' }, 'approved', ALICE, AT);
    expect(approved).toEqual({
      ok: true,
      patch: { approvalState: 'approved', approvedById: ALICE, approvedAt: AT },
    });
    const reopened = changeApproval(
      { ...base, approvalState: 'approved', approvedById: ALICE, approvedAt: AT },
      'changes_requested',
      ALICE,
      AT,
    );
    expect(reopened).toEqual({
      ok: true,
      patch: { approvalState: 'changes_requested', approvedById: null, approvedAt: null },
    });
  });

  it('approving again keeps the first approval (two teammates clicking at once)', () => {
    const first = {
      ...base,
      approvalState: 'approved' as const,
      approvedById: ALICE,
      approvedAt: AT,
    };
    const again = changeApproval(first, 'approved', id(5), '2026-03-15T00:00:00.000Z');
    expect(again).toEqual({
      ok: true,
      patch: { approvalState: 'approved', approvedById: ALICE, approvedAt: AT },
    });
  });

  it('approving needs to know who approves', () => {
    const change = changeApproval({ ...base, approvalState: 'in_review' }, 'approved', null, AT);
    expect(change).toMatchObject({ ok: false, message: expect.stringContaining('who you are') });
  });
});

describe('approvalAfterNewVersion', () => {
  it.each<[AssetApprovalState, AssetApprovalState, boolean]>([
    ['approved', 'draft', true],
    ['draft', 'draft', false],
    ['in_review', 'in_review', false],
    ['changes_requested', 'changes_requested', false],
  ])('a new version of a %s asset leaves it %s', (from, to, reset) => {
    const after = approvalAfterNewVersion({
      approvalState: from,
      approvedById: from === 'approved' ? ALICE : null,
      approvedAt: from === 'approved' ? AT : null,
    });
    expect(after).toEqual({ approvalState: to, approvedById: null, approvedAt: null, reset });
  });
});

describe('checkDependencyUpdate', () => {
  const hero = asset(1, { name: 'hero-banner' });
  const resized = asset(2, { name: 'resized-banners', dependsOn: [id(1)] });
  const story = asset(3, { name: 'story-cut', dependsOn: [id(2)] });
  const register = [hero, resized, story];

  it.each<[string, string, string[], { ok: true; dependsOn: string[] } | { message: string }]>([
    ['a new edge', id(3), [id(2), id(1)], { ok: true, dependsOn: [id(2), id(1)] }],
    ['repeats dropped', id(2), [id(1), id(1)], { ok: true, dependsOn: [id(1)] }],
    ['nothing needed', id(2), [], { ok: true, dependsOn: [] }],
    ['itself', id(1), [id(1)], { message: 'dependsOn: hero-banner cannot need itself' }],
    [
      'an asset of another register',
      id(1),
      [id(77)],
      { message: `dependsOn: '${id(77)}' is not an asset of this campaign's register` },
    ],
    [
      'a direct cycle',
      id(1),
      [id(2)],
      { message: 'cycle: hero-banner → resized-banners → hero-banner' },
    ],
    [
      'a cycle through three',
      id(1),
      [id(3)],
      { message: 'cycle: hero-banner → resized-banners → story-cut → hero-banner' },
    ],
  ])('%s', (_, assetId, dependsOn, expected) => {
    const result = checkDependencyUpdate(register, assetId, dependsOn);
    if ('ok' in expected) expect(result).toEqual(expected);
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(expected.message);
    }
  });

  it('a new asset (not in the register yet) may need existing ones', () => {
    expect(checkDependencyUpdate(register, id(9), [id(3)])).toEqual({
      ok: true,
      dependsOn: [id(3)],
    });
  });

  it('a removed asset is not one to depend on', () => {
    const live = register.filter((a) => a.id !== id(3));
    expect(checkDependencyUpdate(live, id(1), [id(3)])).toMatchObject({ ok: false });
  });
});

describe('buildAssetRegister', () => {
  const names = new Map([[ALICE, 'Alice Producer']]);
  function build(assets: Asset[], versions: AssetVersion[]) {
    return buildAssetRegister({
      campaignId: id(999),
      assets,
      versions,
      convention: DEFAULT_NAMING_CONVENTION,
      library: BUILTIN_CHANNEL_SPECS,
      context: { clientSlug: 'acme', campaignSlug: 'spring' },
      namingPattern: DEFAULT_NAMING_PATTERN,
      personName: (p) => names.get(p) ?? null,
    });
  }

  const hero = asset(1, { name: 'hero-banner', position: 2 });
  const resized = asset(2, {
    name: 'resized-banners',
    position: 1,
    dependsOn: [id(1)],
    width: 1080,
    height: 1080,
  });
  const gone = asset(3, { name: 'old teaser', deletedAt: AT });
  const view = build(
    [hero, resized, gone],
    [
      version(1, 1, '2026-03-14_acme-spring_hero-banner_v01.psd'),
      version(1, 2, '2026-03-14_acme-spring_hero-banner_v02.psd'),
      version(1, 3, 'broken.psd', AT),
      version(2, 1, 'Resized Banners.jpg'),
    ],
  );

  it('lists assets by position, removed ones apart', () => {
    expect(view.assets.map((a) => a.name)).toEqual(['resized-banners', 'hero-banner']);
    expect(view.removed).toEqual([{ id: id(3), name: 'old teaser' }]);
  });

  it('gives each asset its versions oldest first, the current one, and who made them', () => {
    const row = view.assets.find((a) => a.name === 'hero-banner')!;
    expect(row.versions.map((v) => v.label)).toEqual(['v01', 'v02']);
    expect(row.current).toMatchObject({ label: 'v02', byName: 'Alice Producer' });
    expect(row.nameCheck).toMatchObject({ ok: true, suggestion: null });
    expect(row.sizeLabel).toBe('2 MB');
    expect(row.nextFileName).toBe('2026-03-14_acme-spring_hero-banner_v03.psd');
  });

  it('names the problems: a badly named file with its fix, wrong dimensions in words', () => {
    const row = view.assets.find((a) => a.name === 'resized-banners')!;
    expect(row.nameCheck?.ok).toBe(false);
    expect(row.nameCheck?.suggestion).toBe('2026-03-14_acme-spring_resized-banners_v01.jpg');
    expect(row.nextFileName).toBe('2026-03-14_acme-spring_resized-banners_v02.jpg');
    expect(row.specCheck.ok).toBe(false);
    expect(row.specCheck.problems.map((p) => p.message)).toEqual([
      'dimensions: 1080×1080 but Instagram story needs 1080×1920 (or larger at 9:16)',
    ]);
    expect(view.summary).toEqual({ total: 2, approved: 0, withProblems: 1 });
  });

  it('orders the making by dependencies, ignoring a removed asset', () => {
    expect(view.order).toEqual({
      ok: true,
      steps: [
        { id: id(1), name: 'hero-banner', depth: 0, needsNames: [] },
        { id: id(2), name: 'resized-banners', depth: 1, needsNames: ['hero-banner'] },
      ],
    });
    const needsGone = build([hero, asset(4, { name: 'x', dependsOn: [id(3)] }), gone], []);
    expect(needsGone.order.ok).toBe(true);
    expect(needsGone.assets.find((a) => a.name === 'x')?.needsNames).toEqual([]);
  });

  it('names a cycle two laptops made between them instead of an order', () => {
    const a = asset(1, { name: 'hero-banner', dependsOn: [id(2)] });
    const b = asset(2, { name: 'resized-banners', dependsOn: [id(1)] });
    const cyclic = build([a, b], []);
    expect(cyclic.order).toEqual({
      ok: false,
      problems: [
        'cycle: hero-banner → resized-banners → hero-banner (each must exist before the next)',
      ],
    });
  });

  it('offers the library specs by name and the next approval states', () => {
    expect(view.specs).toContainEqual({ id: 'instagram-story', name: 'Instagram story' });
    expect(view.assets[0]!.nextStates).toEqual(['in_review', 'approved']);
  });
});
