import { useCallback, useEffect, useRef, useState } from 'react';
import type { LeadDetail } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { LEAD_TABLES } from './leadOptions';

export interface LeadDetailState {
  detail: LeadDetail | null;
  error: BatonError | null;
  /** Re-reads the lead (after a write whose answer is not the whole detail). */
  reload: () => void;
  /** A write's answer that is the whole detail replaces what is shown. */
  show: (detail: LeadDetail) => void;
}

/** The open lead, re-read when it, its touches or handoffs change here or from a teammate. */
export function useLeadDetail(leadId: string): LeadDetailState {
  const api = useApi();
  const [detail, setDetail] = useState<LeadDetail | null>(null);
  const [error, setError] = useState<BatonError | null>(null);
  // Answers arriving out of order (two quick writes) must not show the older one.
  const seq = useRef(0);

  const reload = useCallback(() => {
    const mine = ++seq.current;
    api.leads
      .get({ id: leadId })
      .then((d) => {
        if (mine !== seq.current) return;
        setDetail(d);
        setError(null);
      })
      .catch((err: unknown) => {
        if (mine === seq.current) setError(toBatonError(err));
      });
  }, [api, leadId]);
  useEffect(reload, [reload]);
  useLiveRefetch(LEAD_TABLES, reload);

  const show = useCallback((d: LeadDetail) => {
    seq.current++;
    setDetail(d);
    setError(null);
  }, []);

  return { detail, error, reload, show };
}
