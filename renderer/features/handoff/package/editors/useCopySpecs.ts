import { useEffect, useState } from 'react';
import type { ChannelSpec } from '../../../../../shared/model';
import { specsLimitingCopy } from '../../../../../shared/domain/production/copyLimitCounts';
import type { ApiClient } from '../../../../api/client';

/**
 * The channel specs a campaign's copy is counted against (those of its assets that limit a
 * headline, body or CTA) and every spec that limits copy, for choosing one when it has none.
 */
export function useCopySpecs(api: ApiClient, campaignId: string) {
  const [state, setState] = useState<{ campaign: ChannelSpec[]; all: ChannelSpec[] }>({
    campaign: [],
    all: [],
  });
  useEffect(() => {
    let cancelled = false;
    Promise.all([api.production.library(), api.assets.list({ campaignId })])
      .then(([library, register]) => {
        if (cancelled) return;
        const all = specsLimitingCopy(
          library.channelSpecs,
          library.channelSpecs.map((s) => s.id),
        );
        const campaign = specsLimitingCopy(
          library.channelSpecs,
          register.assets.map((a) => a.channelSpecId),
        );
        setState({ campaign, all });
      })
      .catch(() => {
        // Without the specs the counts still show, without limits.
      });
    return () => {
      cancelled = true;
    };
  }, [api, campaignId]);
  return state;
}
