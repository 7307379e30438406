import { useState } from 'react';
import type { AssetRegisterRow, AssetRegisterView } from '../../../../shared/model';
import type { BatonError } from '../../../api/errors';
import { Button } from '../../../ui';
import { AssetFactsFields } from './AssetFactsFields';
import { factsOf, issuesByField, parseFacts } from './assetDraft';
import { DependencyPicker } from './DependencyPicker';
import type { AssetRegisterHandle } from './useAssetRegister';

interface Props {
  row: AssetRegisterRow;
  view: AssetRegisterView;
  register: AssetRegisterHandle;
  onDone: () => void;
}

/** Edits an asset's facts and what it needs; a cycle is refused and named by the backend. */
export function EditAssetForm({ row, view, register, onDone }: Props) {
  const [facts, setFacts] = useState(() => factsOf(row));
  const live = new Set(view.assets.map((a) => a.id));
  // Needs of removed assets are kept in the row for a restore but not offered here.
  const [dependsOn, setDependsOn] = useState(() => row.dependsOn.filter((id) => live.has(id)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<BatonError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const parsed = parseFacts(facts, { label: row.sizeLabel ?? '', bytes: row.fileSizeBytes });
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setBusy(true);
    const error = await register.mutate(() =>
      register.api.assets.update({ id: row.id, ...parsed.facts, dependsOn }),
    );
    setBusy(false);
    if (error) {
      setErrors(issuesByField(error.issues));
      setFailure(error);
      return;
    }
    onDone();
  };

  return (
    <form className="ar-form" onSubmit={(e) => void submit(e)} aria-label={`Edit ${row.name}`}>
      <AssetFactsFields
        draft={facts}
        onChange={setFacts}
        specs={view.specs}
        errors={errors}
        autoFocus
      />
      <DependencyPicker
        candidates={view.assets.filter((a) => a.id !== row.id)}
        selected={dependsOn}
        onChange={setDependsOn}
      />
      {failure ? (
        <p className="hf-error" role="alert">
          {errors.dependsOn?.startsWith('cycle: ')
            ? `Not saved: what it needs would go round in a circle — ${errors.dependsOn.slice('cycle: '.length)}`
            : `Could not save: ${failure.message}`}
        </p>
      ) : null}
      <div className="ar-form__actions">
        <Button type="submit" variant="primary" size="sm" busy={busy}>
          Save
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
