import type { BatonShell } from '../../shared/api/shell';
import { createHttpClient, createPortClient, type ApiClient } from './client';

declare global {
  interface Window {
    batonShell?: BatonShell;
  }
}

const TOKEN_KEY = 'baton.token';

export type Transport = 'electron' | 'http';

/**
 * Connects to the backend the way this window can: over a MessagePort handed to the Electron
 * preload, or (browser mode) over HTTP on 127.0.0.1 with the per-run token from the URL.
 */
export function connect(): { client: ApiClient; transport: Transport } {
  if (window.batonShell?.isElectron) {
    const channel = new MessageChannel();
    // '*': a file:// page has the opaque origin "null"; the message never leaves this window
    // and the preload only accepts it from this same window.
    window.postMessage('baton:connect', '*', [channel.port2]);
    return { client: createPortClient(channel.port1), transport: 'electron' };
  }
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the secret out of the address bar, history and screenshots.
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  return { client: createHttpClient(window.location.origin, token), transport: 'http' };
}
