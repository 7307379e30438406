import { TextField } from '../../ui';
import { moveKeys, RowActions, type RowMoves } from './FieldRow';
import type { DraftItem } from './templateDraft';

interface Props {
  item: DraftItem;
  moves: RowMoves;
  problems: ReadonlyMap<string, string>;
  onChange: (patch: Partial<Pick<DraftItem, 'label' | 'required'>>) => void;
}

/** One checklist item the package starts with. */
export function ChecklistRow({ item, moves, problems, onChange }: Props) {
  const at = `checklist.${moves.index}`;
  const name = item.label.trim() || `item ${moves.index + 1}`;
  return (
    <li className="tpl-row tpl-row--item" data-row={item.uid} onKeyDown={moveKeys(moves)}>
      <div className="tpl-row__head">
        <span className="tpl-row__number" aria-hidden="true">
          {moves.index + 1}
        </span>
        <TextField
          className="tpl-row__label"
          label="Checklist item"
          value={item.label}
          error={problems.get(`${at}.label`) ?? problems.get(`${at}.key`)}
          onChange={(e) => onChange({ label: e.target.value })}
          data-focus="label"
        />
        <label className="tpl-check">
          <input
            type="checkbox"
            checked={item.required}
            onChange={(e) => onChange({ required: e.target.checked })}
          />
          Required
        </label>
        <RowActions name={name} moves={moves} />
      </div>
    </li>
  );
}
