import { type FormEvent, useState } from 'react';
import {
  CAMPAIGN_TYPE_LABELS,
  CAMPAIGN_TYPES,
  type HandoffMapRow,
  type HandoffMapSaveInput,
  type Person,
} from '../../../shared/model';
import { Button, Select, TextField } from '../../ui';
import { STAGE_KEYS, stageLabel } from './stageLabel';
import { PersonOptions } from '../people/PersonOptions';

export type RowDraft = Omit<HandoffMapSaveInput, 'id' | 'position'>;

export function draftOf(row: HandoffMapRow | null): RowDraft {
  return {
    fromStage: row?.fromStage ?? 'strategy',
    toStage: row?.toStage ?? 'creative',
    campaignType: row?.campaignType ?? null,
    location: row?.location ?? '',
    tool: row?.tool ?? '',
    ownerId: row?.ownerId ?? null,
    notes: row?.notes ?? '',
  };
}

/** One row's fields in a form; the service names any field it refuses. */
export function HandoffMapRowEditor(props: {
  initial: RowDraft;
  people: readonly Person[];
  errors: Record<string, string>;
  busy: boolean;
  onSave: (draft: RowDraft) => void;
  onCancel: () => void;
}) {
  const { initial, people, errors, busy, onSave, onCancel } = props;
  const [d, setD] = useState(initial);
  const set = (patch: Partial<RowDraft>) => setD((x) => ({ ...x, ...patch }));
  function submit(e: FormEvent) {
    e.preventDefault();
    onSave(d);
  }
  return (
    <form className="handoff-map__editor" onSubmit={submit} noValidate>
      <Select
        label="From"
        value={d.fromStage}
        error={errors.fromStage}
        onChange={(e) => set({ fromStage: e.target.value })}
      >
        {STAGE_KEYS.map((k) => (
          <option key={k} value={k}>
            {stageLabel(k)}
          </option>
        ))}
      </Select>
      <Select
        label="To"
        value={d.toStage}
        error={errors.toStage}
        onChange={(e) => set({ toStage: e.target.value })}
      >
        {STAGE_KEYS.map((k) => (
          <option key={k} value={k}>
            {stageLabel(k)}
          </option>
        ))}
      </Select>
      <Select
        label="Campaign type"
        value={d.campaignType ?? ''}
        error={errors.campaignType}
        onChange={(e) =>
          set({ campaignType: CAMPAIGN_TYPES.find((t) => t === e.target.value) ?? null })
        }
      >
        <option value="">All types</option>
        {CAMPAIGN_TYPES.map((t) => (
          <option key={t} value={t}>
            {CAMPAIGN_TYPE_LABELS[t]}
          </option>
        ))}
      </Select>
      <TextField
        label="Where the material lives"
        value={d.location}
        error={errors.location}
        onChange={(e) => set({ location: e.target.value })}
      />
      <TextField
        label="Tool"
        value={d.tool}
        error={errors.tool}
        onChange={(e) => set({ tool: e.target.value })}
      />
      <Select
        label="Owner"
        value={d.ownerId ?? ''}
        error={errors.ownerId}
        onChange={(e) => set({ ownerId: e.target.value || null })}
      >
        <PersonOptions people={people} none="No owner" />
      </Select>
      <TextField
        label="Notes"
        value={d.notes}
        error={errors.notes}
        onChange={(e) => set({ notes: e.target.value })}
      />
      <div className="handoff-map__editor-actions">
        <Button type="submit" variant="primary" size="sm" busy={busy}>
          Save row
        </Button>
        <Button type="button" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
