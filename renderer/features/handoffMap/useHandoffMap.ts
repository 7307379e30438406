import { useCallback, useEffect, useState } from 'react';
import type { HandoffMapRow } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';

const TABLES = ['handoffMapEntry', 'person'];

/** The handoff map (saved rows, then defaults not edited yet), kept current. */
export function useHandoffMap() {
  const api = useApi();
  const [rows, setRows] = useState<HandoffMapRow[] | null>(null);
  const load = useCallback(() => {
    api.handoffMap
      .list()
      .then(setRows)
      .catch(() => undefined);
  }, [api]);
  useEffect(load, [load]);
  useLiveRefetch(TABLES, load);
  return { rows, setRows };
}
