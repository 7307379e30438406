import type { ExportFile } from '../../../shared/api/exports';

/**
 * Saves an exported file through the browser's download: a file in browser mode; in Electron
 * the download asks where to save it (Electron's default save dialog for downloads).
 */
export function downloadFile(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Electron: the system save dialog, then the system viewer; browser mode: a download. False
 * when the person cancelled the dialog.
 */
export async function saveExportedFile(file: ExportFile): Promise<boolean> {
  const shell = window.batonShell;
  if (!shell?.saveExport) {
    downloadFile(file);
    return true;
  }
  const { saved } = await shell.saveExport({ fileName: file.fileName, base64: file.base64 });
  return saved;
}
