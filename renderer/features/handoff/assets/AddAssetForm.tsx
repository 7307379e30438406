import { useState } from 'react';
import type { AssetRegisterView } from '../../../../shared/model';
import type { BatonError } from '../../../api/errors';
import { Button, PlusIcon, TextField } from '../../../ui';
import { AssetFactsFields } from './AssetFactsFields';
import { EMPTY_FACTS, issuesByField, parseFacts, type AssetFactsDraft } from './assetDraft';
import { formatOf } from './assetInput';
import { DependencyPicker } from './DependencyPicker';
import type { AssetRegisterHandle } from './useAssetRegister';

interface Props {
  view: AssetRegisterView;
  register: AssetRegisterHandle;
  onDone: () => void;
}

/** A new asset with its first file (v01). Enter in any field submits. */
export function AddAssetForm({ view, register, onDone }: Props) {
  const [facts, setFacts] = useState<AssetFactsDraft>(EMPTY_FACTS);
  const [fileName, setFileName] = useState('');
  const [note, setNote] = useState('');
  const [dependsOn, setDependsOn] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<BatonError | null>(null);
  const [busy, setBusy] = useState(false);

  // The format follows the file name's extension until someone types a format of their own.
  const onFileName = (value: string) => {
    const was = formatOf(fileName);
    setFileName(value);
    if (facts.format === '' || facts.format === was)
      setFacts({ ...facts, format: formatOf(value) });
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const parsed = parseFacts(facts);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setFailure(null);
      return;
    }
    setBusy(true);
    const error = await register.mutate(() =>
      register.api.assets.create({
        campaignId: view.campaignId,
        ...parsed.facts,
        fileName,
        note,
        dependsOn,
      }),
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
    <form className="ar-form" onSubmit={(e) => void submit(e)} aria-label="Add asset">
      <TextField
        label="File name (v01)"
        required
        autoFocus
        value={fileName}
        onChange={(e) => onFileName(e.target.value)}
        error={errors.fileName}
        hint={`The convention: ${view.namingPattern}. A name that breaks it gets a suggested fix.`}
        placeholder="2026-03-14_client-campaign_hero-banner_v01.psd"
      />
      <AssetFactsFields draft={facts} onChange={setFacts} specs={view.specs} errors={errors} />
      <TextField
        label="Note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <DependencyPicker candidates={view.assets} selected={dependsOn} onChange={setDependsOn} />
      {failure ? (
        <p className="hf-error" role="alert">
          Could not add the asset: {failure.message}
        </p>
      ) : null}
      <div className="ar-form__actions">
        <Button type="submit" variant="primary" size="sm" busy={busy} icon={<PlusIcon />}>
          Add asset
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
