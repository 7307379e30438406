import { useCallback, useEffect, useState } from 'react';
import type { CampaignDetail } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';

/** Everything a campaign's plan shows depends on, so a teammate's change re-plans live. */
const DETAIL_TABLES = ['campaign', 'client', 'stage', 'handoff', 'handoffEvent'];

export interface CampaignDetailState {
  detail: CampaignDetail | null;
  error: BatonError | null;
  /** Replace with what a write returned (setPlan answers with the new detail). */
  replace: (detail: CampaignDetail) => void;
}

/** One campaign's detail (plan included), kept current while shown; nothing for a null id. */
export function useCampaignDetail(campaignId: string | null): CampaignDetailState {
  const api = useApi();
  const [state, setState] = useState<{
    id: string | null;
    detail: CampaignDetail | null;
    error: BatonError | null;
  }>({ id: campaignId, detail: null, error: null });

  const load = useCallback(() => {
    if (campaignId === null) return;
    api.campaigns
      .get({ id: campaignId })
      .then((detail) => setState({ id: campaignId, detail, error: null }))
      .catch((err: unknown) =>
        setState((s) => ({ id: campaignId, detail: s.detail, error: toBatonError(err) })),
      );
  }, [api, campaignId]);
  useEffect(load, [load]);
  useLiveRefetch(DETAIL_TABLES, load);

  const replace = useCallback(
    (detail: CampaignDetail) => setState({ id: detail.campaign.id, detail, error: null }),
    [],
  );
  // Another campaign was asked for: never show the previous one's detail meanwhile.
  const current = state.id === campaignId ? state : { detail: null, error: null };
  return { detail: current.detail, error: current.error, replace };
}
