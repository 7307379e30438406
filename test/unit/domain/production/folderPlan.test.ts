import { describe, expect, it } from 'vitest';
import {
  checkCampaignFiles,
  type FileVerdict,
  isReservedWindowsName,
  MAX_FOLDER_PATH_LENGTH,
  planCampaignFolders,
  safeFolderName,
} from '../../../../shared/domain/production/folderPlan';

const DEFAULT_BOARD = ['Strategy', 'Creative', 'Production', 'Launch', 'Report'];

describe('planCampaignFolders: the tree of a campaign', () => {
  it.each<[string, string, string, readonly string[], string[]]>([
    [
      'root from client and campaign slugs, one numbered folder per stage in board order',
      'Acme',
      'Spring Launch',
      DEFAULT_BOARD,
      [
        'acme_spring-launch',
        'acme_spring-launch/01_strategy',
        'acme_spring-launch/02_creative',
        'acme_spring-launch/03_production',
        'acme_spring-launch/04_launch',
        'acme_spring-launch/05_report',
      ],
    ],
    [
      'custom stage names slugified, accents folded, Windows-illegal characters gone',
      'Café Noël',
      'Été: "Best" <of>?',
      ['Legal / Compliance review', 'QA*'],
      [
        'cafe-noel_ete-best-of',
        'cafe-noel_ete-best-of/01_legal-compliance-review',
        'cafe-noel_ete-best-of/02_qa',
      ],
    ],
    [
      'names that slug to nothing keep a readable word',
      '🚀',
      '!!!',
      ['✨'],
      ['client_campaign', 'client_campaign/01_stage'],
    ],
    [
      'more than 99 stages widen the number so the folders still sort',
      'a',
      'b',
      Array.from({ length: 100 }, (_, i) => `s${i}`),
      ['a_b', 'a_b/001_s0', 'a_b/002_s1'],
    ],
  ])('%s', (_, client, campaign, stages, expected) => {
    const plan = planCampaignFolders({
      clientName: client,
      campaignName: campaign,
      stageNames: stages,
    });
    expect(plan.folders.map((f) => f.path).slice(0, expected.length)).toEqual(expected);
    expect(plan.folders[0]!.stageName).toBeNull();
    expect(plan.folders.slice(1).map((f) => f.stageName)).toEqual(stages);
    expect(plan.problems).toEqual([]);
  });

  it('names the files are checked with are the full slugs, even when folders are cut', () => {
    const long = 'the very long name of a campaign that someone typed without stopping at all';
    const plan = planCampaignFolders({
      clientName: 'Acme Corp',
      campaignName: long,
      stageNames: DEFAULT_BOARD,
      basePathLength: 120,
    });
    expect(plan.context).toEqual({
      clientSlug: 'acme-corp',
      campaignSlug: long.replace(/ /g, '-'),
    });
    for (const f of plan.folders) {
      expect(120 + 1 + f.path.length).toBeLessThan(MAX_FOLDER_PATH_LENGTH);
    }
    // Cut at a word boundary, not in the middle of a word.
    expect(plan.root).toMatch(/^acme-corp_the-very-long-name(-[a-z]+)*$/);
    expect(plan.problems).toEqual([]);
  });

  it('a chosen folder whose own path is too long is a problem naming the folder', () => {
    const plan = planCampaignFolders({
      clientName: 'Acme',
      campaignName: 'Spring',
      stageNames: DEFAULT_BOARD,
      basePathLength: 195,
    });
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatch(/^folder: its path is 195 characters.*shorter path$/);
  });
});

describe('Windows reserved names', () => {
  it.each<[string, boolean]>([
    ['CON', true],
    ['con', true],
    ['nul.txt', true],
    ['Com1', true],
    ['LPT9', true],
    ['aux.tar.gz', true],
    ['console', false],
    ['01_con', false],
    ['com10', false],
  ])('%s reserved: %s', (name, reserved) => {
    expect(isReservedWindowsName(name)).toBe(reserved);
  });

  it.each<[string, string]>([
    ['con', 'con-folder'],
    ['PRN', 'PRN-folder'],
    ['client.', 'client'],
    ['ok_name', 'ok_name'],
  ])('safeFolderName(%s) is %s', (name, safe) => {
    expect(safeFolderName(name)).toBe(safe);
  });
});

describe('checkCampaignFiles: a listing against the plan', () => {
  const plan = planCampaignFolders({
    clientName: 'Acme',
    campaignName: 'Spring Launch',
    stageNames: DEFAULT_BOARD,
  });
  const check = (path: string, modifiedOn: string | null = '2026-03-14'): FileVerdict =>
    checkCampaignFiles(plan, [{ path, modifiedOn }])[0]!;

  it.each<[string, string, FileVerdict['status'], string | null]>([
    [
      'a name that follows the convention',
      'acme_spring-launch/02_creative/2026-03-14_acme-spring-launch_hero-banner_v02.psd',
      'ok',
      null,
    ],
    [
      'a sub-folder of a stage folder is still in the plan',
      'acme_spring-launch/02_creative/exports/2026-03-14_acme-spring-launch_hero_v01.png',
      'ok',
      null,
    ],
    [
      'a bad name gets a suggestion with the campaign and the file date',
      'acme_spring-launch/02_creative/Hero Banner FINAL v3.PSD',
      'breaks',
      '2026-03-14_acme-spring-launch_hero-banner-final_v03.psd',
    ],
    [
      'a file right in the root is checked too',
      'acme_spring-launch/notes.txt',
      'breaks',
      '2026-03-14_acme-spring-launch_notes_v01.txt',
    ],
    [
      'a folder the plan does not have is outside the plan',
      'acme_spring-launch/old stuff/Hero.psd',
      'outside',
      null,
    ],
    ['a file beside the root is outside the plan', 'readme.txt', 'outside', null],
    [
      'a renamed stage folder is outside the plan',
      'acme_spring-launch/02_design/x.psd',
      'outside',
      null,
    ],
    ['.DS_Store is a system file', 'acme_spring-launch/02_creative/.DS_Store', 'system', null],
    [
      'an Office lock file is a system file',
      'acme_spring-launch/01_strategy/~$brief.docx',
      'system',
      null,
    ],
  ])('%s', (_, path, status, suggestion) => {
    const verdict = check(path);
    expect(verdict.status).toBe(status);
    if (verdict.status === 'breaks') {
      expect(verdict.problems.length).toBeGreaterThan(0);
      expect(verdict.suggestion.name).toBe(suggestion);
    }
  });

  it('a name with another client is reported naming the client part, kept in the suggestion', () => {
    const verdict = check(
      'acme_spring-launch/02_creative/2026-03-14_globex-spring-launch_hero_v01.psd',
    );
    expect(verdict.status).toBe('breaks');
    if (verdict.status !== 'breaks') return;
    expect(verdict.problems.map((p) => p.part)).toContain('client');
    expect(verdict.suggestion.unresolved.map((p) => p.part)).toContain('client');
  });

  it('without a file date the suggestion leaves the date for a person to fill', () => {
    const verdict = check('acme_spring-launch/02_creative/hero.psd', null);
    expect(verdict.status === 'breaks' && verdict.suggestion.name).toBe(
      'YYYY-MM-DD_acme-spring-launch_hero_v01.psd',
    );
  });

  it('lists files in path order', () => {
    const paths = checkCampaignFiles(plan, [
      { path: 'acme_spring-launch/02_creative/b.psd' },
      { path: 'acme_spring-launch/01_strategy/a.pdf' },
    ]).map((v) => v.path);
    expect(paths).toEqual([
      'acme_spring-launch/01_strategy/a.pdf',
      'acme_spring-launch/02_creative/b.psd',
    ]);
  });
});
