import { describe, expect, it } from 'vitest';
import {
  activeRules,
  checkRuleSettings,
  defaultRuleSettings,
  storedRuleSettings,
} from '../../../../shared/domain/calendar';
import type { CoordinationRuleSetting } from '../../../../shared/model';

const TEASER: CoordinationRuleSetting = {
  id: 'teaser-before-email',
  kind: 'teaserBeforeEmail',
  name: 'Teaser before email',
  enabled: true,
  minDays: 1,
};
const SEGMENT: CoordinationRuleSetting = {
  id: 'segment-once-per-day',
  kind: 'segmentOncePerDay',
  name: 'One send per segment per day',
  enabled: true,
};
const GAP: CoordinationRuleSetting = {
  id: 'client-email-social-gap',
  kind: 'clientEmailSocialGap',
  name: 'Gap',
  enabled: false,
  minHours: 4,
};

describe('checkRuleSettings', () => {
  it.each([
    ['the defaults', defaultRuleSettings(), null],
    ['edited thresholds and a switched-off rule', [TEASER, SEGMENT, GAP], null],
    ['no rules at all', [], null],
    [
      'a duplicate id',
      [TEASER, { ...SEGMENT, id: TEASER.id }],
      ['rules.1.id', "id 'teaser-before-email' is used by rule 1"],
    ],
    ['an empty id', [{ ...TEASER, id: ' ' }], ['rules.0.id', 'id is required']],
    ['an id with spaces', [{ ...TEASER, id: 'Teaser rule' }], ['rules.0.id', 'lower-case letters']],
    ['an empty name', [{ ...TEASER, name: '  ' }], ['rules.0.name', 'Rule 1: name is required']],
    ['an unknown kind', [{ ...SEGMENT, kind: 'moonPhase' }], ['rules.0.kind', "not 'moonPhase'"]],
    [
      'minDays missing',
      [{ ...TEASER, minDays: undefined }],
      ['rules.0.minDays', 'minDays is required'],
    ],
    [
      'minDays negative',
      [{ ...TEASER, minDays: -1 }],
      ['rules.0.minDays', 'between 0 and 60 days, not -1'],
    ],
    ['minDays too large', [{ ...TEASER, minDays: 61 }], ['rules.0.minDays', 'between 0 and 60']],
    [
      'minHours too large',
      [SEGMENT, { ...GAP, minHours: 500 }],
      ['rules.1.minHours', "Rule 2 ('Gap'): minHours must be between 0 and 168 hours"],
    ],
    ['minHours not a number', [{ ...GAP, minHours: Number.NaN }], ['rules.0.minHours', 'required']],
  ] as const)('%s', (_name, rules, expected) => {
    const checked = checkRuleSettings(rules as CoordinationRuleSetting[]);
    if (expected === null) {
      expect(checked.ok).toBe(true);
      return;
    }
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems[0]?.field).toBe(expected[0]);
    expect(checked.problems[0]?.problem).toContain(expected[1]);
  });

  it('keeps only the threshold of the rule kind', () => {
    const checked = checkRuleSettings([{ ...SEGMENT, minDays: 3, minHours: 2 }]);
    expect(checked).toEqual({ ok: true, rules: [{ ...SEGMENT }] });
  });
});

describe('activeRules', () => {
  it('drops switched-off rules and the flag', () => {
    const checked = checkRuleSettings([TEASER, SEGMENT, GAP]);
    if (!checked.ok) throw new Error('expected valid rules');
    expect(activeRules(checked.rules)).toEqual([
      { id: TEASER.id, kind: 'teaserBeforeEmail', name: TEASER.name, minDays: 1 },
      { id: SEGMENT.id, kind: 'segmentOncePerDay', name: SEGMENT.name },
    ]);
  });
});

describe('storedRuleSettings', () => {
  it.each([
    ['null: built-in', null, true, 3],
    ['a valid list', [TEASER, GAP], false, 2],
    ['a list a check refuses: built-in', [{ ...TEASER, kind: 'x' }], true, 3],
    ['junk entries: built-in', [TEASER, 7], true, 3],
  ] as const)('%s', (_n, stored, isDefault, count) => {
    const got = storedRuleSettings(stored);
    expect(got.isDefault).toBe(isDefault);
    expect(got.rules).toHaveLength(count);
  });
});
