import { useId, useState, type FormEvent } from 'react';
import type { BatonError } from '../../api/errors';
import { Button, Dialog, TextArea } from '../../ui';

export interface MoveBackRequest {
  cardId: string;
  cardName: string;
  toStage: string;
  /** The handoff the move reopens, e.g. "Strategy → Creative". */
  reopens: string;
}

interface Props {
  request: MoveBackRequest | null;
  onCancel: () => void;
  /** Resolves to the backend's refusal, if any, which the dialog shows under the reason. */
  onConfirm: (reason: string) => Promise<BatonError | null>;
}

/**
 * Moving a card back reopens an earlier handoff, so it needs a reason, which goes into the
 * handoff's trail. Each request gets a fresh dialog (keyed), so no reason carries over.
 */
export function MoveBackDialog({ request, onCancel, onConfirm }: Props) {
  if (!request) return null;
  return (
    <ReasonDialog
      key={`${request.cardId}:${request.toStage}`}
      request={request}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}

/**
 * Works around ui/Dialog under React's StrictMode (dev builds, including the e2e build): the
 * simulated unmount closes the <dialog> and the remount shows it again, but the browser still
 * delivers that first `close` event afterwards, to a dialog that is open. Dialog treats any
 * `close` as the person's and calls onClose. Remove once Dialog checks `dialog.open` itself.
 */
function isStaleCloseEvent(): boolean {
  // `window.event` is the event being dispatched; Dialog's onClose has no event parameter.
  const event = window.event;
  return event?.type === 'close' && event.target instanceof HTMLDialogElement && event.target.open;
}

function ReasonDialog({ request, onCancel, onConfirm }: Props & { request: MoveBackRequest }) {
  const formId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError('Reason is required');
      return;
    }
    setBusy(true);
    const refused = await onConfirm(reason.trim());
    // On success the dialog is gone by now; on refusal it stays with what went wrong.
    if (refused) {
      setBusy(false);
      const onReason = refused.issues.find((i) => i.field === 'reason');
      setError(onReason ? `Reason ${onReason.problem}` : refused.message);
    }
  };

  return (
    <Dialog
      open
      onClose={() => {
        if (!busy && !isStaleCloseEvent()) onCancel();
      }}
      dismissOnBackdrop={false}
      title={`Move ${request.cardName} back to ${request.toStage}?`}
      description={`This reopens the ${request.reopens} handoff. The reason goes into its trail.`}
      footer={
        <>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            Move back
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <TextArea
          label="Reason"
          required
          rows={3}
          maxLength={5000}
          value={reason}
          error={error ?? undefined}
          placeholder="e.g. The client changed the offer: the brief needs a new primary message."
          onChange={(e) => {
            setReason(e.currentTarget.value);
            if (error) setError(null);
          }}
        />
      </form>
    </Dialog>
  );
}
