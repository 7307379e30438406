import { type FormEvent, useId, useState } from 'react';
import type { Stage } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, TextField, toast } from '../../ui';
import { useWorkspaceStore } from '../workspace/workspaceStore';

/** The board's stage names, renamed one at a time (the board follows at once). */
export function StageNamesSection() {
  const headingId = useId();
  const stages = useWorkspaceStore((s) => s.view?.stages ?? null);
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Stages</h2>
      <p className="settings-section__hint">
        The board shows one column per stage, in this order. Renaming keeps every campaign and
        handoff where it is.
      </p>
      <ol className="settings-stages">
        {(stages ?? []).map((stage, i) => (
          // Keyed by name too: a rename from elsewhere resets the row to the new name.
          <StageRow key={`${stage.id}:${stage.name}`} stage={stage} position={i + 1} />
        ))}
      </ol>
    </section>
  );
}

function StageRow({ stage, position }: { stage: Stage; position: number }) {
  const api = useApi();
  const [name, setName] = useState(stage.name);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const changed = name.trim() !== stage.name;

  async function rename(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError('Stage name is required');
      return;
    }
    setBusy(true);
    try {
      const saved = await api.stages.rename({ id: stage.id, name });
      await useWorkspaceStore.getState().refreshView(api);
      toast.show({ kind: 'success', title: `Renamed “${stage.name}” to “${saved.name}”` });
    } catch (err) {
      const e2 = toBatonError(err);
      setError(`Stage name ${e2.issues.find((i) => i.field === 'name')?.problem ?? e2.message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li>
      <form className="settings-stage" onSubmit={rename} noValidate>
        <span className="settings-stage__position" aria-hidden="true">
          {position}
        </span>
        <TextField
          label={`Name of stage ${position}`}
          hideLabel
          value={name}
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            setError(undefined);
          }}
        />
        <Button
          type="submit"
          size="sm"
          busy={busy}
          disabled={!changed}
          aria-label={`Rename ${stage.name}`}
        >
          Rename
        </Button>
      </form>
    </li>
  );
}
