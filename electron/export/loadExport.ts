import {
  campaignDocument,
  handoffDocument,
  type ExportDocument,
  type ExportInput,
} from '../../shared/domain/export';
import type { Backend } from '../backend/startBackend';
import { appVersion } from '../backend/appVersion';

type Client = Backend['client'];

/**
 * What an export prints, read through the same procedures every screen uses (campaign detail
 * with its gates, the people, the asset register), so a PDF never disagrees with the app.
 */
export async function loadExportInput(
  client: Client,
  campaignId: string,
  now = new Date(),
): Promise<ExportInput> {
  const [detail, people, register] = await Promise.all([
    client.campaigns.get({ id: campaignId }),
    client.people.list(),
    client.assets.list({ campaignId }),
  ]);
  return {
    detail,
    people,
    assets: register.assets,
    generatedAt: now.toISOString(),
    appVersion: appVersion(),
  };
}

export async function loadExportDocument(
  client: Client,
  target: { campaignId: string; handoffId?: string | null },
  now?: Date,
): Promise<ExportDocument> {
  const input = await loadExportInput(client, target.campaignId, now);
  return target.handoffId ? handoffDocument(input, target.handoffId) : campaignDocument(input);
}
