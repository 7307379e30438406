/**
 * What the Electron preload exposes as `window.batonShell`. Types only: the sandboxed preload is
 * one file that can require nothing but `electron`, and the renderer imports these with
 * `import type`. API calls do not go through here but over a MessagePort (see
 * renderer/api/connect.ts and electron/main).
 */

/** Menu commands that the renderer carries out (main only forwards them). */
export type MenuAction = 'new-campaign' | 'export';

export interface BatonShell {
  readonly isElectron: true;
  /** `process.platform` of the machine: 'darwin', 'win32', 'linux', … */
  readonly platform: string;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuAction(callback: (action: MenuAction) => void): () => void;
  /**
   * Asks where to save an exported file (the system save dialog), writes it and opens it in the
   * system viewer. `saved: false` when the person cancelled. Optional so a test's stand-in
   * shell need not fake it.
   */
  saveExport?(file: SaveExportRequest): Promise<{ saved: boolean }>;
}

export interface SaveExportRequest {
  fileName: string;
  base64: string;
}

/** Channel names shared by main and preload, typed so a rename breaks the build, not the app. */
export interface BatonChannels {
  connect: 'baton:connect';
  port: 'baton:port';
  menu: 'baton:menu';
  saveExport: 'baton:save-export';
}
