import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { onError } from '@orpc/server';
import { BodyLimitPlugin, RPCHandler as NodeRPCHandler } from '@orpc/server/node';
import { RPCHandler as WsRPCHandler } from '@orpc/server/ws';
import { WebSocketServer } from 'ws';
import { logInternalErrors, type Backend } from '../startBackend';
import { serveStatic } from './staticFiles';

export interface WebServerOptions {
  backend: Backend;
  /** The built renderer (out/web); null serves the API only. */
  staticDir: string | null;
  port?: number;
  /** Per-run secret; random when omitted. */
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Largest request body accepted; inputs are bounded well below this by the contract. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
const HOST = '127.0.0.1';

/**
 * Browser mode: the same backend served over HTTP (`/rpc`) and WebSocket (`/rpc-ws`) on
 * 127.0.0.1 only, guarded by a per-run token, plus the built renderer.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { backend } = options;
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const httpHandler = new NodeRPCHandler(backend.router, {
    interceptors: [onError(logInternalErrors)],
    // Counts the body as oRPC reads it (a chunked body has no content-length to check up front).
    // A 'data' listener of our own would switch the request to flowing mode and drop the body
    // before oRPC reads it lazily: every call with an input would arrive as `undefined`.
    plugins: [new BodyLimitPlugin({ maxBodySize: MAX_BODY_BYTES })],
  });
  const wsHandler = new WsRPCHandler(backend.router, {
    interceptors: [onError(logInternalErrors)],
  });
  const staticDir = options.staticDir ? path.resolve(options.staticDir) : null;
  let port = 0;

  const allowedHost = (host: string | undefined) =>
    host === `${HOST}:${port}` || host === `localhost:${port}`;
  const hasToken = (req: http.IncomingMessage, url: URL) => {
    const header =
      req.headers['x-baton-token'] ?? req.headers.authorization?.replace(/^Bearer /, '');
    const given = typeof header === 'string' ? header : url.searchParams.get('token');
    return (
      typeof given === 'string' &&
      given.length === token.length &&
      crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token))
    );
  };
  const refuse = (res: http.ServerResponse, status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'FORBIDDEN', message }));
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    // A page on another site could point a hostname it controls at 127.0.0.1 (DNS rebinding).
    if (!allowedHost(req.headers.host)) return refuse(res, 403, 'Unexpected Host header');
    if (url.pathname.startsWith('/rpc/') || url.pathname === '/rpc') {
      if (!hasToken(req, url)) return refuse(res, 401, 'Missing or wrong Baton token');
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > MAX_BODY_BYTES) return refuse(res, 413, 'Request body too large');
      void httpHandler
        .handle(req, res, { prefix: '/rpc', context: backend.context })
        .then(({ matched }) => {
          if (!matched) refuse(res, 404, 'No such procedure');
        })
        .catch((err: unknown) => {
          logInternalErrors(err);
          if (!res.headersSent) refuse(res, 500, 'Internal error');
        });
      return;
    }
    if (!staticDir) return refuse(res, 404, 'Not found');
    serveStatic(staticDir, url.pathname, res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname !== '/rpc-ws' || !allowedHost(req.headers.host) || !hasToken(req, url)) {
      socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      void wsHandler.upgrade(ws, { context: backend.context });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${HOST}:${port}/?token=${encodeURIComponent(token)}`;
  return {
    url,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
