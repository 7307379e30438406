/**
 * What electron/main (and the browser harness) get from the backend. The implementation lives in
 * `startBackend.ts`; this interface is kept apart so main's wiring can be type-checked alone.
 */
import type { SupportedMessagePort } from '@orpc/client/message-port';

/**
 * One end of a MessageChannel: Electron's MessagePortMain, Node's or the browser's MessagePort
 * (oRPC's message-port adapter accepts all three as they are).
 */
export type MessagePortLike = SupportedMessagePort;

export interface BackendHandle {
  readonly dataDir: string;
  /** Set when the database was written by a newer Baton: the app opens read-only and says why. */
  readonly readOnlyReason: string | null;
  /** Serve the API contract over one end of a MessageChannel (Electron IPC or Node). */
  servePort(port: MessagePortLike): void;
  /** Back up the database now (File → Backup); returns the backup file's path. */
  backup(): string;
  /** Closes the database cleanly (WAL checkpoint). Safe to call twice. */
  close(): void;
}
