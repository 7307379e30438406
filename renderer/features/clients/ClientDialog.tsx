import type { Client } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { FormDialog, TextArea, TextField, toast } from '../../ui';
import { requiredErrors } from '../manage/fieldErrors';
import { useEntityForm } from '../manage/useEntityForm';
import { CLIENT_FIELD_LABELS as LABELS, clientFormOf, toClientInput } from './clientForm';

/** Add a client (`client` null) or edit one, brand guidelines included. */
export function ClientDialog(props: { open: boolean; client: Client | null; onClose: () => void }) {
  const { open, client, onClose } = props;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={client ? `Edit ${client.name}` : 'Add client'}
      description="Every brief for this client starts from these brand guidelines."
      size="lg"
      submitLabel={client ? 'Save client' : 'Add client'}
    >
      {({ formId, onBusy }) => (
        <ClientForm
          key={client?.id ?? 'new'}
          formId={formId}
          client={client}
          onBusy={onBusy}
          onDone={onClose}
        />
      )}
    </FormDialog>
  );
}

function ClientForm(props: {
  formId: string;
  client: Client | null;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const { formId, client, onBusy, onDone } = props;
  const api = useApi();
  const { formRef, values, field, submit } = useEntityForm({
    initial: () => clientFormOf(client),
    labels: LABELS,
    validate: (v) => requiredErrors(v, ['name'], LABELS),
    onBusy,
    save: async (v) => {
      const input = toClientInput(v);
      const saved = client
        ? await api.clients.update({ id: client.id, ...input })
        : await api.clients.create(input);
      toast.show({
        kind: 'success',
        title: client ? `Saved “${saved.name}”` : `Added “${saved.name}”`,
      });
      onDone();
    },
  });

  const colour = /^#[0-9a-f]{6}$/i.test(values.accentColor) ? values.accentColor : '#000000';
  return (
    <form id={formId} ref={formRef} className="client-form" onSubmit={submit} noValidate>
      <div className="client-form__row">
        <TextField {...field('name')} required autoFocus placeholder="e.g. Northwind Coffee" />
        <div className="client-form__colour">
          <TextField
            {...field('accentColor')}
            hint="Marks the client’s cards on the board."
            spellCheck={false}
            maxLength={7}
          />
          <input
            type="color"
            className="client-form__picker"
            aria-label="Pick the accent colour"
            value={colour}
            onChange={field('accentColor').onChange}
          />
        </div>
      </div>
      <fieldset className="client-form__brand">
        <legend>Brand guidelines</legend>
        <TextArea {...field('brand.voice')} rows={3} placeholder="How the brand speaks" />
        <div className="client-form__row">
          <TextArea {...field('brand.dos')} rows={4} hint="One rule per line." />
          <TextArea {...field('brand.donts')} rows={4} hint="One rule per line." />
        </div>
        <div className="client-form__row">
          <TextArea {...field('brand.logoRules')} rows={3} />
          <TextArea {...field('brand.colourRules')} rows={3} />
        </div>
        <TextArea
          {...field('brand.legalLines')}
          rows={2}
          hint="Disclaimers and trademark lines every asset must carry."
        />
      </fieldset>
    </form>
  );
}
