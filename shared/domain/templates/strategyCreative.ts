import type { CampaignType, HandoffTemplate } from '../../model';
import { STRATEGY_TO_CREATIVE } from './brief';
import { builtinId } from './typedTemplate';

/**
 * System 1 for one campaign type: the creative brief is the same for every type (what the
 * creatives need does not depend on the channel), so each type's template is the brief under
 * its own id, which a workspace can then edit for that type alone.
 */
export function strategyCreative(type: CampaignType): HandoffTemplate {
  return {
    ...STRATEGY_TO_CREATIVE,
    id: builtinId('strategy', 'creative', type),
    campaignTypes: [type],
  };
}
