import { useCallback, useState } from 'react';
import type { CampaignOptimization } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { useOptimizationStore } from './useOptimization';

/**
 * Runs a write whose answer is the campaign's optimization view and shows it; a refusal's
 * message is kept for the form to show next to what it names.
 */
export function useOptimizationCall() {
  const api = useApi();
  const show = useOptimizationStore((s) => s.show);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (call: (api: ApiClient) => Promise<CampaignOptimization>): Promise<boolean> => {
      setBusy(true);
      try {
        show(await call(api));
        setError(null);
        return true;
      } catch (err) {
        const e = toBatonError(err);
        setError(
          e.issues.length ? e.issues.map((i) => `${i.field}: ${i.problem}`).join('; ') : e.message,
        );
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api, show],
  );
  return { run, error, busy, api };
}
