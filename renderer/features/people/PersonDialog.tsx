import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Person } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, Dialog, TextField, toast } from '../../ui';
import { fieldErrorsOf, requiredErrors, type FieldErrors } from '../manage/fieldErrors';
import {
  PERSON_FIELD_LABELS as LABELS,
  personFormOf,
  toPersonInput,
  type PersonField,
  type PersonFormValues,
} from './personForm';

/** Add a person (`person` null) or edit one: name, email, role. */
export function PersonDialog(props: { open: boolean; person: Person | null; onClose: () => void }) {
  const { open, person, onClose } = props;
  const formId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={person ? `Edit ${person.name}` : 'Add person'}
      description="People of the workspace can be given handoff roles (RACI) and campaign teams."
      size="md"
      dismissOnBackdrop={false}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy}>
            {person ? 'Save person' : 'Add person'}
          </Button>
        </>
      }
    >
      {open ? (
        <PersonForm
          key={person?.id ?? 'new'}
          formId={formId}
          person={person}
          onBusy={setBusy}
          onDone={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function PersonForm(props: {
  formId: string;
  person: Person | null;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const { formId, person, onBusy, onDone } = props;
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<PersonFormValues>(() => personFormOf(person));
  const [errors, setErrors] = useState<FieldErrors<PersonField>>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const field = (key: PersonField) => ({
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
      const input = toPersonInput(values);
      const saved = person
        ? await api.people.update({ id: person.id, ...input })
        : await api.people.create(input);
      toast.show({
        kind: 'success',
        title: person ? `Saved ${saved.name}` : `Added ${saved.name}`,
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

  return (
    <form id={formId} ref={formRef} className="person-form" onSubmit={submit} noValidate>
      <TextField {...field('name')} required autoFocus autoComplete="off" />
      <TextField {...field('email')} type="email" autoComplete="off" />
      <TextField {...field('roleTitle')} placeholder="e.g. Copywriter" />
    </form>
  );
}
