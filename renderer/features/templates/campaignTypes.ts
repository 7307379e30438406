import type { CampaignType } from '../../../shared/model';
import { CAMPAIGN_TYPE_LABELS } from '../../../shared/model/labels';

export { CAMPAIGN_TYPE_LABELS };

/** The campaign types in the order the app lists them (from the labels, without zod). */
export const CAMPAIGN_TYPES_FOR_UI = Object.keys(CAMPAIGN_TYPE_LABELS) as CampaignType[];
