import { useCallback, useState } from 'react';
import type { HandoffDetail } from '../../../shared/model';
import { toBatonError, type BatonError } from '../../api/errors';
import { useHandoff } from './handoffContext';

/** Runs one mutation that answers with the fresh handoff, keeping its busy state and error. */
export function useHandoffMutation() {
  const { applyDetail } = useHandoff();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<BatonError | null>(null);
  const run = useCallback(
    async (call: () => Promise<HandoffDetail>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        applyDetail(await call());
        return true;
      } catch (err) {
        setError(toBatonError(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [applyDetail],
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
