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

/**
 * Moving a card back reopens an earlier handoff, so it needs a reason, which goes into the
 * handoff's trail. The dialog stays mounted and opens per request; the form inside is keyed by
 * the request, so no reason carries over from one card to the next.
 */
export function MoveBackDialog({
  request,
  onCancel,
  onConfirm,
}: {
  request: MoveBackRequest | null;
  onCancel: () => void;
  /** Resolves to the backend's refusal, if any, which the dialog shows under the reason. */
  onConfirm: (reason: string) => Promise<BatonError | null>;
}) {
  const formId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={request !== null}
      onClose={() => {
        if (!busy) onCancel();
      }}
      dismissOnBackdrop={false}
      title={request ? `Move ${request.cardName} back to ${request.toStage}?` : ''}
      description={
        request
          ? `This reopens the ${request.reopens} handoff. The reason goes into its trail.`
          : undefined
      }
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
      {request && (
        <ReasonForm
          key={`${request.cardId}:${request.toStage}`}
          id={formId}
          onBusy={setBusy}
          onConfirm={onConfirm}
        />
      )}
    </Dialog>
  );
}

function ReasonForm({
  id,
  onBusy,
  onConfirm,
}: {
  id: string;
  onBusy: (busy: boolean) => void;
  onConfirm: (reason: string) => Promise<BatonError | null>;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError('Reason is required');
      return;
    }
    onBusy(true);
    const refused = await onConfirm(reason.trim());
    onBusy(false);
    // On success the form is gone by now; on refusal it stays with what went wrong.
    if (refused) {
      const onReason = refused.issues.find((i) => i.field === 'reason');
      setError(onReason ? `Reason ${onReason.problem}` : refused.message);
    }
  };

  return (
    <form id={id} onSubmit={(e) => void submit(e)} noValidate>
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
  );
}
