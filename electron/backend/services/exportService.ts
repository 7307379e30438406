import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExportEvent, ExportFile, ExportFormat } from '../../../shared/api/exports';
import { exportSteps } from '../../export/exportFile';
import type { ExportReader } from '../../export/loadExport';
import type { BackendContext } from '../context';
import { campaignDetail, handoffDetail } from '../views/campaignViews';
import { listAssets } from './assetService';
import { listPeople } from './peopleService';

// Exports are rendered here, in the backend, so the app's Export button and `baton export-pdf`
// make the same file.

const reader = (ctx: BackendContext): ExportReader => ({
  campaign: (id) => campaignDetail(ctx, id),
  people: () => listPeople(ctx),
  assets: (campaignId) => listAssets(ctx, { campaignId }),
  syncStatus: () => ctx.sync.status(),
});

type Target = { campaignId: string; handoffId: string | null };

/**
 * Renders the file, yielding progress after each handoff package. Between packages it gives
 * the event loop a turn: the backend answers every window on this thread, and a 200-page
 * campaign takes seconds. Stops at the next package once `signal` aborts.
 */
async function* fileSteps(
  ctx: BackendContext,
  target: Target,
  format: ExportFormat,
  handoffCount: number,
  signal?: AbortSignal,
): AsyncGenerator<ExportEvent, ExportFile> {
  const steps = exportSteps(reader(ctx), target, format);
  for (;;) {
    signal?.throwIfAborted();
    const step = await steps.next();
    if (step.done) {
      const { fileName, bytes } = step.value;
      return {
        fileName,
        mimeType: format === 'pdf' ? 'application/pdf' : 'text/markdown',
        base64: bytes.toString('base64'),
        handoffCount,
      };
    }
    yield { kind: 'progress', ...step.value };
    await nextTurn();
  }
}

async function toFile(
  ctx: BackendContext,
  target: Target,
  format: ExportFormat,
  handoffCount: number,
): Promise<ExportFile> {
  const steps = fileSteps(ctx, target, format, handoffCount);
  for (;;) {
    const step = await steps.next();
    if (step.done) return step.value;
  }
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

function campaignTarget(ctx: BackendContext, campaignId: string) {
  const detail = campaignDetail(ctx, campaignId);
  return {
    target: { campaignId: detail.campaign.id, handoffId: null },
    handoffCount: detail.handoffs.length,
  };
}

export function exportCampaign(
  ctx: BackendContext,
  input: { campaignId: string; format: ExportFormat },
) {
  const { target, handoffCount } = campaignTarget(ctx, input.campaignId);
  return toFile(ctx, target, input.format, handoffCount);
}

/** The campaign's file as a stream: a progress event per handoff package, then the file. */
export async function* exportCampaignWithProgress(
  ctx: BackendContext,
  input: { campaignId: string; format: ExportFormat },
  signal?: AbortSignal,
): AsyncGenerator<ExportEvent, void> {
  const { target, handoffCount } = campaignTarget(ctx, input.campaignId);
  // The first event says how many there are before the slowest part starts.
  yield { kind: 'progress', done: 0, total: handoffCount, handoff: '' };
  const file = yield* fileSteps(ctx, target, input.format, handoffCount, signal);
  yield { kind: 'file', file };
}
