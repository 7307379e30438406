import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import * as fake from './fakeElectron';

// electron/main/index.ts run for real against a fake Electron and a fake backend: this checks
// the wiring (what is applied, to what, when) that the pure modules' own tests cannot see.
vi.mock('electron', () => import('./fakeElectron'));
vi.mock('../../../electron/backend/startBackend', async () => {
  const { startBackend } = await import('./fakeElectron');
  return { startBackend };
});

const mainDir = path.resolve('electron/main');
const rendererIndex = path.join(mainDir, '../renderer/index.html');
const appUrl = pathToFileURL(rendererIndex).href;

let dataDir: string;
let win: fake.BrowserWindow;
const signalListeners = new Map<string, unknown[]>();
const savedEnv = { ...process.env };

function portEvent(port: fake.FakeMainPort, frameUrl: string, sender = win.webContents) {
  return { ports: [port], sender, senderFrame: { url: frameUrl, parent: null } };
}

function menuItem(id: string): MenuItemConstructorOptions | undefined {
  const template = fake.Menu.setApplicationMenu.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
  const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? walk(item.submenu) : [])]);
  return walk(template).find((item) => item.id === id);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'baton-main-'));
  process.env.BATON_DATA_DIR = dataDir;
  delete process.env.ELECTRON_RENDERER_URL;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    signalListeners.set(signal, process.listeners(signal));
  }
  fake.backend.readOnlyReason = 'This database was written by Baton 9.0.';

  await import('../../../electron/main/index');
  expect(fake.startBackend).not.toHaveBeenCalled();
  fake.app.becomeReady();
  await vi.waitFor(() => expect(fake.BrowserWindow.all).toHaveLength(1));
  win = fake.BrowserWindow.all[0]!;
});

afterAll(() => {
  process.env = savedEnv;
  // index.ts forwards Ctrl+C to app.quit(); do not leave that on the test worker.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalListeners.get(signal)?.includes(listener)) process.off(signal, listener);
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('electron/main start-up', () => {
  it('uses BATON_DATA_DIR for userData and takes the single-instance lock', () => {
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    // The lock is taken after userData moves, so each data folder has its own.
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it('starts the backend on the data folder once the app is ready', () => {
    expect(fake.startBackend).toHaveBeenCalledOnce();
    expect(fake.startBackend).toHaveBeenCalledWith({ dataDir, sync: { triggers: true } });
  });

  it('opens a sandboxed window on the built renderer', () => {
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs.preload).toBe(path.join(mainDir, '../preload/index.js'));
    expect(win.loadedFile).toBe(rendererIndex);
    expect(win.loadedUrl).toBeNull();
    expect(win.options).toMatchObject({
      width: 1280,
      height: 800,
      show: false,
      backgroundColor: '#f6f7f9',
    });
  });

  it('shows the window, then the read-only notice, when ready', () => {
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(fake.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({
      detail: 'This database was written by Baton 9.0.',
    });
  });
});

describe('electron/main security wiring', () => {
  it('sets the Content-Security-Policy on every response', () => {
    const listener = fake.session.defaultSession.headersListener!;
    const callback = vi.fn();
    listener({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('refuses permission requests', () => {
    const callback = vi.fn();
    fake.session.defaultSession.requestHandler!(win.webContents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.session.defaultSession.checkHandler!(win.webContents, 'geolocation')).toBe(false);
  });

  it('blocks navigation away from the app, sending web links to the browser', () => {
    const leave = { url: 'https://evil.example/', preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', leave);
    expect(leave.preventDefault).toHaveBeenCalled();
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://evil.example/');

    fake.shell.openExternal.mockClear();
    const script = { url: 'javascript:alert(1)', preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', script);
    expect(script.preventDefault).toHaveBeenCalled();
    expect(fake.shell.openExternal).not.toHaveBeenCalled();

    const reload = { url: `${appUrl}#/board`, preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();
  });

  it('denies new windows and webviews', () => {
    fake.shell.openExternal.mockClear();
    expect(win.webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(win.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({
      action: 'deny',
    });
    expect(fake.shell.openExternal).toHaveBeenCalledOnce();

    const attach = { preventDefault: vi.fn() };
    win.webContents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('electron/main API ports', () => {
  it('serves a port sent by our page', () => {
    const port = new fake.FakeMainPort();
    fake.ipcMain.emit('baton:port', portEvent(port, `${appUrl}#/board`));
    expect(fake.backend.servePort).toHaveBeenCalledOnce();
    expect(port.start).toHaveBeenCalled();
    expect(port.close).not.toHaveBeenCalled();
  });

  it('refuses ports from foreign pages, subframes and other web contents', () => {
    fake.backend.servePort.mockClear();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const foreign = new fake.FakeMainPort();
    fake.ipcMain.emit('baton:port', portEvent(foreign, 'https://evil.example/'));
    const subframe = new fake.FakeMainPort();
    fake.ipcMain.emit('baton:port', {
      ...portEvent(subframe, appUrl),
      senderFrame: { url: appUrl, parent: {} },
    });
    const stranger = new fake.FakeMainPort();
    fake.ipcMain.emit('baton:port', portEvent(stranger, appUrl, new fake.FakeWebContents()));

    expect(fake.backend.servePort).not.toHaveBeenCalled();
    for (const port of [foreign, subframe, stranger]) expect(port.close).toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });

  it('retires the previous port when the page reconnects (reload)', () => {
    fake.backend.servePort.mockClear();
    const first = new fake.FakeMainPort();
    const second = new fake.FakeMainPort();
    fake.ipcMain.emit('baton:port', portEvent(first, appUrl));
    const firstClosed = vi.fn();
    fake.backend.served.at(-1)!.on('close', firstClosed);
    fake.ipcMain.emit('baton:port', portEvent(second, appUrl));
    expect(first.close).toHaveBeenCalledOnce();
    expect(firstClosed).toHaveBeenCalledOnce();
    expect(second.close).not.toHaveBeenCalled();
  });
});

describe('electron/main menu', () => {
  it('forwards New Campaign and Export to the renderer', () => {
    (menuItem('new-campaign')?.click as () => void)();
    (menuItem('export')?.click as () => void)();
    expect(win.webContents.send.mock.calls).toEqual([
      ['baton:menu', 'new-campaign'],
      ['baton:menu', 'export'],
    ]);
  });

  it('backs up and says where the file went', async () => {
    fake.dialog.showMessageBox.mockClear();
    (menuItem('backup')?.click as () => void)();
    expect(fake.backend.backup).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(fake.dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({
      detail: '/data/backups/baton-manual.db',
    });
  });

  it('opens the data folder', () => {
    (menuItem('open-data-folder')?.click as () => void)();
    expect(fake.shell.openPath).toHaveBeenCalledWith(dataDir);
  });
});

describe('electron/main shutdown', () => {
  it('saves the window state when the window closes', () => {
    win.maximized = true;
    win.emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 30, y: 40, width: 1111, height: 777, isMaximized: true });
  });

  it('closes the backend exactly once and quits', () => {
    fake.app.emit('window-all-closed');
    fake.app.emit('will-quit');
    fake.app.emit('will-quit');
    expect(fake.backend.close).toHaveBeenCalledOnce();
    expect(fake.app.quit).toHaveBeenCalled();
  });
});
