import { createContext, useContext } from 'react';
import type { HandoffDetail } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import type { HandoffData } from './useHandoffData';

export interface HandoffContextValue extends HandoffData {
  api: ApiClient;
  /** Shows a mutation's answer right away (before the live update arrives). */
  applyDetail: (detail: HandoffDetail) => void;
  reload: () => Promise<void>;
}

export const HandoffContext = createContext<HandoffContextValue | null>(null);

/** The open handoff and its helpers, for the pieces of the panel. */
export function useHandoff(): HandoffContextValue {
  const value = useContext(HandoffContext);
  if (!value) throw new Error('useHandoff must be used inside <HandoffPanel>');
  return value;
}
