import { useState } from 'react';
import { CAMPAIGN_TYPE_LABELS, type CampaignType } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { Button, FormDialog, Select, TextField, toast } from '../../ui';
import { useClients } from '../clients/clientsStore';
import { useEntityForm } from '../manage/useEntityForm';
import { usePeople } from '../people/peopleStore';
import {
  CAMPAIGN_FIELD_LABELS as LABELS,
  CAMPAIGN_TYPE_OPTIONS,
  emptyCampaignForm,
  missingCampaignFields,
  toCampaignInput,
} from './campaignForm';
import { useCampaignDialogStore } from './campaignDialogStore';
import { ChannelPicker } from './ChannelPicker';
import { QuickClientForm } from './QuickClientForm';
import { TeamPicker } from './TeamPicker';
import './newCampaign.css';
import { PersonOptions } from '../people/PersonOptions';

/**
 * "New campaign": name, client, type, channels, launch date, owner and team. Blank required
 * fields are named at once; everything else is checked by the backend and its answer is shown
 * under the field it names. On success the campaign's details open with its plan.
 */
export function NewCampaignDialog() {
  const { creating, closeNew } = useCampaignDialogStore();
  return (
    <FormDialog
      open={creating}
      onClose={closeNew}
      title="New campaign"
      description="It starts in the first stage, with its first handoff planned from the launch date."
      size="lg"
      submitLabel="Create campaign"
    >
      {({ formId, onBusy }) => <NewCampaignForm formId={formId} onBusy={onBusy} />}
    </FormDialog>
  );
}

function NewCampaignForm({ formId, onBusy }: { formId: string; onBusy: (b: boolean) => void }) {
  const api = useApi();
  const { clients } = useClients();
  const { people } = usePeople();
  const openDetails = useCampaignDialogStore((s) => s.openDetails);
  const { formRef, values, errors, update, field, submit } = useEntityForm({
    initial: () => emptyCampaignForm(),
    labels: LABELS,
    validate: missingCampaignFields,
    onBusy,
    save: async (v) => {
      const campaign = await api.campaigns.create(toCampaignInput(v));
      toast.show({ kind: 'success', title: `Created “${campaign.name}”` });
      openDetails(campaign.id, true);
    },
  });
  const [addingClient, setAddingClient] = useState(false);

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
      <TextField {...field('name')} required placeholder="e.g. Spring launch" autoFocus />
      <div className="new-campaign__row">
        <div className="new-campaign__client">
          <Select {...field('clientId')} required>
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
          {...field('launchDate')}
          type="date"
          hint="Due dates are planned back from this day."
        />
        <Select {...field('ownerId')}>
          <PersonOptions people={people} none="No owner yet" />
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
