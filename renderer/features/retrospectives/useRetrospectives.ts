import { useCallback, useEffect, useState } from 'react';
import type { RetrospectiveView } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';

const RETRO_TABLES = ['retrospective', 'retroImprovement', 'playbookEntry', 'campaign', 'person'];

/** Every retrospective, soonest due first, kept current by live updates. */
export function useRetrospectives() {
  const api = useApi();
  const [list, setList] = useState<RetrospectiveView[] | null>(null);
  const [error, setError] = useState<BatonError | null>(null);
  const load = useCallback(() => {
    api.retrospectives.list({ includeHeld: true }).then(
      (l) => {
        setList(l);
        setError(null);
      },
      (err: unknown) => setError(toBatonError(err)),
    );
  }, [api]);
  useEffect(load, [load]);
  useLiveRefetch(RETRO_TABLES, load);
  return { api, list, error, reload: load };
}
