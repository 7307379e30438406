import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isAllowedNavigation,
  isPermissionAllowed,
  isSafeExternalUrl,
  isTrustedSender,
  resolveRendererSource,
  webPreferences,
  withContentSecurityPolicy,
} from '../../../electron/main/security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

const appDir = path.resolve('/opt/Baton/resources/app.asar/out/renderer');
const fileAppUrl = pathToFileURL(path.join(appDir, 'index.html')).href;
const devAppUrl = 'http://localhost:5173/';

describe('webPreferences', () => {
  const prefs = webPreferences('/app/out/preload/index.js');

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('uses the given preload script', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
  });
});

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("defaults to 'self' and forbids objects, base and framing", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('allows scripts from the app only: no eval, no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('loosens only what the dev server needs, and still forbids eval', () => {
    const dev = directives(devContentSecurityPolicy('http://localhost:5173'));
    expect(dev.get('script-src')).toContain("'unsafe-inline'");
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('default-src')).toEqual(["'self'"]);
    expect([...dev.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('replaces any policy the server sent instead of adding a second one', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY,
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('isAllowedNavigation', () => {
  it("allows the packaged app's own page and files beside it", () => {
    expect(isAllowedNavigation(fileAppUrl, fileAppUrl)).toBe(true);
    expect(isAllowedNavigation(`${fileAppUrl}#/campaigns/42`, fileAppUrl)).toBe(true);
    expect(
      isAllowedNavigation(pathToFileURL(path.join(appDir, 'assets/a.js')).href, fileAppUrl),
    ).toBe(true);
  });

  it('refuses files outside the app folder, including by traversal', () => {
    expect(isAllowedNavigation(pathToFileURL('/etc/passwd').href, fileAppUrl)).toBe(false);
    expect(
      isAllowedNavigation(
        pathToFileURL(path.join(appDir, '../renderer-evil/index.html')).href,
        fileAppUrl,
      ),
    ).toBe(false);
    expect(
      isAllowedNavigation(`${fileAppUrl.replace('index.html', '')}..%2F..%2Fsecret`, fileAppUrl),
    ).toBe(false);
    expect(isAllowedNavigation(`${fileAppUrl.replace('index.html', '')}%2e%2e/x`, fileAppUrl)).toBe(
      false,
    );
  });

  it('allows the dev server origin and nothing else', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/board', devAppUrl)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', devAppUrl)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/', devAppUrl)).toBe(false);
  });

  it('refuses remote pages and script URLs', () => {
    for (const appUrl of [fileAppUrl, devAppUrl]) {
      expect(isAllowedNavigation('https://evil.example/', appUrl)).toBe(false);
      expect(isAllowedNavigation('javascript:alert(1)', appUrl)).toBe(false);
      expect(isAllowedNavigation('data:text/html,<script>alert(1)</script>', appUrl)).toBe(false);
      expect(isAllowedNavigation('not a url', appUrl)).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender(`${fileAppUrl}#/board`, fileAppUrl)).toBe(true);
    expect(isTrustedSender('https://evil.example/', fileAppUrl)).toBe(false);
    expect(isTrustedSender('about:blank', fileAppUrl)).toBe(false);
    expect(isTrustedSender('', fileAppUrl)).toBe(false);
    expect(isTrustedSender(null, fileAppUrl)).toBe(false);
    expect(isTrustedSender(undefined, devAppUrl)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('opens https and mailto links', () => {
    expect(isSafeExternalUrl('https://example.com/brief?id=1')).toBe(true);
    expect(isSafeExternalUrl('mailto:ana@agency.example')).toBe(true);
  });

  it('refuses every other scheme and disguised hosts', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'smb://server/share',
      'ms-msdt:/id',
      'https://user:pass@evil.example/',
      'mailto:',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('isPermissionAllowed', () => {
  it('refuses device and tracking permissions', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionAllowed(permission), permission).toBe(false);
    }
  });

  it('allows writing to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
  });
});

describe('resolveRendererSource', () => {
  const indexHtmlPath = '/app/out/renderer/index.html';

  it('uses the dev server in an unpackaged run', () => {
    expect(
      resolveRendererSource({ isPackaged: false, devServerUrl: devAppUrl, indexHtmlPath }),
    ).toEqual({ kind: 'url', url: devAppUrl });
  });

  it('ignores the dev server variable once packaged', () => {
    expect(
      resolveRendererSource({ isPackaged: true, devServerUrl: devAppUrl, indexHtmlPath }),
    ).toEqual({ kind: 'file', path: indexHtmlPath });
  });

  it('never loads a remote URL from the environment', () => {
    expect(
      resolveRendererSource({
        isPackaged: false,
        devServerUrl: 'https://evil.example/',
        indexHtmlPath,
      }),
    ).toEqual({ kind: 'file', path: indexHtmlPath });
  });

  it('loads the built file when no dev server runs', () => {
    expect(
      resolveRendererSource({ isPackaged: false, devServerUrl: undefined, indexHtmlPath }),
    ).toEqual({ kind: 'file', path: indexHtmlPath });
  });
});
