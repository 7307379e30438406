import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { CAMPAIGN_TYPE_LABELS, type CampaignType } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Dialog, Select, TextField, toast } from '../../ui';
import { useClients } from '../clients/clientsStore';
import { fieldErrorsOf, type FieldErrors } from '../manage/fieldErrors';
import { usePeople } from '../people/peopleStore';
import {
  CAMPAIGN_FIELD_LABELS as LABELS,
  CAMPAIGN_TYPE_OPTIONS,
  emptyCampaignForm,
  missingCampaignFields,
  toCampaignInput,
  type CampaignField,
  type CampaignFormValues,
} from './campaignForm';
import { useCampaignDialogStore } from './campaignDialogStore';
import { ChannelPicker } from './ChannelPicker';
import { QuickClientForm } from './QuickClientForm';
import { TeamPicker } from './TeamPicker';
import './newCampaign.css';

/**
 * "New campaign": name, client, type, channels, launch date, owner and team. Blank required
 * fields are named at once; everything else is checked by the backend and its answer is shown
 * under the field it names. On success the campaign's details open with its plan.
 */
export function NewCampaignDialog() {
  const { creating, closeNew } = useCampaignDialogStore();
  const formId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={creating}
      onClose={closeNew}
      title="New campaign"
      description="It starts in the first stage, with its first handoff planned from the launch date."
      size="lg"
      dismissOnBackdrop={false}
      footer={
        <>
          <Button onClick={closeNew}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            Create campaign
          </Button>
        </>
      }
    >
      {creating ? <NewCampaignForm formId={formId} onBusy={setBusy} /> : null}
    </Dialog>
  );
}

function NewCampaignForm({ formId, onBusy }: { formId: string; onBusy: (b: boolean) => void }) {
  const api = useApi();
  const { clients } = useClients();
  const { people } = usePeople();
  const openDetails = useCampaignDialogStore((s) => s.openDetails);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<CampaignFormValues>(() => emptyCampaignForm());
  const [errors, setErrors] = useState<FieldErrors<CampaignField>>({});
  const [addingClient, setAddingClient] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // After a failed attempt, take the person to the first field that needs them.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const update = <K extends CampaignField>(key: K, value: CampaignFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((er) => ({ ...er, [key]: undefined }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing = missingCampaignFields(values);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setAttempt((n) => n + 1);
      return;
    }
    onBusy(true);
    try {
      const campaign = await api.campaigns.create(toCampaignInput(values));
      toast.show({ kind: 'success', title: `Created “${campaign.name}”` });
      openDetails(campaign.id, true);
    } catch (err) {
      const { fields, other } = fieldErrorsOf(toBatonError(err), LABELS);
      setErrors(fields);
      setAttempt((n) => n + 1);
      if (other.length > 0) toast.show({ kind: 'error', title: other.join('; ') });
    } finally {
      onBusy(false);
    }
  }

  const noClients = clients.length === 0;
  return (
    <form
      id={formId}
      ref={formRef}
      className="new-campaign"
      onSubmit={submit}
      noValidate
      aria-label="New campaign"
    >
      <TextField
        label={LABELS.name}
        required
        value={values.name}
        error={errors.name}
        placeholder="e.g. Spring launch"
        autoFocus
        onChange={(e) => update('name', e.target.value)}
      />
      <div className="new-campaign__row">
        <div className="new-campaign__client">
          <Select
            label={LABELS.clientId}
            required
            value={values.clientId}
            error={errors.clientId}
            onChange={(e) => update('clientId', e.target.value)}
          >
            <option value="">{noClients ? 'No clients yet' : 'Choose a client'}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
          {!addingClient ? (
            <Button
              variant="ghost"
              size="sm"
              className="new-campaign__add-client"
              onClick={() => setAddingClient(true)}
            >
              + Add client
            </Button>
          ) : null}
        </div>
        <Select
          label={LABELS.type}
          required
          value={values.type}
          error={errors.type}
          onChange={(e) => update('type', e.target.value as CampaignType)}
        >
          {CAMPAIGN_TYPE_OPTIONS.map((t) => (
            <option key={t} value={t}>
              {CAMPAIGN_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
      </div>
      {addingClient ? (
        <QuickClientForm
          onCancel={() => setAddingClient(false)}
          onAdded={(client) => {
            setAddingClient(false);
            update('clientId', client.id);
          }}
        />
      ) : null}
      <div className="new-campaign__row">
        <TextField
          label={LABELS.launchDate}
          type="date"
          value={values.launchDate}
          error={errors.launchDate}
          hint="Due dates are planned back from this day."
          onChange={(e) => update('launchDate', e.target.value)}
        />
        <Select
          label={LABELS.ownerId}
          value={values.ownerId}
          error={errors.ownerId}
          onChange={(e) => update('ownerId', e.target.value)}
        >
          <option value="">No owner yet</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      <ChannelPicker
        value={values.channels}
        error={errors.channels}
        onChange={(channels) => update('channels', channels)}
      />
      <TeamPicker
        people={people}
        value={values.team}
        error={errors.team}
        onChange={(team) => update('team', team)}
      />
    </form>
  );
}
