/**
 * The whole surface the preload gives the renderer. Types only: the preload bundle must not pull
 * in other modules (a sandboxed preload is one file that can require nothing but `electron`), and
 * the renderer imports these with `import type`.
 *
 * API calls do not go through here: the renderer creates a `MessageChannel`, keeps one port for
 * its oRPC client and posts the other to its own window:
 *
 *     window.postMessage('baton:connect', '*', [channel.port2]);
 *
 * (`'*'` because a `file://` page has the opaque origin "null", which is not a valid target
 * origin; the message never leaves the window, and the preload only accepts it from that same
 * window.) Main checks the sender and serves the API contract on that port. A reload simply
 * connects again; main closes the previous port.
 */

/** Menu commands that the renderer carries out (main only forwards them). */
export type MenuAction = 'new-campaign' | 'export';

export interface BatonShell {
  readonly isElectron: true;
  /** `process.platform` of the machine: 'darwin', 'win32', 'linux', … */
  readonly platform: string;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuAction(callback: (action: MenuAction) => void): () => void;
}

/** Channel names shared by main and preload, typed so a rename breaks the build, not the app. */
export interface BatonChannels {
  /** window.postMessage data from the renderer to the preload, carrying one port. */
  connect: 'baton:connect';
  /** ipcRenderer.postMessage channel from the preload to main, carrying that port. */
  port: 'baton:port';
  /** webContents.send channel from main to the preload with a MenuAction. */
  menu: 'baton:menu';
}
