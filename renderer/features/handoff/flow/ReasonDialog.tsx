import { type FormEvent, useId, useState } from 'react';
import type { BatonError } from '../../../api/errors';
import { Button, Dialog, TextArea } from '../../../ui';

export interface ReasonDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description: string;
  label: string;
  confirmLabel: string;
  danger?: boolean;
  /** Resolves to the backend's refusal, or null when it was done. */
  onConfirm: (reason: string) => Promise<BatonError | null>;
}

/** A step that needs a written reason: request changes, override. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { open, onClose, title, description, label, confirmLabel, danger, onConfirm } = props;
  const formId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setProblem(null);
    setFailure(null);
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setProblem(`${label} is required.`);
      return;
    }
    setBusy(true);
    const error = await onConfirm(reason.trim());
    setBusy(false);
    if (!error) {
      close();
      return;
    }
    const onReason = error.issues.find((i) => i.field === 'reason');
    if (onReason) setProblem(`${label} ${onReason.problem}.`);
    else setFailure(error.message);
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      description={description}
      dismissOnBackdrop={false}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" form={formId} variant={danger ? 'danger' : 'primary'} busy={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} className="hf-dialog-form" noValidate>
        <TextArea
          label={label}
          required
          rows={4}
          value={reason}
          error={problem ?? undefined}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setProblem(null);
          }}
          data-autofocus
        />
        {failure ? (
          <p className="hf-error" role="alert">
            {failure}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
