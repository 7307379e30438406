import { AlertCircleIcon, CheckCircleIcon, Spinner } from '../../../ui';
import type { SaveState } from './useFieldAutosave';

/** The field's saved state in words beside its label: "Saving…", "Saved" or "Not saved". */
export function SaveStatus({ state }: { state: SaveState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'pending':
    case 'saving':
      return (
        <span className="hf-save hf-save--saving">
          <Spinner size="sm" /> Saving…
        </span>
      );
    case 'saved':
      return (
        <span className="hf-save hf-save--saved">
          <CheckCircleIcon size={14} /> Saved
        </span>
      );
    case 'invalid':
    case 'failed':
      return (
        <span className="hf-save hf-save--failed">
          <AlertCircleIcon size={14} /> Not saved
        </span>
      );
  }
}
