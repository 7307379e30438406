import type { Person } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { toast } from '../../ui';

/** Archives a person (soft delete) and offers Undo, which restores them as they were. */
export async function archivePerson(api: ApiClient, person: Person): Promise<void> {
  try {
    await api.people.remove({ id: person.id });
  } catch (err) {
    toast.show({ kind: 'error', title: toBatonError(err).message });
    return;
  }
  toast.show({
    kind: 'success',
    title: `Archived ${person.name}`,
    action: {
      label: 'Undo',
      onAction: () => {
        api.people
          .restore({ id: person.id })
          .then(() => toast.show({ kind: 'success', title: `Restored ${person.name}` }))
          .catch((err: unknown) => toast.show({ kind: 'error', title: toBatonError(err).message }));
      },
    },
  });
}
