import { create } from 'zustand';
import type { FieldValue } from '../../../../shared/model';

/**
 * A request from elsewhere in the panel to edit a package field through its editor (e.g. the
 * brand guidelines' "Override for this campaign" writes into the constraints answer). Going
 * through the editor keeps its draft, autosave and saved state right, where a direct
 * `setField` could be overwritten by a draft the person was typing.
 */
export interface FieldCommand {
  handoffId: string;
  key: string;
  edit: (current: FieldValue) => FieldValue;
  /** Distinguishes two identical requests in a row. */
  nonce: number;
}

interface FieldCommandState {
  command: FieldCommand | null;
  request: (handoffId: string, key: string, edit: (current: FieldValue) => FieldValue) => void;
  done: (nonce: number) => void;
}

let nonce = 0;

export const useFieldCommands = create<FieldCommandState>((set, get) => ({
  command: null,
  request: (handoffId, key, edit) => set({ command: { handoffId, key, edit, nonce: ++nonce } }),
  done: (n) => {
    if (get().command?.nonce === n) set({ command: null });
  },
}));
