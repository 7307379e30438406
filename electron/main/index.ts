import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  screen,
  session,
  shell,
  type IpcMainEvent,
  type WebContents,
} from 'electron';
import type { BackendHandle } from '../backend/backendHandle';
import { defaultDataDir } from '../backend/dataDir';
import { startBackend } from '../backend/startBackend';
import type { BatonChannels, MenuAction } from '../../shared/api/shell';
import { once, resolveDataDir } from './lifecycle';
import { buildMenuTemplate } from './menu';
import { handleSaveExport } from './saveExport';
import { adaptMainPort, type AdaptedPort } from './portAdapter';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isAllowedNavigation,
  isPermissionAllowed,
  isSafeExternalUrl,
  isTrustedSender,
  resolveRendererSource,
  webPreferences,
  withContentSecurityPolicy,
} from './security';
import {
  fitToDisplays,
  MIN_HEIGHT,
  MIN_WIDTH,
  readWindowStateFile,
  writeWindowStateFile,
} from './windowState';

/*
 * The Electron shell: it applies decisions made by the pure modules beside it and owns nothing
 * else. The backend is plain Node and knows nothing of Electron.
 */

const PORT_CHANNEL: BatonChannels['port'] = 'baton:port';
const MENU_CHANNEL: BatonChannels['menu'] = 'baton:menu';

const isMac = process.platform === 'darwin';
const isDev = !app.isPackaged;

const dataDir = resolveDataDir(process.env.BATON_DATA_DIR, defaultDataDir);
// setPath throws for a missing folder, and the single-instance lock lives in userData: setting it
// first lets two data folders (e.g. two "devices" under test) run side by side.
fs.mkdirSync(dataDir, { recursive: true });
app.setPath('userData', dataDir);
// Chromium's caches would otherwise sit beside baton.db; keep the folder users open tidy.
app.setPath('sessionData', path.join(dataDir, 'Chromium'));

const rendererSource = resolveRendererSource({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  indexHtmlPath: path.join(__dirname, '../renderer/index.html'),
});
const appUrl =
  rendererSource.kind === 'url' ? rendererSource.url : pathToFileURL(rendererSource.path).href;
const contentSecurityPolicy =
  rendererSource.kind === 'url'
    ? devContentSecurityPolicy(rendererSource.url)
    : CONTENT_SECURITY_POLICY;

let backend: BackendHandle | null = null;
let mainWindow: BrowserWindow | null = null;
let readOnlyNoticeShown = false;
/** One live API connection per page; a reload brings a new port and retires the old one. */
const connections = new Map<number, AdaptedPort>();

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const closeBackend = once(
  () => {
    for (const port of connections.values()) port.close();
    connections.clear();
    backend?.close();
  },
  (error) => console.error('[baton] closing the database failed:', error),
);

function showWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createWindow(): BrowserWindow {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(
    readWindowStateFile(dataDir),
    displays,
    screen.getPrimaryDisplay().workArea,
  );

  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Baton',
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    // The page's --color-bg, so the first paint matches in light and dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#101114' : '#f6f7f9',
    // Packaged builds get their icon from electron-builder; on Linux a dev run needs it here.
    ...(isDev && process.platform === 'linux'
      ? { icon: path.join(app.getAppPath(), 'resources', 'icon.png') }
      : {}),
    webPreferences: webPreferences(path.join(__dirname, '../preload/index.js')),
  });
  const contentsId = win.webContents.id;

  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
    const reason = backend?.readOnlyReason;
    if (reason && !readOnlyNoticeShown) {
      readOnlyNoticeShown = true;
      void dialog.showMessageBox(win, {
        type: 'warning',
        title: 'Baton is read-only',
        message: 'Baton opened your data read-only.',
        detail: reason,
        buttons: ['OK'],
      });
    }
  });

  win.on('close', () => {
    try {
      writeWindowStateFile(dataDir, { ...win.getNormalBounds(), isMaximized: win.isMaximized() });
    } catch (error) {
      // Losing the window's place is harmless; failing to close would not be.
      console.warn('[baton] could not save the window state:', errorMessage(error));
    }
  });

  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  win.webContents.on('destroyed', () => {
    connections.get(contentsId)?.close();
    connections.delete(contentsId);
  });

  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[baton] renderer process gone (${details.reason})`);
    connections.get(contentsId)?.close();
    connections.delete(contentsId);
  });

  const load =
    rendererSource.kind === 'url'
      ? win.loadURL(rendererSource.url)
      : win.loadFile(rendererSource.path);
  load.catch((error: unknown) => {
    console.error('[baton] could not load the interface:', errorMessage(error));
  });

  return win;
}

/**
 * The renderer hands over its end of a MessageChannel (through the preload); the backend serves
 * the API contract on it. Only the main frame of our own window, showing our own page, may do so.
 */
function onPort(event: IpcMainEvent): void {
  const [port, ...extra] = event.ports;
  for (const unexpected of extra) unexpected.close();
  if (!port) return;

  const win = mainWindow;
  const frame = event.senderFrame;
  const trusted =
    win !== null &&
    !win.isDestroyed() &&
    event.sender.id === win.webContents.id &&
    frame !== null &&
    frame.parent === null &&
    isTrustedSender(frame.url, appUrl);
  if (!trusted || !backend) {
    console.warn(`[baton] refused an API port from ${frame?.url ?? 'an unknown frame'}`);
    port.close();
    return;
  }

  const id = event.sender.id;
  connections.get(id)?.close();
  const connection = adaptMainPort(port);
  connections.set(id, connection);
  connection.on('close', () => {
    if (connections.get(id) === connection) connections.delete(id);
  });
  backend.servePort(connection);
  // Started after the backend has attached its listeners, so no early request is dropped.
  connection.start();
}

function sendToRenderer(action: MenuAction): void {
  const win = mainWindow;
  if (!win || win.isDestroyed()) {
    // macOS with every window closed: bring the app back; the user repeats the command.
    showWindow();
    return;
  }
  win.webContents.send(MENU_CHANNEL, action);
}

async function backupNow(): Promise<void> {
  if (!backend) return;
  const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
  let file: string;
  try {
    file = backend.backup();
  } catch (error) {
    dialog.showErrorBox('Backup failed', errorMessage(error));
    return;
  }
  const options = {
    type: 'info' as const,
    title: 'Backup saved',
    message: 'Your Baton data was backed up.',
    detail: file,
    buttons: ['OK', isMac ? 'Show in Finder' : 'Show in Folder'],
    defaultId: 0,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  if (response === 1) shell.showItemInFolder(file);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'About Baton',
    message: `Baton ${app.getVersion()}`,
    detail: [
      'Offline-first marketing handoffs.',
      '',
      `Electron ${process.versions.electron ?? '?'}`,
      `Chromium ${process.versions.chrome ?? '?'}`,
      `Node ${process.versions.node}`,
      '',
      `Data folder: ${dataDir}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

function openDataFolder(): void {
  void shell.openPath(dataDir).then((failure) => {
    if (failure) dialog.showErrorBox('Could not open the data folder', `${dataDir}\n\n${failure}`);
  });
}

function hardenContents(contents: WebContents): void {
  const guard = (event: { url: string; preventDefault(): void }): void => {
    if (isAllowedNavigation(event.url, appUrl)) return;
    event.preventDefault();
    // A plain link to a web page: open it where the user expects, in their browser.
    if (isSafeExternalUrl(event.url)) void shell.openExternal(event.url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function installSessionPolicy(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withContentSecurityPolicy(details.responseHeaders, contentSecurityPolicy),
    });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

function start(): void {
  installSessionPolicy();

  try {
    // Folder sync runs by itself in the app (on start, after edits, on folder events, polled).
    backend = startBackend({ dataDir, sync: { triggers: true } });
  } catch (error) {
    dialog.showErrorBox(
      'Baton could not open its data',
      `${errorMessage(error)}\n\nData folder: ${dataDir}`,
    );
    app.exit(1);
    return;
  }

  ipcMain.on(PORT_CHANNEL, onPort);
  handleSaveExport();

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          sendToRenderer,
          backup: () => void backupNow(),
          about: showAbout,
          openDataFolder,
        },
        { isMac, isDev },
      ),
    ),
  );

  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Baton already has this data folder open; it will come to the front instead.
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) showWindow();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; the backend stays open for the next one.
    if (isMac) return;
    closeBackend();
    app.quit();
  });

  // Not `before-quit`: a page's beforeunload can still cancel the quit after that event, which
  // would leave the app running on a closed database. `will-quit` comes after every window has
  // closed and the quit is certain.
  app.on('will-quit', closeBackend);

  // `npm start` forwards Ctrl+C: quit through Electron so the database is closed cleanly.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => app.quit());
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[baton] start-up failed:', error);
      app.exit(1);
    });
}
