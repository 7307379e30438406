import { GB, KB, MB } from '../../../../shared/domain/production/fileSize';

const UNITS: Record<string, number> = { b: 1, bytes: 1, kb: KB, mb: MB, gb: GB };

/**
 * A file size as people type it — `1.5 MB`, `300kb`, `2048` (bytes) — in bytes, with the same
 * 1 MB = 1024 KB the spec library uses. Empty is null (not known yet); anything else unreadable
 * is a message naming the field.
 */
export function parseFileSize(text: string): { bytes: number | null } | { error: string } {
  const t = text.trim().toLowerCase().replace(/,/g, '');
  if (t === '') return { bytes: null };
  const m = /^(\d+(?:\.\d+)?)\s*(b|bytes|kb|mb|gb)?$/.exec(t);
  if (!m) return { error: 'File size: write it like 1.5 MB, 300 KB or 2048 (bytes)' };
  const bytes = Math.round(Number(m[1]) * UNITS[m[2] ?? 'b']!);
  if (bytes <= 0) return { error: 'File size: must be more than 0 bytes' };
  return { bytes };
}

/** Whole pixels, or null when left empty. */
export function parsePixels(
  label: string,
  text: string,
): { pixels: number | null } | { error: string } {
  const t = text.trim();
  if (t === '') return { pixels: null };
  if (!/^\d+$/.test(t) || Number(t) <= 0) {
    return { error: `${label}: must be a whole number of pixels, more than 0` };
  }
  return { pixels: Number(t) };
}

/** The format from a file name's extension (`hero_v01.PNG` → `png`), or '' without one. */
export function formatOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,10})\s*$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

/** A location that is a web link opens in the browser; a path is shown to copy. */
export function isLink(location: string): boolean {
  return /^https?:\/\//i.test(location);
}
