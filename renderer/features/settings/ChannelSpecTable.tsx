import { useId, useState } from 'react';
import {
  COPY_FIELDS,
  type CopyField,
  type FieldIssue,
  type ProductionLibraryView,
} from '../../../shared/model';
import { COPY_FIELD_LABELS } from '../../../shared/domain/production';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, toast } from '../../ui';
import {
  EditableCell,
  EditableInput,
  EditableSelect,
  SelectCell,
  type CellOption,
} from './EditableCell';
import { emptyDraft, fromDraft, type SpecDraft, toDraft } from './specDraft';

const RULE_OPTIONS = [
  { value: 'exact', label: 'exact' },
  { value: 'ratio', label: 'ratio' },
] as const;
const COPY_FIELD_OPTIONS: CellOption<CopyField | ''>[] = [
  { value: '', label: '—' },
  ...COPY_FIELDS.map((f) => ({ value: f, label: COPY_FIELD_LABELS[f] })),
];

/** `specs[3].formats[0].maxBytes` → 3. */
function rowOf(field: string): number | null {
  const m = /^specs\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : null;
}

/** The channel spec library as an editable table; saved as a whole, checked by the service. */
export function ChannelSpecTable({
  library,
  onSaved,
}: {
  library: ProductionLibraryView;
  onSaved: (next: ProductionLibraryView) => void;
}) {
  const api = useApi();
  const headingId = useId();
  const [drafts, setDrafts] = useState<SpecDraft[]>(() => library.channelSpecs.map(toDraft));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);

  function edit(i: number, patch: Partial<SpecDraft>) {
    setDrafts((ds) => ds.map((d, k) => (k === i ? { ...d, ...patch } : d)));
    setDirty(true);
  }

  async function save(reset: boolean) {
    setBusy(true);
    try {
      const saved = await api.production.setChannelSpecs({
        specs: reset ? null : drafts.map(fromDraft),
      });
      onSaved(saved);
      setDrafts(saved.channelSpecs.map(toDraft));
      setIssues([]);
      setDirty(false);
      toast.show({
        kind: 'success',
        title: reset ? 'Spec library back to the built-in' : 'Spec library saved',
      });
    } catch (err) {
      const e = toBatonError(err);
      setIssues(e.issues.length > 0 ? e.issues : [{ field: 'specs', problem: e.message }]);
    } finally {
      setBusy(false);
    }
  }

  const general = issues.filter((i) => rowOf(i.field) === null);
  const invalid = (i: number, part: string) =>
    issues.some((x) => x.field.startsWith(`specs[${i}].${part}`)) || undefined;

  return (
    <div className="production-part" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Channel spec library</h3>
      <p className="settings-section__hint">
        Every asset is checked against its channel’s spec. “Exact” sizes must match; “ratio” takes
        the same shape at this size or larger. Leave height empty for any height, max size (30 MB,
        150 KB) empty for no limit.
      </p>
      {general.length > 0 && (
        <ul className="production-problems" role="alert">
          {general.map((g) => (
            <li key={g.field + g.problem}>{g.problem}</li>
          ))}
        </ul>
      )}
      <div className="editable-table-scroll">
        <table className="editable-table production-specs">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Channel</th>
              <th scope="col">Placement</th>
              <th scope="col">W × H (px)</th>
              <th scope="col">Rule</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          {drafts.map((d, i) => {
            const name =
              d.channel || d.placement ? `${d.channel} ${d.placement}`.trim() : `spec ${i + 1}`;
            const rowIssues = issues.filter((x) => rowOf(x.field) === i);
            return (
              <tbody key={d.key} className="production-spec">
                <tr>
                  <EditableCell
                    label={`Id of ${name}`}
                    value={d.id}
                    invalid={invalid(i, 'id')}
                    onChange={(v) => edit(i, { id: v })}
                    size={14}
                  />
                  <EditableCell
                    label={`Channel of ${name}`}
                    value={d.channel}
                    invalid={invalid(i, 'channel')}
                    onChange={(v) => edit(i, { channel: v })}
                    size={12}
                  />
                  <EditableCell
                    label={`Placement of ${name}`}
                    value={d.placement}
                    invalid={invalid(i, 'placement')}
                    onChange={(v) => edit(i, { placement: v })}
                    size={14}
                  />
                  <td className="production-spec__size">
                    <EditableInput
                      label={`Width of ${name}`}
                      value={d.width}
                      inputMode="numeric"
                      invalid={invalid(i, 'width')}
                      onChange={(v) => edit(i, { width: v })}
                      size={5}
                    />
                    ×
                    <EditableInput
                      label={`Height of ${name}`}
                      value={d.height}
                      placeholder="any"
                      inputMode="numeric"
                      invalid={invalid(i, 'height')}
                      onChange={(v) => edit(i, { height: v })}
                      size={5}
                    />
                  </td>
                  <SelectCell
                    label={`Size rule of ${name}`}
                    value={d.dimensionRule}
                    options={RULE_OPTIONS}
                    onChange={(dimensionRule) => edit(i, { dimensionRule })}
                  />
                  <td>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove ${name}`}
                      onClick={() => {
                        setDrafts((ds) => ds.filter((_, k) => k !== i));
                        setIssues([]);
                        setDirty(true);
                      }}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
                <tr className="production-spec__more">
                  <td colSpan={6}>
                    <div className="production-spec__subs">
                      <div className="production-spec__sub">
                        <span className="production-spec__sub-label">Formats (max size)</span>
                        <ul className="production-spec__list">
                          {d.formats.map((f, k) => (
                            <li key={k}>
                              <EditableInput
                                label={`Format ${k + 1} of ${name}`}
                                value={f.format}
                                size={4}
                                invalid={invalid(i, `formats[${k}].format`)}
                                onChange={(v) =>
                                  edit(i, {
                                    formats: d.formats.map((x, j) =>
                                      j === k ? { ...x, format: v } : x,
                                    ),
                                  })
                                }
                              />
                              <EditableInput
                                label={`Max size of format ${k + 1} of ${name}`}
                                value={f.maxSize}
                                placeholder="no limit"
                                size={6}
                                invalid={invalid(i, `formats[${k}].maxBytes`)}
                                onChange={(v) =>
                                  edit(i, {
                                    formats: d.formats.map((x, j) =>
                                      j === k ? { ...x, maxSize: v } : x,
                                    ),
                                  })
                                }
                              />
                              <button
                                type="button"
                                className="production-x"
                                aria-label={`Remove format ${f.format || k + 1} of ${name}`}
                                onClick={() =>
                                  edit(i, { formats: d.formats.filter((_, j) => j !== k) })
                                }
                              >
                                ×
                              </button>
                            </li>
                          ))}
                        </ul>
                        <button
                          type="button"
                          className="production-link"
                          onClick={() =>
                            edit(i, { formats: [...d.formats, { format: '', maxSize: '' }] })
                          }
                        >
                          + format
                        </button>
                      </div>
                      <div className="production-spec__sub">
                        <span className="production-spec__sub-label">Text limits (characters)</span>
                        <ul className="production-spec__list">
                          {d.textLimits.map((l, k) => {
                            const set = (patch: Partial<SpecDraft['textLimits'][number]>) =>
                              edit(i, {
                                textLimits: d.textLimits.map((x, j) =>
                                  j === k ? { ...x, ...patch } : x,
                                ),
                              });
                            return (
                              <li key={k}>
                                <EditableInput
                                  label={`Text limit ${k + 1} label of ${name}`}
                                  value={l.label}
                                  size={10}
                                  invalid={invalid(i, `textLimits[${k}].label`)}
                                  onChange={(v) => set({ label: v })}
                                />
                                <EditableSelect
                                  label={`Text limit ${k + 1} copy field of ${name}`}
                                  value={l.copyField}
                                  options={COPY_FIELD_OPTIONS}
                                  onChange={(copyField) => set({ copyField })}
                                />
                                <EditableInput
                                  label={`Text limit ${k + 1} characters of ${name}`}
                                  value={l.maxChars}
                                  size={4}
                                  inputMode="numeric"
                                  invalid={invalid(i, `textLimits[${k}].maxChars`)}
                                  onChange={(v) => set({ maxChars: v })}
                                />
                                <label className="production-check">
                                  <input
                                    type="checkbox"
                                    checked={l.recommended}
                                    onChange={(e) => set({ recommended: e.target.checked })}
                                  />
                                  recommended
                                </label>
                                <button
                                  type="button"
                                  className="production-x"
                                  aria-label={`Remove text limit ${l.label || k + 1} of ${name}`}
                                  onClick={() =>
                                    edit(i, { textLimits: d.textLimits.filter((_, j) => j !== k) })
                                  }
                                >
                                  ×
                                </button>
                              </li>
                            );
                          })}
                        </ul>
                        <button
                          type="button"
                          className="production-link"
                          onClick={() =>
                            edit(i, {
                              textLimits: [
                                ...d.textLimits,
                                { label: '', copyField: '', maxChars: '', recommended: false },
                              ],
                            })
                          }
                        >
                          + text limit
                        </button>
                      </div>
                    </div>
                  </td>
                </tr>
                {rowIssues.length > 0 && (
                  <tr className="production-spec__issues">
                    <td colSpan={6}>
                      <ul className="production-problems" role="alert">
                        {rowIssues.map((x) => (
                          <li key={x.field + x.problem}>{x.problem}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      </div>
      <div className="settings-section__actions">
        <Button
          size="sm"
          onClick={() => {
            setDrafts((ds) => [...ds, emptyDraft()]);
            setDirty(true);
          }}
        >
          Add spec
        </Button>
        <Button
          size="sm"
          variant="primary"
          busy={busy}
          disabled={!dirty}
          onClick={() => void save(false)}
        >
          Save spec library
        </Button>
        <Button size="sm" disabled={!library.customSpecs || busy} onClick={() => void save(true)}>
          Reset to built-in
        </Button>
        <span className="settings-section__hint">
          {library.customSpecs ? 'This workspace’s own library' : 'The built-in library'} ·{' '}
          {library.channelSpecs.length} specs
        </span>
      </div>
    </div>
  );
}
