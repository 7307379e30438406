import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_ASPECTS,
  briefGroups,
  missingAspects,
  plainGroups,
} from '../../../renderer/features/handoff/brief/briefLayout';
import {
  clientBrandText,
  isBrandOverridden,
} from '../../../renderer/features/handoff/brief/brandGuidelines';
import { dueInfo, slackText } from '../../../renderer/features/handoff/dueDate';
import { relativeTime } from '../../../renderer/features/handoff/formatTime';
import { panelTitle } from '../../../renderer/features/handoff/PanelHeader';
import { missingTargetId } from '../../../renderer/features/handoff/missing/fieldDomIds';
import {
  normalizeForSave,
  sameValue,
} from '../../../renderer/features/handoff/package/fieldValues';
import {
  addPerson,
  removePerson,
  setAccountable,
} from '../../../renderer/features/handoff/raci/raciEdits';
import { STRATEGY_TO_CREATIVE } from '../../../shared/domain/templates/brief';
import type { BrandGuidelines, CampaignDetail, TemplateField } from '../../../shared/model';
import { JONAS, MAYA, TOM, makeDetail } from './detailFixture';

const field = (type: TemplateField['type']): TemplateField => ({
  key: 'f',
  label: 'F',
  type,
  required: false,
  help: '',
  columns: [],
});

describe('brief layout', () => {
  it('puts every field of the brief template in a section, in template order, none twice', () => {
    const groups = briefGroups(STRATEGY_TO_CREATIVE);
    const keys = groups.flatMap((g) => g.fields.map((f) => f.key));
    expect([...keys].sort()).toEqual(STRATEGY_TO_CREATIVE.fields.map((f) => f.key).sort());
    expect(groups.map((g) => g.id)).toEqual([
      'questions',
      'strategy',
      'audience',
      'message',
      'metrics',
      'brand',
      'competition',
    ]);
    expect(groups.find((g) => g.id === 'more')).toBeUndefined();
  });

  it('keeps fields it does not know in a last "More" group', () => {
    const extra = { ...field('text'), key: 'budget', label: 'Budget' };
    const groups = briefGroups({
      ...STRATEGY_TO_CREATIVE,
      fields: [...STRATEGY_TO_CREATIVE.fields, extra],
    });
    expect(groups.at(-1)).toMatchObject({ id: 'more', fields: [extra] });
    expect(plainGroups(STRATEGY_TO_CREATIVE)[0]!.fields).toHaveLength(
      STRATEGY_TO_CREATIVE.fields.length,
    );
  });

  it('offers the audience aspects not yet covered, singular or plural alike', () => {
    expect(missingAspects([])).toEqual(AUDIENCE_ASPECTS);
    expect(missingAspects([{ aspect: 'Pain point' }, { aspect: 'demographics' }])).toEqual([
      'Psychographics',
      'Motivations',
    ]);
  });
});

describe('brand guidelines', () => {
  const brand: BrandGuidelines = {
    voice: 'Warm.',
    dos: ['Real cafés'],
    donts: ['Stock photos'],
    logoRules: '',
    colourRules: 'Espresso',
    legalLines: '',
  };
  it('the client’s own text (the prefill) is not an override; an edit is', () => {
    const text = clientBrandText(brand);
    expect(text).toBe('Voice: Warm.\nDo: Real cafés\nDon’t: Stock photos\nColour: Espresso');
    expect(isBrandOverridden(text, brand)).toBe(false);
    expect(isBrandOverridden(`${text}\n`, brand)).toBe(false);
    expect(isBrandOverridden('', brand)).toBe(false);
    expect(isBrandOverridden(`${text}\nSpring greens allowed.`, brand)).toBe(true);
  });
});

describe('field values', () => {
  it('drops editor scaffolding (blank items and rows) and blank text before saving', () => {
    expect(normalizeForSave(field('list'), ['a', ' ', ''])).toEqual(['a']);
    expect(
      normalizeForSave(field('table'), [
        { a: '', b: ' ' },
        { a: 'x', b: '' },
      ]),
    ).toEqual([{ a: 'x', b: '' }]);
    expect(normalizeForSave(field('long_text'), '   ')).toBeNull();
    expect(normalizeForSave(field('long_text'), 'keep trailing space ')).toBe(
      'keep trailing space ',
    );
    expect(normalizeForSave(field('number'), 0)).toBe(0);
  });

  it('treats missing, null, "" and [] as the same empty answer; order of keys does not matter', () => {
    expect(sameValue(undefined, '')).toBe(true);
    expect(sameValue(null, [])).toBe(true);
    expect(sameValue([{ a: '1', b: '2' }], [{ b: '2', a: '1' }])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue('x', null)).toBe(false);
  });
});

describe('RACI edits', () => {
  const raci = [
    { personId: JONAS, role: 'R' as const },
    { personId: MAYA, role: 'A' as const },
  ];
  it('adds once, removes, and keeps exactly one Accountable when one is chosen', () => {
    expect(addPerson(raci, 'R', JONAS)).toEqual(raci);
    expect(addPerson(raci, 'C', TOM)).toContainEqual({ personId: TOM, role: 'C' });
    expect(removePerson(raci, 'R', JONAS)).toEqual([{ personId: MAYA, role: 'A' }]);
    expect(setAccountable(raci, TOM).filter((a) => a.role === 'A')).toEqual([
      { personId: TOM, role: 'A' },
    ]);
    expect(setAccountable(raci, null).some((a) => a.role === 'A')).toBe(false);
  });
});

describe('what the missing list focuses', () => {
  it('points each kind of missing item at the control that fixes it', () => {
    const detail = makeDetail({ fields: {}, ticked: false, raci: [], qualityOwnerId: null });
    const targets = detail.gate.missing.map((m) =>
      missingTargetId(detail.handoff.id, m, detail.checklist),
    );
    expect(targets).not.toContain(null);
    expect(targets).toContain(`handoff-${detail.handoff.id}-field-strategySummary`);
    expect(targets).toContain(`handoff-checklist-${detail.checklist[0]!.id}`);
    expect(targets).toContain(`handoff-${detail.handoff.id}-raci-accountable`);
    expect(targets).toContain(`handoff-${detail.handoff.id}-quality-owner`);
  });
});

describe('panel title', () => {
  it('names the transition and the template, once', () => {
    const detail = makeDetail();
    expect(panelTitle(detail)).toBe('Strategy → Creative · Creative brief');
    const named = {
      ...detail,
      template: { ...detail.template, name: 'Strategy → Creative package' },
    };
    expect(panelTitle(named)).toBe('Strategy → Creative package');
  });
});

describe('due date and time', () => {
  it('reads slack from the campaign plan step the handoff leaves', () => {
    const detail = makeDetail();
    const campaign = {
      plan: [{ fromStageId: detail.handoff.fromStageId, slackDays: -2 }],
    } as unknown as CampaignDetail;
    expect(dueInfo(detail, campaign)).toEqual({
      dueDate: '2026-12-09',
      overdue: false,
      slackDays: -2,
    });
    expect(dueInfo(detail, null).slackDays).toBeNull();
    expect(slackText(-2)).toBe('2 working days behind plan');
    expect(slackText(0)).toBe('no slack left');
    expect(slackText(1)).toBe('1 working day to spare');
    expect(slackText(null)).toBeNull();
  });

  it('says how long ago in words', () => {
    const now = Date.parse('2026-11-26T12:00:00.000Z');
    expect(relativeTime('2026-11-26T11:59:30.000Z', now)).toBe('just now');
    expect(relativeTime('2026-11-26T11:45:00.000Z', now)).toBe('15 min ago');
    expect(relativeTime('2026-11-26T09:00:00.000Z', now)).toBe('3 h ago');
    expect(relativeTime('2026-11-25T09:00:00.000Z', now)).toBe('yesterday');
    expect(relativeTime('2026-11-22T09:00:00.000Z', now)).toBe('4 days ago');
  });
});
