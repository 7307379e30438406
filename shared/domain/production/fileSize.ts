export const KB = 1024;
export const MB = 1024 * KB;
export const GB = 1024 * MB;

/** `42 MB`, `150 KB`, `1.5 GB`: how platforms state their limits (1 MB = 1024 KB). */
export function formatBytes(bytes: number): string {
  const [unit, size] =
    bytes >= GB ? ['GB', GB] : bytes >= MB ? ['MB', MB] : bytes >= KB ? ['KB', KB] : ['bytes', 1];
  const value = bytes / size;
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${unit}`;
}

/**
 * A size and a limit written so the reader can see which is bigger: a file 12 bytes over a
 * 30 MB limit would otherwise read "30 MB is over the 30 MB limit".
 */
export function formatBytesAgainst(bytes: number, limit: number): [string, string] {
  const a = formatBytes(bytes);
  const b = formatBytes(limit);
  if (a !== b) return [a, b];
  const exact = (n: number) => `${n.toLocaleString('en-US')} bytes`;
  return [exact(bytes), exact(limit)];
}
