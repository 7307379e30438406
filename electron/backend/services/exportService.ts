import type { ExportFile, ExportFormat } from '../../../shared/api/exports';
import { exportBytes } from '../../export/exportFile';
import type { ExportReader } from '../../export/loadExport';
import type { BackendContext } from '../context';
import { campaignDetail, handoffDetail } from '../views/campaignViews';
import { listAssets } from './assetService';
import { listPeople } from './peopleService';

// Exports are rendered here, in the backend, so the app's Export button and `baton export-pdf`
// make the same file. One call renders the whole file: a campaign export reports no per-handoff
// progress (the app shows a busy state while it runs).

const reader = (ctx: BackendContext): ExportReader => ({
  campaign: (id) => campaignDetail(ctx, id),
  people: () => listPeople(ctx),
  assets: (campaignId) => listAssets(ctx, { campaignId }),
});

async function toFile(
  ctx: BackendContext,
  target: { campaignId: string; handoffId: string | null },
  format: ExportFormat,
  handoffCount: number,
): Promise<ExportFile> {
  const { fileName, bytes } = await exportBytes(reader(ctx), target, format);
  return {
    fileName,
    mimeType: format === 'pdf' ? 'application/pdf' : 'text/markdown',
    base64: bytes.toString('base64'),
    handoffCount,
  };
}

export function exportHandoff(
  ctx: BackendContext,
  input: { handoffId: string; format: ExportFormat },
) {
  const h = handoffDetail(ctx, input.handoffId);
  return toFile(
    ctx,
    { campaignId: h.handoff.campaignId, handoffId: h.handoff.id },
    input.format,
    1,
  );
}

export function exportCampaign(
  ctx: BackendContext,
  input: { campaignId: string; format: ExportFormat },
) {
  const detail = campaignDetail(ctx, input.campaignId);
  return toFile(
    ctx,
    { campaignId: detail.campaign.id, handoffId: null },
    input.format,
    detail.handoffs.length,
  );
}
