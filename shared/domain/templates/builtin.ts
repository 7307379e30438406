import type { CampaignType, HandoffTemplate, StageKey } from '../../model';
import { CAMPAIGN_TYPES } from '../../model';
import { creativeProduction } from './creativeProduction';
import { GENERIC_TEMPLATE, LEGACY_TEMPLATES } from './legacy';
import { launchLive } from './launchLive';
import { liveOptimization } from './liveOptimization';
import { optimizationRetrospective } from './optimizationRetrospective';
import { productionLaunch } from './productionLaunch';
import { retrospectiveDone } from './retrospectiveDone';
import { strategyCreative } from './strategyCreative';

export { GENERIC_TEMPLATE, LEGACY_TEMPLATES } from './legacy';

/** One builder per default transition, in board order. */
const TRANSITION_BUILDERS: readonly ((type: CampaignType) => HandoffTemplate)[] = [
  strategyCreative,
  creativeProduction,
  productionLaunch,
  launchLive,
  liveOptimization,
  optimizationRetrospective,
  retrospectiveDone,
];

/** The built-in template of every default transition for every campaign type. */
export const TYPED_TEMPLATES: readonly HandoffTemplate[] = CAMPAIGN_TYPES.flatMap((type) =>
  TRANSITION_BUILDERS.map((build) => build(type)),
);

/** Every built-in a handoff may reference: the per-type ones and the first, untyped ones. */
export const BUILTIN_TEMPLATES: readonly HandoffTemplate[] = [
  ...TYPED_TEMPLATES,
  ...LEGACY_TEMPLATES,
];

const BY_ID = new Map([...BUILTIN_TEMPLATES, GENERIC_TEMPLATE].map((t) => [t.id, t]));
const BY_TRANSITION = new Map(
  TYPED_TEMPLATES.map((t) => [transitionKey(t.from, t.to, t.campaignTypes[0]!), t]),
);

function transitionKey(from: StageKey | null, to: StageKey | null, type: CampaignType): string {
  return `${from ?? ''}>${to ?? ''}:${type}`;
}

/**
 * The built-in template for a move between two stages (by their default keys) of a campaign
 * of `campaignType`; the generic one between stages a team added. Without a type, the first
 * untyped built-ins, which code that plans without a campaign (benchmarks, samples) still uses.
 */
export function templateForTransition(
  from: StageKey | null,
  to: StageKey | null,
  campaignType?: CampaignType,
): HandoffTemplate {
  if (!campaignType) {
    return LEGACY_TEMPLATES.find((t) => t.from === from && t.to === to) ?? GENERIC_TEMPLATE;
  }
  return BY_TRANSITION.get(transitionKey(from, to, campaignType)) ?? GENERIC_TEMPLATE;
}

/** A built-in template by id; old ids stay resolvable because handoffs keep referencing them. */
export function templateById(id: string): HandoffTemplate | null {
  return BY_ID.get(id) ?? null;
}

/** A stored campaign type, or undefined (the untyped templates) for one this build does not know. */
export function knownCampaignType(text: string): CampaignType | undefined {
  return (CAMPAIGN_TYPES as readonly string[]).includes(text) ? (text as CampaignType) : undefined;
}
