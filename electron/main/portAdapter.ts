/**
 * The part of Electron's `MessagePortMain` the adapter uses. Structural, so tests pass a plain
 * EventEmitter and this file never needs Electron at runtime.
 */
export interface MainPortLike {
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

type Listener = (event?: { data: unknown }) => void;

/** Node-style like `MessagePortMain` itself, which oRPC's message-port adapter accepts. */
export interface AdaptedPort {
  readonly closed: boolean;
  /** oRPC subscribes with any event name; only 'message' and 'close' ever fire. */
  on(event: string, listener: Listener): void;
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}

/**
 * Wraps the `MessagePortMain` a renderer handed over, so that:
 * - `close` listeners run exactly once, whether the renderer went away (reload, crash) or main
 *   closed the port itself (a newer port replaced it, quit). Electron reports only the remote
 *   end's disconnect; without this, the backend would keep a retired connection's live-update
 *   streams running.
 * - `start()` may be called by both the backend and main.
 * - nothing is posted to a closed port.
 */
export function adaptMainPort(port: MainPortLike): AdaptedPort {
  let closed = false;
  let started = false;
  const closeListeners: Listener[] = [];

  const fireClose = (): void => {
    if (closed) return;
    closed = true;
    for (const listener of closeListeners.splice(0)) listener();
  };
  port.on('close', fireClose);

  const adapted: AdaptedPort = {
    get closed() {
      return closed;
    },
    on(event, listener) {
      if (event === 'message') {
        port.on('message', (message) => {
          if (!closed) listener({ data: message.data });
        });
      } else if (event === 'close') {
        if (closed) listener();
        else closeListeners.push(listener);
      }
    },
    postMessage(message) {
      // Only JSON crosses the API, so transfers are never forwarded.
      if (!closed) port.postMessage(message);
    },
    start() {
      if (started || closed) return;
      started = true;
      port.start();
    },
    close() {
      if (closed) return;
      port.close();
      fireClose();
    },
  };
  return adapted;
}
