import type { Person } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { FormDialog, TextField, toast } from '../../ui';
import { requiredErrors } from '../manage/fieldErrors';
import { useEntityForm } from '../manage/useEntityForm';
import { PERSON_FIELD_LABELS as LABELS, personFormOf, toPersonInput } from './personForm';

/** Add a person (`person` null) or edit one: name, email, role. */
export function PersonDialog(props: { open: boolean; person: Person | null; onClose: () => void }) {
  const { open, person, onClose } = props;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={person ? `Edit ${person.name}` : 'Add person'}
      description="People of the workspace can be given handoff roles (RACI) and campaign teams."
      size="md"
      submitLabel={person ? 'Save person' : 'Add person'}
    >
      {({ formId, onBusy }) => (
        <PersonForm
          key={person?.id ?? 'new'}
          formId={formId}
          person={person}
          onBusy={onBusy}
          onDone={onClose}
        />
      )}
    </FormDialog>
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
  const { formRef, field, submit } = useEntityForm({
    initial: () => personFormOf(person),
    labels: LABELS,
    validate: (v) => requiredErrors(v, ['name'], LABELS),
    onBusy,
    save: async (v) => {
      const input = toPersonInput(v);
      const saved = person
        ? await api.people.update({ id: person.id, ...input })
        : await api.people.create(input);
      toast.show({
        kind: 'success',
        title: person ? `Saved ${saved.name}` : `Added ${saved.name}`,
      });
      onDone();
    },
  });

  return (
    <form id={formId} ref={formRef} className="person-form" onSubmit={submit} noValidate>
      <TextField {...field('name')} required autoFocus autoComplete="off" />
      <TextField {...field('email')} type="email" autoComplete="off" />
      <TextField {...field('roleTitle')} placeholder="e.g. Copywriter" />
    </form>
  );
}
