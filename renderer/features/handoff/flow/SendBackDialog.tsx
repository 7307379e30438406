import { type FormEvent, useId, useState } from 'react';
import type { BatonError } from '../../../api/errors';
import { Button, Dialog, TextArea, TextField } from '../../../ui';

export interface SendBackDialogProps {
  open: boolean;
  onClose: () => void;
  /** What the receiver can name as missing: the package's fields and checklist items. */
  items: readonly string[];
  onConfirm: (missing: string[], reason: string) => Promise<BatonError | null>;
}

/** The receiver's "not yet": names what is missing (items of the package or in their words). */
export function SendBackDialog({ open, onClose, items, onConfirm }: SendBackDialogProps) {
  const formId = useId();
  const groupId = useId();
  const [picked, setPicked] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPicked([]);
    setOther('');
    setReason('');
    setProblem(null);
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = [...picked, ...(other.trim() ? [other.trim()] : [])];
    if (missing.length === 0 && !reason.trim()) {
      setProblem('Name what you still need: tick an item or write it.');
      return;
    }
    setBusy(true);
    const error = await onConfirm(missing, reason.trim());
    setBusy(false);
    if (error) setProblem(error.message);
    else close();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Send back"
      description="The package goes back to its Responsible people with what you still need."
      dismissOnBackdrop={false}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            Send back
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} className="hf-dialog-form" noValidate>
        <fieldset className="hf-fieldset" aria-describedby={groupId}>
          <legend className="hf-fieldset__legend">What is missing or not good enough?</legend>
          <p id={groupId} className="hf-muted">
            Tick what applies; the trail records it by name.
          </p>
          <div className="hf-sendback__items">
            {items.map((item) => (
              <label key={item} className="hf-sendback__item">
                <input
                  type="checkbox"
                  checked={picked.includes(item)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setPicked((p) => (on ? [...p, item] : p.filter((x) => x !== item)));
                    setProblem(null);
                  }}
                />
                {item}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label="Something else"
          value={other}
          onChange={(e) => {
            setOther(e.currentTarget.value);
            setProblem(null);
          }}
        />
        <TextArea
          label="Note for the team"
          rows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setProblem(null);
          }}
        />
        {problem ? (
          <p className="hf-error" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
