import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssetRegisterView } from '../../../../shared/model';
import { useApi, useLiveRefetch } from '../../../api/ApiContext';
import { toBatonError, type BatonError } from '../../../api/errors';

/** What the register shows besides assets: names (people), the library (workspace), slugs. */
const REGISTER_TABLES = ['asset', 'assetVersion', 'person', 'workspace', 'campaign', 'client'];

/** A campaign's asset register, refetched on every live update touching it. */
export function useAssetRegister(campaignId: string) {
  const api = useApi();
  const [view, setView] = useState<AssetRegisterView | null>(null);
  const [loadError, setLoadError] = useState<BatonError | null>(null);
  // Answers can arrive out of order; only the latest request (or mutation answer) may land.
  const seq = useRef(0);

  const load = useCallback(async () => {
    const n = ++seq.current;
    try {
      const v = await api.assets.list({ campaignId });
      if (n === seq.current) {
        setView(v);
        setLoadError(null);
      }
    } catch (err) {
      if (n === seq.current) setLoadError(toBatonError(err));
    }
  }, [api, campaignId]);

  useEffect(() => {
    void load();
  }, [load]);
  useLiveRefetch(REGISTER_TABLES, load);

  /** Runs one mutation answering with the register; its error is returned, not thrown. */
  const mutate = useCallback(
    async (call: () => Promise<AssetRegisterView>): Promise<BatonError | null> => {
      const n = ++seq.current;
      try {
        const v = await call();
        if (n === seq.current) setView(v);
        return null;
      } catch (err) {
        return toBatonError(err);
      }
    },
    [],
  );

  return { view, loadError, reload: load, mutate, api };
}

export type AssetRegisterHandle = ReturnType<typeof useAssetRegister>;
