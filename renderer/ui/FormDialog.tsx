import { type ReactNode, useId, useState } from 'react';
import { Button } from './Button';
import { Dialog, type DialogProps } from './Dialog';

/** What the form inside a FormDialog is given to join the dialog's footer. */
export interface FormDialogSlot {
  /** The form's `id`: the footer's submit button sits outside the form and names it. */
  formId: string;
  /** Shows the wait on the submit button while the form saves. */
  onBusy: (busy: boolean) => void;
}

export interface FormDialogProps extends Omit<
  DialogProps,
  'children' | 'footer' | 'dismissOnBackdrop'
> {
  /** The submit button's text, e.g. "Add client". */
  submitLabel: ReactNode;
  /**
   * Renders the form, only while the dialog is open, so each opening starts from fresh values.
   * Give the form `formId` as its id and call `onBusy` around its save.
   */
  children: (slot: FormDialogSlot) => ReactNode;
}

/**
 * A dialog holding one form, with Cancel and the form's submit button in its footer. A stray
 * backdrop click does not close it: it holds unsaved input.
 */
export function FormDialog(props: FormDialogProps) {
  const { open, onClose, submitLabel, children, ...dialog } = props;
  const formId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      {...dialog}
      open={open}
      onClose={onClose}
      dismissOnBackdrop={false}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {submitLabel}
          </Button>
        </>
      }
    >
      {open ? children({ formId, onBusy: setBusy }) : null}
    </Dialog>
  );
}
