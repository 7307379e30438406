import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';

const TABLES = ['workspace'];

/**
 * A setting the whole workspace shares (stored on the workspace row): read once, read again when
 * a teammate's change arrives, and replaced by what a save answers.
 */
export function useWorkspaceSetting<T>(read: (api: ApiClient) => Promise<T>): {
  value: T | null;
  setValue: (next: T) => void;
  loadError: string | null;
} {
  const api = useApi();
  const [value, setValue] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Callers name the reader inline (a new function each render); the api is what changes what
  // it reads, so the latest reader is kept without reloading on every render.
  const readRef = useRef(read);
  readRef.current = read;
  const load = useCallback(() => {
    readRef.current(api).then(
      (v) => {
        setValue(v);
        setLoadError(null);
      },
      (err: unknown) => setLoadError(toBatonError(err).message),
    );
  }, [api]);
  useEffect(load, [load]);
  useLiveRefetch(TABLES, load);
  return { value, setValue, loadError };
}
