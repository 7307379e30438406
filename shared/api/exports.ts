import { z } from 'zod';
import { Id } from '../model';

export const ExportFormat = z.enum(['pdf', 'md'], { message: "must be 'pdf' or 'md'" });
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportHandoffInput = z.object({ handoffId: Id, format: ExportFormat });
export const ExportCampaignInput = z.object({ campaignId: Id, format: ExportFormat });

/**
 * The exported file: a suggested name and its bytes in base64. oRPC can carry Blobs over HTTP,
 * but the Electron binding is a MessagePort carrying the RPC serializer's JSON, where a Blob is
 * not guaranteed to survive; base64 works the same over the port, HTTP and WebSocket, and a
 * 200-page campaign PDF is a few MB, so the third more it costs is acceptable.
 */
export const ExportFile = z.object({
  fileName: z.string(),
  mimeType: z.enum(['application/pdf', 'text/markdown']),
  base64: z.string(),
  /** How many handoff packages it holds: what the app reports when done. */
  handoffCount: z.number().int().nonnegative(),
});
export type ExportFile = z.infer<typeof ExportFile>;

/**
 * A campaign export as a stream: progress after each handoff package drawn, then the file. The
 * app shows "12 of 40" while a long campaign renders and can stop it by closing the stream.
 */
export const ExportEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    /** The handoff package just drawn, "Creative → Production". */
    handoff: z.string(),
  }),
  z.object({ kind: z.literal('file'), file: ExportFile }),
]);
export type ExportEvent = z.infer<typeof ExportEvent>;
