import { useState } from 'react';
import type { AssetRegisterRow } from '../../../../shared/model';
import type { BatonError } from '../../../api/errors';
import { Button, TextField } from '../../../ui';
import { issuesByField } from './assetDraft';
import { parseFileSize, parsePixels } from './assetInput';
import type { AssetRegisterHandle } from './useAssetRegister';

interface Props {
  row: AssetRegisterRow;
  register: AssetRegisterHandle;
  onDone: () => void;
}

/**
 * The next version's file (its number is given by the register, max + 1) with what changed.
 * Dimensions and size left empty stay as they were. Who and when are recorded by the write.
 */
export function NewVersionForm({ row, register, onDone }: Props) {
  const [fileName, setFileName] = useState(row.nextFileName ?? '');
  const [note, setNote] = useState('');
  const [width, setWidth] = useState('');
  const [height, setHeight] = useState('');
  const [size, setSize] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<BatonError | null>(null);
  const [busy, setBusy] = useState(false);
  const next = `v${String((row.current?.version ?? 0) + 1).padStart(2, '0')}`;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const w = parsePixels('Width', width);
    const h = parsePixels('Height', height);
    const s = parseFileSize(size);
    if ('error' in w || 'error' in h || 'error' in s) {
      setErrors({
        ...('error' in w ? { width: w.error } : {}),
        ...('error' in h ? { height: h.error } : {}),
        ...('error' in s ? { fileSizeBytes: s.error } : {}),
      });
      return;
    }
    setBusy(true);
    const error = await register.mutate(() =>
      register.api.assets.addVersion({
        assetId: row.id,
        fileName,
        note,
        ...(w.pixels !== null ? { width: w.pixels } : {}),
        ...(h.pixels !== null ? { height: h.pixels } : {}),
        ...(s.bytes !== null ? { fileSizeBytes: s.bytes } : {}),
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
    <form
      className="ar-form"
      onSubmit={(e) => void submit(e)}
      aria-label={`New version of ${row.name}`}
    >
      <TextField
        label={`File name (${next})`}
        required
        autoFocus
        value={fileName}
        onChange={(e) => setFileName(e.target.value)}
        error={errors.fileName}
      />
      <TextField
        label="What changed"
        required
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
        placeholder="Logo larger, brighter sky"
      />
      <div className="ar-fields">
        <TextField
          label="Width (px)"
          inputMode="numeric"
          value={width}
          onChange={(e) => setWidth(e.target.value)}
          error={errors.width}
          placeholder={row.width === null ? '' : String(row.width)}
        />
        <TextField
          label="Height (px)"
          inputMode="numeric"
          value={height}
          onChange={(e) => setHeight(e.target.value)}
          error={errors.height}
          placeholder={row.height === null ? '' : String(row.height)}
        />
        <TextField
          label="File size"
          value={size}
          onChange={(e) => setSize(e.target.value)}
          error={errors.fileSizeBytes}
          placeholder={row.sizeLabel ?? '1.5 MB'}
        />
      </div>
      {row.approvalState === 'approved' ? (
        <p className="hf-muted ar-form__note">
          This asset is approved: a new file goes back to draft and needs approving again.
        </p>
      ) : null}
      {failure ? (
        <p className="hf-error" role="alert">
          Could not add the version: {failure.message}
        </p>
      ) : null}
      <div className="ar-form__actions">
        <Button type="submit" variant="primary" size="sm" busy={busy}>
          Add {next}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
