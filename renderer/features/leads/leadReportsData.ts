import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';
import { useWorkspaceStore } from '../workspace/workspaceStore';

/** Leads, their handoffs and touches, and what names them (campaigns, people, the SLA). */
export const LEAD_REPORT_TABLES = [
  'lead',
  'leadHandoff',
  'leadTouch',
  'campaign',
  'person',
  'workspace',
];

export interface LeadReport<T> {
  status: 'loading' | 'ready' | 'error';
  data: T | null;
  error: BatonError | null;
  reload: () => void;
}

/**
 * One lead report fetched from the backend, fetched again when `key` changes (a new range) and
 * after any write to the lead tables, here or from a teammate. An answer that arrives after a
 * newer request was made is dropped, so a slow old range never replaces the new one.
 */
export function useLeadReport<T>(
  key: string,
  fetch: (api: ApiClient) => Promise<T>,
): LeadReport<T> {
  const api = useApi();
  const [state, setState] = useState<Omit<LeadReport<T>, 'reload'>>({
    status: 'loading',
    data: null,
    error: null,
  });
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    fetchRef
      .current(api)
      .then((data) => {
        if (ticket === latest.current) setState({ status: 'ready', data, error: null });
      })
      .catch((err: unknown) => {
        if (ticket === latest.current)
          setState((s) => ({ ...s, status: 'error', error: toBatonError(err) }));
      });
    // `key` stands for what `fetch` reads: a new key is a new request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  useEffect(reload, [reload]);
  useLiveRefetch(LEAD_REPORT_TABLES, reload);
  return { ...state, reload };
}

/** The workspace's home time zone: the reports' days are its days. */
export function useHomeZone(): string {
  return useWorkspaceStore((s) => s.view?.workspace.homeTimeZone ?? 'UTC');
}
