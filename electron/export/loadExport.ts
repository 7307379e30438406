import {
  campaignDocument,
  handoffDocument,
  type ExportDocument,
  type ExportInput,
} from '../../shared/domain/export';
import type { AssetRegisterView, CampaignDetail, Person } from '../../shared/model';
import { appVersion } from '../backend/appVersion';
import type { Backend } from '../backend/startBackend';

/**
 * The three reads an export needs, the same ones every screen uses (campaign detail with its
 * gates, the people, the asset register), so a PDF never disagrees with the app. The CLI reads
 * through the API client, the backend's own service through the view functions directly.
 */
export interface ExportReader {
  campaign(id: string): CampaignDetail | Promise<CampaignDetail>;
  people(): Person[] | Promise<Person[]>;
  assets(campaignId: string): AssetRegisterView | Promise<AssetRegisterView>;
}

export const clientReader = (client: Backend['client']): ExportReader => ({
  campaign: (id) => client.campaigns.get({ id }),
  people: () => client.people.list(),
  assets: (campaignId) => client.assets.list({ campaignId }),
});

export async function loadExportInput(
  reader: ExportReader,
  campaignId: string,
  now = new Date(),
): Promise<ExportInput> {
  const detail = await reader.campaign(campaignId);
  const people = await reader.people();
  const register = await reader.assets(campaignId);
  return {
    detail,
    people,
    assets: register.assets,
    generatedAt: now.toISOString(),
    appVersion: appVersion(),
  };
}

export async function loadExportDocument(
  reader: ExportReader,
  target: { campaignId: string; handoffId?: string | null },
  now?: Date,
): Promise<ExportDocument> {
  const input = await loadExportInput(reader, target.campaignId, now);
  return target.handoffId ? handoffDocument(input, target.handoffId) : campaignDocument(input);
}
