import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Client } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Dialog, TextArea, TextField, toast } from '../../ui';
import { fieldErrorsOf, requiredErrors, type FieldErrors } from '../manage/fieldErrors';
import {
  CLIENT_FIELD_LABELS as LABELS,
  clientFormOf,
  toClientInput,
  type ClientField,
  type ClientFormValues,
} from './clientForm';

/** Add a client (`client` null) or edit one, brand guidelines included. */
export function ClientDialog(props: { open: boolean; client: Client | null; onClose: () => void }) {
  const { open, client, onClose } = props;
  const formId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={client ? `Edit ${client.name}` : 'Add client'}
      description="Every brief for this client starts from these brand guidelines."
      size="lg"
      dismissOnBackdrop={false}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {client ? 'Save client' : 'Add client'}
          </Button>
        </>
      }
    >
      {open ? (
        <ClientForm
          key={client?.id ?? 'new'}
          formId={formId}
          client={client}
          onBusy={setBusy}
          onDone={onClose}
        />
      ) : null}
    </Dialog>
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
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ClientFormValues>(() => clientFormOf(client));
  const [errors, setErrors] = useState<FieldErrors<ClientField>>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const field = (key: ClientField) => ({
    label: LABELS[key],
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [key]: e.target.value }));
      setErrors((er) => ({ ...er, [key]: undefined }));
    },
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing = requiredErrors(values, ['name'], LABELS);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setAttempt((n) => n + 1);
      return;
    }
    onBusy(true);
    try {
      const input = toClientInput(values);
      const saved = client
        ? await api.clients.update({ id: client.id, ...input })
        : await api.clients.create(input);
      toast.show({
        kind: 'success',
        title: client ? `Saved “${saved.name}”` : `Added “${saved.name}”`,
      });
      onDone();
    } catch (err) {
      const { fields, other } = fieldErrorsOf(toBatonError(err), LABELS);
      setErrors(fields);
      setAttempt((n) => n + 1);
      if (other.length > 0) toast.show({ kind: 'error', title: other.join('; ') });
    } finally {
      onBusy(false);
    }
  }

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
