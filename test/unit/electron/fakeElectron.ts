import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BackendHandle, MessagePortLike } from '../../../electron/backend/backendHandle';
import type { AdaptedPort } from '../../../electron/main/portAdapter';

/*
 * Just enough of Electron (and of startBackend) for electron/main/index.ts to run in Node.
 * main.test.ts mocks 'electron' with this module and inspects what main did with it.
 */

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  paths: new Map<string, string>(),
  setPath: vi.fn((name: string, value: string) => {
    app.paths.set(name, value);
  }),
  getPath: (name: string) => app.paths.get(name) ?? '/nowhere',
  getAppPath: () => '/app',
  getVersion: () => '0.1.0-test',
  requestSingleInstanceLock: vi.fn(() => true),
  becomeReady: (): void => undefined,
  whenReady: () =>
    new Promise<void>((resolve) => {
      app.becomeReady = resolve;
    }),
  quit: vi.fn(),
  exit: vi.fn(),
});

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((win) => !win.destroyed);
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  maximized = false;
  shown = false;
  loadedFile: string | null = null;
  loadedUrl: string | null = null;

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  show(): void {
    this.shown = true;
  }
  restore(): void {}
  focus(): void {}
  getNormalBounds() {
    return { x: 30, y: 40, width: 1111, height: 777 };
  }
}

export const dialog = {
  showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0 })),
  showErrorBox: vi.fn(),
};

// `handle`: request/response channels (the export's save dialog) register here at start.
export const ipcMain = Object.assign(new EventEmitter(), { handle: vi.fn() });

export const nativeTheme = { shouldUseDarkColors: false };

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: vi.fn(),
};

const workArea = { x: 0, y: 0, width: 1920, height: 1050 };
export const screen = {
  getAllDisplays: () => [{ workArea }],
  getPrimaryDisplay: () => ({ workArea }),
};

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

type RequestHandler = (wc: unknown, permission: string, cb: (ok: boolean) => void) => void;
type CheckHandler = (wc: unknown, permission: string) => boolean;

class FakeSession {
  headersListener: HeadersListener | null = null;
  requestHandler: RequestHandler | null = null;
  checkHandler: CheckHandler | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler): void {
    this.checkHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export const shell = {
  openExternal: vi.fn(() => Promise.resolve()),
  openPath: vi.fn(() => Promise.resolve('')),
  showItemInFolder: vi.fn(),
};

/** A MessagePortMain stand-in that records what main does with it. */
export class FakeMainPort extends EventEmitter {
  start = vi.fn();
  // Like Electron's, closing locally does not emit 'close' (only the remote end's loss does).
  close = vi.fn();
  postMessage = vi.fn();
}

export const backend = {
  dataDir: '',
  readOnlyReason: null as string | null,
  /** main hands over its adapted (Node-style) ports. */
  served: [] as AdaptedPort[],
  servePort: vi.fn((port: MessagePortLike) => {
    backend.served.push(port as AdaptedPort);
  }),
  backup: vi.fn(() => '/data/backups/baton-manual.db'),
  close: vi.fn(),
} satisfies BackendHandle & Record<string, unknown>;

export const startBackend = vi.fn((opts: { dataDir: string }): BackendHandle => {
  backend.dataDir = opts.dataDir;
  return backend;
});
