import fs from 'node:fs';
import path from 'node:path';

export interface ExportFonts {
  regular: string;
  bold: string;
  italic: string;
}

/**
 * The DejaVu Sans files shipped in resources/fonts: `resources/fonts` next to the sources in
 * dev, tests and the CLI, `<resources>/fonts` in a packaged app (electron-builder
 * extraResources). Never a system font, so every machine makes the same PDF.
 */
export function exportFonts(): ExportFonts {
  const candidates: string[] = [];
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'fonts'));
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'resources', 'fonts'));
    if (path.dirname(dir) === dir) break;
  }
  const dir = candidates.find((c) => fs.existsSync(path.join(c, 'DejaVuSans.ttf')));
  if (!dir) throw new Error(`Baton's PDF fonts are missing (looked in ${candidates[0]})`);
  return {
    regular: path.join(dir, 'DejaVuSans.ttf'),
    bold: path.join(dir, 'DejaVuSans-Bold.ttf'),
    italic: path.join(dir, 'DejaVuSans-Oblique.ttf'),
  };
}
