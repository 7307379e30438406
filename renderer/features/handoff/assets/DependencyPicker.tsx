import type { AssetRegisterRow } from '../../../../shared/model';

interface Props {
  /** The assets it could need: the register's others. */
  candidates: readonly AssetRegisterRow[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Which assets must exist before this one: a checkbox per other asset of the register. */
export function DependencyPicker({ candidates, selected, onChange }: Props) {
  if (candidates.length === 0) return null;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <fieldset className="ar-deps">
      <legend className="ar-deps__legend">Needs first</legend>
      <div className="ar-deps__list">
        {candidates.map((c) => (
          <label key={c.id} className="ar-deps__item">
            <input
              type="checkbox"
              checked={selected.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
