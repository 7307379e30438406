import type { AssetApprovalState } from '../../../../shared/model';
import type { BadgeTone } from '../../../ui';

export { APPROVAL_LABELS } from '../../../../shared/domain/production/assetRegister';

export const APPROVAL_TONES: Record<AssetApprovalState, BadgeTone> = {
  draft: 'neutral',
  in_review: 'info',
  approved: 'success',
  changes_requested: 'warning',
};

/** What the button moving an asset to each state says. */
export const APPROVAL_ACTIONS: Record<AssetApprovalState, string> = {
  draft: 'Back to draft',
  in_review: 'Send for review',
  approved: 'Approve',
  changes_requested: 'Request changes',
};
