import type { AssetRegisterView } from '../../../../shared/model';
import { Select, TextField } from '../../../ui';
import type { AssetFactsDraft } from './assetDraft';

interface Props {
  draft: AssetFactsDraft;
  onChange: (draft: AssetFactsDraft) => void;
  specs: AssetRegisterView['specs'];
  /** Problems by field name (`width`, `location`…), from the form or the backend. */
  errors: Record<string, string>;
  /** Focus the name on mount (the edit form opens on it). */
  autoFocus?: boolean;
}

/** Name, channel spec, format, dimensions, file size and location of an asset. */
export function AssetFactsFields({ draft, onChange, specs, errors, autoFocus }: Props) {
  const set = (key: keyof AssetFactsDraft) => (e: { target: { value: string } }) =>
    onChange({ ...draft, [key]: e.target.value });
  return (
    <div className="ar-fields">
      <TextField
        className="ar-fields__wide"
        label="Asset name"
        required
        autoFocus={autoFocus}
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
      />
      <Select
        className="ar-fields__wide"
        label="Channel spec"
        value={draft.channelSpecId}
        onChange={set('channelSpecId')}
        error={errors.channelSpecId}
        hint="From the workspace's spec library: the asset is checked against it."
      >
        <option value="">Not chosen yet</option>
        {specs.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
      <TextField
        label="Format"
        required
        value={draft.format}
        onChange={set('format')}
        error={errors.format}
        placeholder="jpg"
      />
      <TextField
        label="Width (px)"
        inputMode="numeric"
        value={draft.width}
        onChange={set('width')}
        error={errors.width}
      />
      <TextField
        label="Height (px)"
        inputMode="numeric"
        value={draft.height}
        onChange={set('height')}
        error={errors.height}
      />
      <TextField
        label="File size"
        value={draft.fileSize}
        onChange={set('fileSize')}
        error={errors.fileSizeBytes}
        placeholder="1.5 MB"
      />
      <TextField
        className="ar-fields__wide"
        label="Link or path"
        required
        value={draft.location}
        onChange={set('location')}
        error={errors.location}
        placeholder="https://drive… or /Shared/Client/02_creative/…"
      />
    </div>
  );
}
