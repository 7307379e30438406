import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BatonChannels, BatonShell, MenuAction } from '../../shared/api/shell';

// Sandboxed preload: one CommonJS file that requires only `electron`. Values are inlined here
// rather than imported, and typed against shared/api/shell so they cannot drift from main.
const CONNECT: BatonChannels['connect'] = 'baton:connect';
const PORT: BatonChannels['port'] = 'baton:port';
const MENU: BatonChannels['menu'] = 'baton:menu';
const SAVE_EXPORT: BatonChannels['saveExport'] = 'baton:save-export';

type TransferablePort = NonNullable<Parameters<typeof ipcRenderer.postMessage>[2]>[number];

// The sandboxed preload is not a DOM page to ESLint; this is all of window it uses.
declare const window: {
  addEventListener(
    type: 'message',
    listener: (event: {
      source: unknown;
      data: unknown;
      ports: readonly TransferablePort[];
    }) => void,
  ): void;
};

const MENU_ACTIONS: Readonly<Record<MenuAction, true>> = { 'new-campaign': true, export: true };

function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && Object.hasOwn(MENU_ACTIONS, value);
}

window.addEventListener('message', (event) => {
  // Only the page itself may connect: not an iframe, not another window holding a reference.
  if (event.source !== window || event.data !== CONNECT) return;
  const [port] = event.ports;
  if (!port) return;
  ipcRenderer.postMessage(PORT, null, [port]);
});

const shell: BatonShell = {
  isElectron: true,
  platform: process.platform,
  onMenuAction(callback) {
    const listener = (_event: IpcRendererEvent, action: unknown): void => {
      if (isMenuAction(action)) callback(action);
    };
    ipcRenderer.on(MENU, listener);
    return () => {
      ipcRenderer.removeListener(MENU, listener);
    };
  },
  saveExport: (file) => ipcRenderer.invoke(SAVE_EXPORT, file) as Promise<{ saved: boolean }>,
};

contextBridge.exposeInMainWorld('batonShell', shell);
