import { useId, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Select, toast } from '../../ui';
import { usePeople } from '../people/peopleStore';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { PersonOptions } from '../people/PersonOptions';

/** "Who am I on this computer": every change made here is signed with this person. */
export function WhoAmISection() {
  const api = useApi();
  const headingId = useId();
  const { people } = usePeople();
  const me = useWorkspaceStore((s) => s.view?.me ?? null);
  const setMe = useWorkspaceStore((s) => s.setMe);
  const [busy, setBusy] = useState(false);

  async function choose(personId: string) {
    if (!personId || personId === me?.id) return;
    setBusy(true);
    try {
      const view = await setMe(api, personId);
      toast.show({ kind: 'success', title: `You are ${view.me?.name ?? 'set'} on this computer` });
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>You on this computer</h2>
      <Select
        label="Who am I on this computer"
        hint="Approvals, acknowledgements and every other change made here are signed with this name."
        value={me?.id ?? ''}
        disabled={busy}
        onChange={(e) => void choose(e.target.value)}
      >
        {me ? null : <option value="">Choose yourself</option>}
        <PersonOptions people={people} withRole />
      </Select>
    </section>
  );
}
