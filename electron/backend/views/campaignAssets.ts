import { and, eq, isNull, sql } from 'drizzle-orm';
import type { LaunchChecksInput, RegisterAsset } from '../../../shared/domain';
import {
  ASSET_APPROVAL_STATES,
  CAMPAIGN_TYPES,
  type AssetApprovalState,
  type CampaignType,
} from '../../../shared/model';
import { preparedOnce } from '../../db/prepared';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import { groupBy } from './rows';

// The asset register as the launch gate's final verification reads it: names and approval
// states only. One indexed query per campaign (assets_campaign), one query for the whole board.

const STATES: readonly string[] = ASSET_APPROVAL_STATES;

function queries(read: ReadDb) {
  const columns = {
    campaignId: s.assets.campaignId,
    name: s.assets.name,
    approvalState: s.assets.approvalState,
  };
  return preparedOnce(read, 'launchAssets', () => ({
    ofCampaign: read
      .select(columns)
      .from(s.assets)
      .where(and(eq(s.assets.campaignId, sql.placeholder('id')), isNull(s.assets.deletedAt)))
      .orderBy(s.assets.position, s.assets.id)
      .prepare(),
    all: read
      .select(columns)
      .from(s.assets)
      .where(isNull(s.assets.deletedAt))
      .orderBy(s.assets.campaignId, s.assets.position, s.assets.id)
      .prepare(),
  }));
}

function toRegisterAsset(row: { name: string; approvalState: string }): RegisterAsset {
  // A state this version does not know (a newer laptop's) is not approved, so it stays named.
  const approvalState = STATES.includes(row.approvalState)
    ? (row.approvalState as AssetApprovalState)
    : 'draft';
  return { name: row.name, approvalState };
}

export function campaignAssets(read: ReadDb, campaignId: string): RegisterAsset[] {
  return queries(read).ofCampaign.all({ id: campaignId }).map(toRegisterAsset);
}

/** Every live asset of the workspace by campaign id: the board's cards in one read. */
export function assetsByCampaign(read: ReadDb): Map<string, RegisterAsset[]> {
  const grouped = groupBy(queries(read).all.all(), (r) => r.campaignId);
  return new Map([...grouped].map(([id, rows]) => [id, rows.map(toRegisterAsset)]));
}

/** The gate's launch input for a campaign of `type` (a row's text); null for an unknown type. */
export function launchChecksFor(
  type: string,
  assets: readonly RegisterAsset[],
): LaunchChecksInput | null {
  return (CAMPAIGN_TYPES as readonly string[]).includes(type)
    ? { campaignType: type as CampaignType, assets }
    : null;
}
