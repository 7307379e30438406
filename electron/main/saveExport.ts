import path from 'node:path';
import { BrowserWindow, dialog, ipcMain, shell } from 'electron';
import type { BatonChannels } from '../../shared/api/shell';
import { writeAtomically } from '../export/writeAtomically';

const CHANNEL: BatonChannels['saveExport'] = 'baton:save-export';

/**
 * The renderer's "save this export": the system save dialog, an atomic write, then the file
 * opened in the system viewer. Kept thin: it cannot be tested without a desktop session; the
 * bytes come from the backend's exports.* procedures, tested on their own.
 */
export function handleSaveExport(): void {
  ipcMain.handle(CHANNEL, async (event, request: unknown) => {
    const { fileName, base64 } = (request ?? {}) as { fileName?: unknown; base64?: unknown };
    if (typeof fileName !== 'string' || typeof base64 !== 'string') {
      throw new Error('saveExport: fileName and base64 must be strings');
    }
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: path.basename(fileName) };
    const choice = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    writeAtomically(choice.filePath, Buffer.from(base64, 'base64'));
    const problem = await shell.openPath(choice.filePath);
    // Saved either way; a file with no viewer installed is not a failed export.
    if (problem) console.warn(`Baton saved ${choice.filePath} but could not open it: ${problem}`);
    return { saved: true };
  });
}
