import { MessageChannel } from 'node:worker_threads';
import { createORPCClient } from '@orpc/client';
import { RPCLink as WebSocketLink } from '@orpc/client/websocket';
import WebSocket from 'ws';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { startWebServer, type WebServer } from '../../electron/backend/web/webServer';
import { createHttpClient, createPortClient, type ApiClient } from '../../renderer/api/client';
import { makeTempDir } from './tempDir';

/** The three ways a caller reaches the one backend: Electron-style port, HTTP, WebSocket. */
export const BINDINGS = ['MessagePort', 'HTTP', 'WebSocket'] as const;
export type BindingName = (typeof BINDINGS)[number];

export interface Binding {
  client: ApiClient;
  /** Set for the HTTP and WebSocket bindings. */
  server: WebServer | null;
  close(): Promise<void>;
}

export interface TestBackend {
  dir: string;
  backend: Backend;
  /** Closes the backend (idempotent) and removes its folder. */
  close(): void;
}

/** A real backend over a real SQLite file in a fresh temp folder. */
export function openBackend(options: { now?: () => number } = {}): TestBackend {
  const { dir, cleanup } = makeTempDir('baton-int-');
  const backend = startBackend({ dataDir: dir, ...options });
  return {
    dir,
    backend,
    close() {
      backend.close();
      cleanup();
    },
  };
}

/** Connects a client to `backend` over one binding; `close()` tears down everything it made. */
export async function connect(name: BindingName, backend: Backend): Promise<Binding> {
  if (name === 'MessagePort') {
    const { port1, port2 } = new MessageChannel();
    backend.servePort(port1);
    const client = createPortClient(port2);
    return {
      client,
      server: null,
      close: async () => {
        port2.close();
        port1.close();
      },
    };
  }
  const server = await startWebServer({ backend, staticDir: null, port: 0 });
  if (name === 'HTTP') {
    return { client: createHttpClient(server.url, server.token), server, close: server.close };
  }
  // Node 20 has no global WebSocket: the `ws` package speaks the same event API.
  const socket = new WebSocket(
    `ws://127.0.0.1:${server.port}/rpc-ws?token=${encodeURIComponent(server.token)}`,
  );
  socket.on('error', () => {}); // a failed handshake surfaces as a failed call instead
  const link = new WebSocketLink({
    websocket: socket as unknown as ConstructorParameters<typeof WebSocketLink>[0]['websocket'],
  });
  const client = createORPCClient<ApiClient>(link);
  return {
    client,
    server,
    close: async () => {
      socket.close();
      await server.close();
    },
  };
}

/** Row count of every table in the database, `changes` and `device` included. */
export function tableCounts(backend: Backend): Record<string, number> {
  const sqlite = backend.context.db.sqlite;
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const row = sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number };
    counts[name] = row.n;
  }
  return counts;
}

/** The rejection of `promise`; fails when it resolves or takes longer than `ms` (a hang). */
export async function failureOf(promise: Promise<unknown>, ms = 10_000): Promise<unknown> {
  const result = await settle(promise, ms);
  if (result.ok) throw new Error(`expected the call to fail, it returned ${preview(result.value)}`);
  return result.error;
}

/** Settles `promise` (value or error), failing the test only if it takes longer than `ms`. */
export async function settle(
  promise: Promise<unknown>,
  ms = 10_000,
): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`HANG: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      hang,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
