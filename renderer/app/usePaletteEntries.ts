import { useEffect } from 'react';
import type { ApiClient } from '../api/client';
import { campaignEntries } from '../features/campaigns/campaignActions';
import { registerActions } from '../features/commands/actionRegistry';
import { switchPersonEntries } from '../features/people/personActions';

/**
 * While the palette is open, one entry per campaign ("Go to campaign: …", "Open campaign: …")
 * and per person ("Switch to …"), registered like any other action and removed on close. Read
 * fresh on each opening rather than kept live, so a closed palette costs nothing.
 */
export function usePaletteEntries(api: ApiClient, open: boolean): void {
  useEffect(() => {
    if (!open) return;
    let unregister: (() => void) | null = null;
    let cancelled = false;
    Promise.all([api.campaigns.list(), api.people.list()])
      .then(([campaigns, people]) => {
        if (cancelled) return;
        unregister = registerActions([
          ...campaignEntries(campaigns),
          ...switchPersonEntries(people),
        ]);
      })
      .catch(() => {
        // The palette still offers every command; only the per-item entries are missing.
      });
    return () => {
      cancelled = true;
      unregister?.();
    };
  }, [api, open]);
}
