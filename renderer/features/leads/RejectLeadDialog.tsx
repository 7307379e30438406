import { type FormEvent, useState } from 'react';
import { REJECTION_REASONS, type RejectionReason } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { FormDialog, Select, TextArea, toast } from '../../ui';
import { fieldProblem, otherProblems } from './leadForm';
import { REJECTION_REASON_LABELS } from './leadWords';

interface RejectLeadDialogProps {
  open: boolean;
  lead: { id: string; personName: string };
  onClose: () => void;
  onRejected: () => void;
}

function isReason(v: string): v is RejectionReason {
  return (REJECTION_REASONS as readonly string[]).includes(v);
}

/** Sales turns the lead down: a reason from the list and words (required for Other). */
export function RejectLeadDialog({ open, lead, onClose, onRejected }: RejectLeadDialogProps) {
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={`Reject ${lead.personName}`}
      description="Marketing sees the reason in the quality report; the lead goes to re-engagement with a next touch."
      submitLabel="Reject lead"
    >
      {({ formId, onBusy }) => (
        <RejectForm formId={formId} onBusy={onBusy} lead={lead} onRejected={onRejected} />
      )}
    </FormDialog>
  );
}

function RejectForm(props: {
  formId: string;
  onBusy: (busy: boolean) => void;
  lead: { id: string; personName: string };
  onRejected: () => void;
}) {
  const api = useApi();
  const [reason, setReason] = useState<RejectionReason>('wrong-fit');
  const [text, setText] = useState('');
  const [error, setError] = useState<BatonError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Said before the round trip; the backend checks the same and names the same field.
    if (reason === 'other' && text.trim() === '') {
      setError({
        code: 'RULE_VIOLATION',
        message: 'Why is required when the reason is Other',
        issues: [{ field: 'text', problem: 'is required when the reason is Other: say why' }],
      });
      return;
    }
    props.onBusy(true);
    setError(null);
    try {
      await api.leads.reject({ id: props.lead.id, reasonCode: reason, text });
      toast.show({
        kind: 'success',
        title: `Rejected ${props.lead.personName}: ${REJECTION_REASON_LABELS[reason]}`,
        body: 'The lead is in the re-engagement queue.',
      });
      props.onRejected();
    } catch (err) {
      setError(toBatonError(err));
    } finally {
      props.onBusy(false);
    }
  };

  const unplaced = otherProblems(error, ['reasonCode', 'text']);
  return (
    <form id={props.formId} className="lead-form" onSubmit={(e) => void submit(e)} noValidate>
      {unplaced.length > 0 && (
        <p className="lead-error" role="alert">
          Not rejected: {unplaced.join('; ')}
        </p>
      )}
      <Select
        label="Reason"
        value={reason}
        onChange={(e) => isReason(e.target.value) && setReason(e.target.value)}
        error={fieldProblem(error, 'reasonCode')}
        data-autofocus
      >
        {REJECTION_REASONS.map((r) => (
          <option key={r} value={r}>
            {REJECTION_REASON_LABELS[r]}
          </option>
        ))}
      </Select>
      <TextArea
        label="Why"
        rows={3}
        required={reason === 'other'}
        hint={
          reason === 'other'
            ? 'Required for Other.'
            : 'What sales learned on the call, for marketing.'
        }
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={fieldProblem(error, 'text')}
        maxLength={2000}
      />
    </form>
  );
}
