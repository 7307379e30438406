import { Select } from './Field';

export interface FilterOption {
  id: string;
  name: string;
}

export interface FilterSelectProps {
  label: string;
  value: string;
  /** The empty choice that filters nothing out: "Anyone", "All clients". */
  any: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
  className?: string;
}

/** A labelled filter over named things, whose first choice is "no filter" (value ''). */
export function FilterSelect({
  label,
  value,
  any,
  options,
  onChange,
  className,
}: FilterSelectProps) {
  return (
    <Select
      label={label}
      value={value}
      className={className}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </Select>
  );
}
