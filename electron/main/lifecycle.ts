import path from 'node:path';

/**
 * `BATON_DATA_DIR` lets tests, a second "device" on one machine, or a portable install keep their
 * own database. A relative value is taken from the working directory, as a user would expect.
 */
export function resolveDataDir(envValue: string | undefined, fallback: () => string): string {
  const fromEnv = envValue?.trim();
  return fromEnv ? path.resolve(fromEnv) : fallback();
}

/**
 * Wraps a shutdown step so that `before-quit`, `window-all-closed` and `will-quit` may all fire
 * (or one fire twice) and the step still runs once. A throw is reported, not rethrown: quitting
 * must not be blocked by a failing close.
 */
export function once(step: () => void, onError: (error: unknown) => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      step();
    } catch (error) {
      onError(error);
    }
  };
}
