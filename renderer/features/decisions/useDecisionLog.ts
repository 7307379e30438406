import { useCallback, useEffect, useState } from 'react';
import type { DecisionLogItem } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';

const TABLES = ['decisionEntry', 'person'];

/** A campaign's decision log, refetched when an entry is added, confirmed or removed anywhere. */
export function useDecisionLog(campaignId: string) {
  const api = useApi();
  const [entries, setEntries] = useState<DecisionLogItem[] | null>(null);
  const load = useCallback(() => {
    api.decisions
      .list({ campaignId })
      .then(setEntries)
      .catch(() => undefined);
  }, [api, campaignId]);
  useEffect(load, [load]);
  useLiveRefetch(TABLES, load);
  return { entries, reload: load };
}
