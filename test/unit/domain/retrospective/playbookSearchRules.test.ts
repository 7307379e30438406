import { describe, expect, it } from 'vitest';
import {
  buildFtsQuery,
  combinedPlaybookScore,
  MAX_FTS_TERMS,
  playbookRelevance,
  playbookTagWords,
} from '../../../../shared/domain/retrospective';

describe('buildFtsQuery: what a person typed → a safe FTS5 MATCH expression', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['"*()^:-+', null],
    ['paid social', '"paid" "social"*'],
    ['caf', '"caf"*'],
    ['café', '"café"*'],
    ['"unclosed quote', '"unclosed" "quote"*'],
    ['teaser NEAR email', '"teaser" "NEAR" "email"*'],
    ['NEAR(a b, 2)', '"NEAR" "a" "b" "2"*'],
    ['a OR b NOT c AND', '"a" "OR" "b" "NOT" "c" "AND"*'],
    ['title:hack', '"title" "hack"*'],
    ['* ^start -minus +plus', '"start" "minus" "plus"*'],
    ['(paid) (social)', '"paid" "social"*'],
    ["it's", '"it" "s"*'],
  ])('%j → %j', (typed, expected) => {
    expect(buildFtsQuery(typed)).toBe(expected);
  });

  it(`keeps at most ${MAX_FTS_TERMS} words`, () => {
    const q = buildFtsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!;
    expect(q.split(' ')).toHaveLength(MAX_FTS_TERMS);
    expect(q.endsWith(`"w${MAX_FTS_TERMS - 1}"*`)).toBe(true);
  });
});

describe('playbookRelevance', () => {
  const campaign = { campaignType: 'paid_ads', channels: ['meta_ads', 'tiktok'], clientId: 'c1' };
  it.each([
    ['another type', { campaignType: 'email', channels: [], clientId: null }, false, 0],
    ['any type', { campaignType: null, channels: [], clientId: null }, true, 1],
    ['same type', { campaignType: 'paid_ads', channels: [], clientId: null }, true, 3],
    [
      'same type, one channel',
      { campaignType: 'paid_ads', channels: ['meta_ads'], clientId: null },
      true,
      5,
    ],
    [
      'same type, two channels, same client',
      { campaignType: 'paid_ads', channels: ['meta_ads', 'tiktok'], clientId: 'c1' },
      true,
      9,
    ],
    [
      'any type, other client',
      { campaignType: null, channels: ['email'], clientId: 'c2' },
      true,
      1,
    ],
  ])('%s', (_name, entry, relevant, score) => {
    const r = playbookRelevance(entry, campaign);
    expect(r.relevant).toBe(relevant);
    expect(r.score).toBe(score);
  });

  it('says why', () => {
    expect(
      playbookRelevance(
        { campaignType: 'paid_ads', channels: ['meta_ads'], clientId: 'c1' },
        campaign,
      ).reasons,
    ).toEqual(['same type (Paid ads)', 'channel Meta ads', 'same client']);
  });

  it('names tags as the app shows them, and a key it does not know as it is', () => {
    expect(
      playbookTagWords({
        campaignType: 'paid_ads',
        channels: ['meta_ads', 'sms'],
        clientName: 'Acme',
      }),
    ).toBe('Paid ads campaigns · Meta ads, SMS · Acme');
    expect(playbookTagWords({ campaignType: null, channels: [], clientName: null })).toBe(
      'Any campaign type',
    );
    expect(
      playbookTagWords({ campaignType: 'podcast', channels: ['radio'], clientName: null }),
    ).toBe('podcast campaigns · radio');
    expect(
      playbookRelevance(
        { campaignType: 'email', channels: [], clientId: null },
        { campaignType: 'paid_ads', channels: [], clientId: null },
      ).reasons,
    ).toEqual(['for Email campaigns']);
  });

  it('a search without a type filter accepts every type', () => {
    expect(
      playbookRelevance(
        { campaignType: 'email', channels: [], clientId: null },
        { campaignType: null, channels: [], clientId: null },
      ).relevant,
    ).toBe(true);
  });
});

describe('combinedPlaybookScore', () => {
  it('a better text match leads; relevance breaks close calls; no text ranks by relevance', () => {
    // bm25 is negative: -6 is a better match than -2.
    expect(combinedPlaybookScore(-6, 0)).toBeGreaterThan(combinedPlaybookScore(-2, 9));
    expect(combinedPlaybookScore(-2, 5)).toBeGreaterThan(combinedPlaybookScore(-2, 1));
    expect(combinedPlaybookScore(null, 5)).toBeGreaterThan(combinedPlaybookScore(null, 1));
  });
});
