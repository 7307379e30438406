import { type FormEvent, useState } from 'react';
import type { LeadRowView } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { Button, toast } from '../../ui';
import { LeadFields } from './LeadFields';
import { leadFieldDomId } from './leadFixTargets';
import { formOfLead, otherProblems, updateOf, type LeadFormValues } from './leadForm';

const EDITED = [
  'company',
  'jobTitle',
  'sourceCampaignId',
  'sourceChannel',
  'ownerId',
  'assigneeId',
  'interests',
  'notes',
] as const satisfies readonly (keyof LeadFormValues)[];

/** The lead's details, edited in place and saved together. */
export function LeadEditForm({ lead, onSaved }: { lead: LeadRowView; onSaved: () => void }) {
  const api = useApi();
  const [before, setBefore] = useState(() => formOfLead(lead));
  const [values, setValues] = useState(before);
  const [error, setError] = useState<BatonError | null>(null);
  const [busy, setBusy] = useState(false);
  const patch = updateOf(lead.id, before, values);
  const dirty = Object.keys(patch).length > 1;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!dirty) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api.leads.update(patch);
      const now = formOfLead(saved);
      setBefore(now);
      setValues(now);
      toast.show({ kind: 'success', title: 'Saved' });
      onSaved();
    } catch (err) {
      setError(toBatonError(err));
    } finally {
      setBusy(false);
    }
  };

  const unplaced = otherProblems(error, EDITED);
  return (
    <form className="lead-edit" aria-label="Lead details" onSubmit={(e) => void save(e)} noValidate>
      {unplaced.length > 0 && (
        <p className="lead-error" role="alert">
          Not saved: {unplaced.join('; ')}
        </p>
      )}
      <LeadFields
        values={values}
        set={(p) => setValues((v) => ({ ...v, ...p }))}
        error={error}
        only={EDITED}
        idOf={(f) => leadFieldDomId(lead.id, f)}
      />
      <div className="lead-actions">
        <Button type="submit" variant="primary" disabled={!dirty} busy={busy}>
          Save details
        </Button>
        {dirty && (
          <Button variant="ghost" onClick={() => setValues(before)}>
            Discard changes
          </Button>
        )}
      </div>
    </form>
  );
}
