import { useCallback, useEffect, useState } from 'react';
import type { ChannelSpec } from '../../../../../shared/model';
import { specsLimitingCopy } from '../../../../../shared/domain/production/copyLimitCounts';
import { useLiveRefetch } from '../../../../api/ApiContext';
import type { ApiClient } from '../../../../api/client';

// An asset given a spec, or the library edited, changes what the copy is counted against.
const TABLES = ['asset', 'workspace'];

/**
 * The channel specs a campaign's copy is counted against (those of its assets that limit a
 * headline, body or CTA) and every spec that limits copy, for choosing one when it has none.
 */
export function useCopySpecs(api: ApiClient, campaignId: string) {
  const [state, setState] = useState<{ campaign: ChannelSpec[]; all: ChannelSpec[] }>({
    campaign: [],
    all: [],
  });
  const load = useCallback(() => {
    Promise.all([api.production.library(), api.assets.list({ campaignId })])
      .then(([library, register]) => {
        const ids = library.channelSpecs.map((s) => s.id);
        setState({
          all: specsLimitingCopy(library.channelSpecs, ids),
          campaign: specsLimitingCopy(
            library.channelSpecs,
            register.assets.map((a) => a.channelSpecId),
          ),
        });
      })
      .catch(() => {
        // Without the specs the counts still show, without limits.
      });
  }, [api, campaignId]);
  useEffect(load, [load]);
  useLiveRefetch(TABLES, load);
  return state;
}
