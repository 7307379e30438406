import { type FormEvent, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { FormDialog, toast } from '../../ui';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { LeadFields } from './LeadFields';
import { blankLeadForm, newLeadInput, otherProblems, type LeadFormValues } from './leadForm';

interface NewLeadDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

const FIELDS = Object.keys(blankLeadForm(null));

/** "New lead": every field a lead starts with; refused fields are named on the field. */
export function NewLeadDialog({ open, onClose, onCreated }: NewLeadDialogProps) {
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      size="lg"
      title="New lead"
      description="Marketing's owner and sales' assignee can be set now or later."
      submitLabel="Add lead"
    >
      {({ formId, onBusy }) => (
        <NewLeadForm formId={formId} onBusy={onBusy} onCreated={onCreated} />
      )}
    </FormDialog>
  );
}

function NewLeadForm(props: {
  formId: string;
  onBusy: (busy: boolean) => void;
  onCreated: (id: string) => void;
}) {
  const api = useApi();
  const meId = useWorkspaceStore((s) => s.view?.me?.id ?? null);
  const [values, setValues] = useState<LeadFormValues>(() => blankLeadForm(meId));
  const [error, setError] = useState<BatonError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    props.onBusy(true);
    setError(null);
    try {
      const lead = await api.leads.create(newLeadInput(values));
      toast.show({ kind: 'success', title: `Added ${lead.personName}` });
      props.onCreated(lead.id);
    } catch (err) {
      setError(toBatonError(err));
    } finally {
      props.onBusy(false);
    }
  };

  const unplaced = otherProblems(error, FIELDS);
  return (
    <form id={props.formId} className="lead-form" onSubmit={(e) => void submit(e)} noValidate>
      {unplaced.length > 0 && (
        <p className="lead-error" role="alert">
          Not added: {unplaced.join('; ')}
        </p>
      )}
      {error && unplaced.length === 0 && (
        <p className="visually-hidden" role="alert">
          Not added: {error.issues.map((i) => `${i.field} ${i.problem}`).join('; ')}
        </p>
      )}
      <LeadFields
        values={values}
        set={(patch) => setValues((v) => ({ ...v, ...patch }))}
        error={error}
        autoFocusFirst
      />
    </form>
  );
}
