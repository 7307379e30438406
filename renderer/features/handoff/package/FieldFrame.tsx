import type { ReactNode } from 'react';
import { Badge, Button } from '../../../ui';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './useFieldAutosave';

export interface FieldFrameProps {
  /** The element "What's missing" focuses; the first control inside it gets the focus. */
  id: string;
  label: string;
  /** A single control names itself with <label for>; a group (list, table) with aria-labelledby. */
  labelFor?: string;
  labelId: string;
  helpId: string;
  problemId: string;
  help: string;
  required: boolean;
  missing: boolean;
  /** Shown in danger colour under the control, e.g. "Has 4 sentences; at most 3 allowed." */
  problem: string | null;
  save: SaveState;
  onRetry: () => void;
  /** A note under the control, e.g. the restored-draft notice. */
  note?: ReactNode;
  /** Beside the control's bottom edge, e.g. the live sentence counter. */
  meta?: ReactNode;
  children: ReactNode;
}

/** Label, required marker, help, saved state and problem around one package field's editor. */
export function FieldFrame(props: FieldFrameProps) {
  const { id, label, labelFor, labelId, helpId, problemId, help, required } = props;
  const { missing, problem, save, onRetry, note, meta, children } = props;
  const labelClass = required ? 'hf-field__label hf-field__label--required' : 'hf-field__label';
  return (
    <div className="hf-field" id={id}>
      <div className="hf-field__head">
        {labelFor ? (
          <label id={labelId} htmlFor={labelFor} className={labelClass}>
            {label}
          </label>
        ) : (
          <span id={labelId} className={labelClass}>
            {label}
          </span>
        )}
        {missing ? <Badge tone="warning">Missing</Badge> : null}
        <span className="hf-field__status">
          <SaveStatus state={save} />
        </span>
      </div>
      {help ? (
        <p id={helpId} className="hf-field__help">
          {help}
        </p>
      ) : null}
      {children}
      {problem || meta ? (
        <div className="hf-field__meta">
          {problem ? (
            <p id={problemId} className="hf-field__problem">
              {problem}
            </p>
          ) : (
            <span />
          )}
          {meta}
        </div>
      ) : null}
      {save.kind === 'failed' ? (
        <p className="hf-field__failed" role="alert">
          Not saved: {save.message}
          <Button size="sm" variant="secondary" onClick={onRetry}>
            Retry
          </Button>
        </p>
      ) : null}
      {note ? <p className="hf-field__note">{note}</p> : null}
    </div>
  );
}

/** "has 4 sentences; at most 3 allowed" → "Has 4 sentences; at most 3 allowed." */
export function sentence(problem: string): string {
  const text = problem.charAt(0).toUpperCase() + problem.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
