import type { KeyboardEvent } from 'react';
import type { FieldType } from '../../../shared/model';
import {
  ArrowDownIcon,
  ArrowUpIcon,
  Button,
  PlusIcon,
  Select,
  TextField,
  TrashIcon,
} from '../../ui';
import { FIELD_TYPE_LABELS, type DraftField } from './templateDraft';

export interface RowMoves {
  index: number;
  count: number;
  onMove: (delta: number, control: string) => void;
  onRemove: () => void;
}

/** Alt+↑ / Alt+↓ anywhere in a row moves it, as the buttons do. */
export function moveKeys(moves: RowMoves) {
  return (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    moves.onMove(e.key === 'ArrowUp' ? -1 : 1, 'keys');
  };
}

export function RowActions({ name, moves }: { name: string; moves: RowMoves }) {
  return (
    <div className="tpl-row__actions">
      <Button
        size="sm"
        variant="ghost"
        icon={<ArrowUpIcon />}
        aria-label={`Move ${name} up`}
        data-action="up"
        disabled={moves.index === 0}
        onClick={() => moves.onMove(-1, 'up')}
      />
      <Button
        size="sm"
        variant="ghost"
        icon={<ArrowDownIcon />}
        aria-label={`Move ${name} down`}
        data-action="down"
        disabled={moves.index === moves.count - 1}
        onClick={() => moves.onMove(1, 'down')}
      />
      <Button
        size="sm"
        variant="ghost"
        icon={<TrashIcon />}
        aria-label={`Remove ${name}`}
        onClick={moves.onRemove}
      />
    </div>
  );
}

interface Props {
  field: DraftField;
  moves: RowMoves;
  problems: ReadonlyMap<string, string>;
  onChange: (patch: Partial<Omit<DraftField, 'uid' | 'isNew'>>) => void;
}

/** One package field: label, key, type, required, help, and a table's columns. */
export function FieldRow({ field, moves, problems, onChange }: Props) {
  const at = `fields.${moves.index}`;
  const name = field.label.trim() || `field ${moves.index + 1}`;
  const columnsProblem = problems.get(`${at}.columns`);
  return (
    <li className="tpl-row" data-row={field.uid} onKeyDown={moveKeys(moves)}>
      <div className="tpl-row__head">
        <span className="tpl-row__number" aria-hidden="true">
          {moves.index + 1}
        </span>
        <TextField
          className="tpl-row__label"
          label="Field label"
          value={field.label}
          error={problems.get(`${at}.label`)}
          onChange={(e) => onChange({ label: e.target.value })}
          data-focus="label"
        />
        <RowActions name={name} moves={moves} />
      </div>
      <div className="tpl-row__grid">
        <Select
          label="Type"
          value={field.type}
          onChange={(e) => onChange({ type: e.target.value as FieldType })}
        >
          {(Object.keys(FIELD_TYPE_LABELS) as FieldType[]).map((t) => (
            <option key={t} value={t}>
              {FIELD_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
        <TextField
          label="Key"
          value={field.key}
          readOnly={!field.isNew}
          error={problems.get(`${at}.key`)}
          onChange={(e) => onChange({ key: e.target.value })}
        />
        <label className="tpl-check">
          <input
            type="checkbox"
            checked={field.required}
            onChange={(e) => onChange({ required: e.target.checked })}
          />
          Required
        </label>
      </div>
      <TextField
        label="Help text"
        value={field.help}
        error={problems.get(`${at}.help`)}
        onChange={(e) => onChange({ help: e.target.value })}
      />
      {field.type === 'table' ? (
        <fieldset className="tpl-columns">
          <legend>Columns of {name}</legend>
          {field.columns.map((c, j) => (
            <div key={j} className="tpl-columns__row">
              <TextField
                label={`Column ${j + 1}`}
                value={c.label}
                error={
                  problems.get(`${at}.columns.${j}.label`) ?? problems.get(`${at}.columns.${j}.key`)
                }
                onChange={(e) =>
                  onChange({
                    columns: field.columns.map((x, k) =>
                      k === j ? { ...x, label: e.target.value } : x,
                    ),
                  })
                }
              />
              <Button
                size="sm"
                variant="ghost"
                icon={<TrashIcon />}
                aria-label={`Remove column ${j + 1} of ${name}`}
                onClick={() => onChange({ columns: field.columns.filter((_, k) => k !== j) })}
              />
            </div>
          ))}
          {columnsProblem ? (
            <p className="tpl-problem" role="alert">
              {columnsProblem}
            </p>
          ) : null}
          <Button
            size="sm"
            icon={<PlusIcon />}
            onClick={() => onChange({ columns: [...field.columns, { key: '', label: '' }] })}
          >
            Add column
          </Button>
        </fieldset>
      ) : null}
    </li>
  );
}
