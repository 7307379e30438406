import {
  campaignDocument,
  handoffDocument,
  type ExportDocument,
  type ExportInput,
} from '../../shared/domain/export';
import type { AssetRegisterView, CampaignDetail, Person, SyncStatus } from '../../shared/model';
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
  /** Sync's status: this laptop's name and the teammates' devices the shared folder names. */
  syncStatus(): SyncStatus | Promise<SyncStatus>;
}

/**
 * Device names for the approval trail: this laptop's, and every device the shared folder has a
 * device file for. A device the folder no longer names (or an unplugged folder) keeps its id.
 */
export function deviceNames(status: SyncStatus): ReadonlyMap<string, string> {
  const names = new Map(status.devices.map((d) => [d.deviceId, d.deviceName]));
  names.set(status.deviceId, status.deviceName);
  return names;
}

export const clientReader = (client: Backend['client']): ExportReader => ({
  campaign: (id) => client.campaigns.get({ id }),
  people: () => client.people.list(),
  assets: (campaignId) => client.assets.list({ campaignId }),
  syncStatus: () => client.sync.status(),
});

export async function loadExportInput(
  reader: ExportReader,
  campaignId: string,
  now = new Date(),
): Promise<ExportInput> {
  const detail = await reader.campaign(campaignId);
  const people = await reader.people();
  const register = await reader.assets(campaignId);
  const names = deviceNames(await reader.syncStatus());
  return {
    detail,
    people,
    assets: register.assets,
    generatedAt: now.toISOString(),
    appVersion: appVersion(),
    deviceName: (id) => names.get(id),
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
