import type { CampaignType, HandoffTemplate, StageKey } from '../../model';
import { UNIVERSAL_FIELDS } from './universal';

/** What one transition's built-in adds for one campaign type, on top of the universal answers. */
export type TransitionParts = Pick<
  HandoffTemplate,
  'name' | 'fields' | 'checklist' | 'defaultRaci' | 'durationDays' | 'bufferDays'
>;

export function builtinId(from: StageKey, to: StageKey, type: CampaignType): string {
  return `builtin.${from}-${to}.${type}`;
}

export function typedTemplate(
  from: StageKey,
  to: StageKey,
  type: CampaignType,
  parts: TransitionParts,
): HandoffTemplate {
  return {
    id: builtinId(from, to, type),
    version: 1,
    name: parts.name,
    from,
    to,
    campaignTypes: [type],
    fields: [...UNIVERSAL_FIELDS, ...parts.fields],
    checklist: parts.checklist,
    defaultRaci: parts.defaultRaci,
    durationDays: parts.durationDays,
    bufferDays: parts.bufferDays,
  };
}

/**
 * The role title of the channel specialist a campaign type needs; Responsible where the work
 * is channel work. None for multi-channel: the Producer coordinates the specialists.
 */
export const SPECIALIST: Record<CampaignType, string | null> = {
  email: 'Email Marketer',
  social: 'Social Media Manager',
  paid_ads: 'Paid Media Specialist',
  content: 'Content Editor',
  event: 'Event Manager',
  multi_channel: null,
};

/** `titles` followed by the type's specialist, when it has one. */
export function withSpecialist(type: CampaignType, titles: readonly string[]): string[] {
  const s = SPECIALIST[type];
  return s ? [...titles, s] : [...titles];
}
