import type { WebPreferences } from 'electron';

/**
 * Every security decision of the main process, as pure functions so they are unit-tested in
 * plain Node (index.ts only applies them). See ARCHITECTURE.md, "Security (Electron)".
 */

export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window would otherwise replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

const BASE_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React and the design system set inline style attributes; scripts stay strict.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

function serializePolicy(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The production policy: the renderer only talks to the backend through the preload's port. */
export const CONTENT_SECURITY_POLICY = serializePolicy(BASE_POLICY);

/**
 * The policy while `electron-vite dev` serves the renderer: Vite's React refresh preamble is an
 * inline module script and hot reload needs a WebSocket to the dev server. Never used when
 * packaged.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const ws = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return serializePolicy({
    ...BASE_POLICY,
    'script-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", ws],
  });
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Encoded separators could smuggle a `..` past the URL parser's own normalisation. */
function hasTraversal(pathname: string): boolean {
  if (/%2f|%5c/i.test(pathname)) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.split(/[/\\]/).some((segment) => segment === '..');
}

/**
 * True when `url` is a page of the app itself: same origin as the dev server, or (for the
 * packaged `file://` build) a file inside the folder holding the app's index.html.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'file:') {
    if (target.protocol !== 'file:' || target.host !== app.host) return false;
    if (hasTraversal(target.pathname)) return false;
    const appDir = app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1);
    return target.pathname.startsWith(appDir);
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    return target.origin === app.origin;
  }
  return false;
}

/** `will-navigate`: the renderer is a single page; it may reload itself but never leave. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** IPC senders: only a frame showing the app's own page may hand the backend a port. */
export function isTrustedSender(frameUrl: string | null | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  return isAppUrl(frameUrl, appUrl);
}

/** Links leave the app only to the system browser or mail client, and only for these schemes. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'https:') {
    // user:pass@ in a link is a classic way to disguise the real host.
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') {
    return parsed.pathname.length > 0 && parsed.pathname.includes('@');
  }
  return false;
}

/**
 * Where the renderer comes from. The dev-server URL from electron-vite is honoured only in an
 * unpackaged run and only on the loopback interface, so an environment variable can never point
 * a user's installed app at remote content.
 */
export type RendererSource = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export function isLoopbackDevUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}

export function resolveRendererSource(opts: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  indexHtmlPath: string;
}): RendererSource {
  const { isPackaged, devServerUrl, indexHtmlPath } = opts;
  if (!isPackaged && devServerUrl && isLoopbackDevUrl(devServerUrl)) {
    return { kind: 'url', url: devServerUrl };
  }
  return { kind: 'file', path: indexHtmlPath };
}

/**
 * Web permissions (camera, notifications, geolocation, …) are all refused: the app needs none.
 * The one exception is writing text to the clipboard ("Copy link" buttons), which cannot read
 * anything and only follows a user's click.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

/**
 * Returns the response headers with our Content-Security-Policy in place of any the server sent
 * (the dev server's header names are lower-case; two policies would both be enforced).
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string | string[]>> | undefined,
  policy: string,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
