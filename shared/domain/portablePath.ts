/**
 * What makes a path in the shared folder safe on every system a teammate may use: Windows
 * refuses `:*?"<>|\` and names like `CON` or `nul.txt`, drops trailing dots, and (without long
 * path support, still the default) fails on paths over 260 characters including the shared
 * folder's own path, which can be long (`C:\Users\…\Dropbox (Agency)\Clients\…`). Cloud clients
 * mangle names beyond ASCII differently (Unicode normalisation on macOS). So Baton writes
 * only ASCII letters, digits, `.`, `_` and `-`, and keeps its part of each path short.
 */
export const MAX_PORTABLE_PATH = 160;

const SAFE_SEGMENT = /^[A-Za-z0-9._-]+$/;
/** Windows device names, reserved with any extension and in any case. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Why `relativePath` (forward slashes) is not portable, or null when it is. */
export function portablePathProblem(relativePath: string): string | null {
  if (relativePath.length >= MAX_PORTABLE_PATH) {
    return `is ${relativePath.length} characters long (at most ${MAX_PORTABLE_PATH - 1})`;
  }
  for (const segment of relativePath.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      return `has an empty, "." or ".." part`;
    }
    if (!SAFE_SEGMENT.test(segment)) {
      return `"${segment}" uses characters other than letters, digits, ".", "_" and "-"`;
    }
    if (RESERVED.test(segment)) return `"${segment}" is a name Windows reserves`;
    if (segment.endsWith('.')) return `"${segment}" ends with a dot, which Windows drops`;
  }
  return null;
}
