import sodiumModule from 'libsodium-wrappers-sumo';

/**
 * libsodium (WebAssembly) loads asynchronously, once per process, while the sync steps that
 * need it are synchronous (one transaction per batch). Every async entry into sync awaits
 * `cryptoReady()` first; synchronous code asks `loadedSodium()`, which says so plainly when
 * the library is not there yet instead of letting a half-loaded module misbehave.
 */
export type Sodium = typeof sodiumModule;

let loaded: Sodium | null = null;
const ready: Promise<Sodium> = sodiumModule.ready.then(() => {
  loaded = sodiumModule;
  return sodiumModule;
});

export function cryptoReady(): Promise<Sodium> {
  return ready;
}

/** The library, or null while it is still loading. */
export function sodiumIfLoaded(): Sodium | null {
  return loaded;
}

export function loadedSodium(): Sodium {
  if (!loaded) {
    throw new Error('The encryption library is still loading: sync tries again in a moment');
  }
  return loaded;
}
