import type { HTMLAttributes } from 'react';
import './editableTable.css';

// The inputs of the settings' editable tables (dashboard standards, channel specs, lead fit
// rules): one look and one way of naming a cell to screen readers and tests ("Target of CTR").
// Tables opt in with the `editable-table` class; its scroll frame is `editable-table-scroll`.

interface EditableInputProps {
  /** Read by screen readers and found by tests: "Width of Instagram story". */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Marks the input as wrong (red outline) until the draft changes. */
  invalid?: boolean;
  size?: number;
  placeholder?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}

export function EditableInput(props: EditableInputProps) {
  return (
    <input
      aria-label={props.label}
      value={props.value}
      placeholder={props.placeholder}
      inputMode={props.inputMode}
      aria-invalid={props.invalid || undefined}
      onChange={(e) => props.onChange(e.target.value)}
      size={props.size}
    />
  );
}

/** A table cell holding one text input. */
export function EditableCell(props: EditableInputProps & { className?: string }) {
  const { className, ...input } = props;
  return (
    <td className={className}>
      <EditableInput {...input} />
    </td>
  );
}

export interface CellOption<V extends string> {
  value: V;
  label: string;
}

interface SelectCellProps<V extends string> {
  label: string;
  value: V;
  options: readonly CellOption<V>[];
  onChange: (value: V) => void;
}

export function EditableSelect<V extends string>(props: SelectCellProps<V>) {
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(e) => {
        // Only the listed values can come back; the lookup keeps the type without a cast.
        const picked = props.options.find((o) => o.value === e.target.value);
        if (picked) props.onChange(picked.value);
      }}
    >
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A table cell holding one select. */
export function SelectCell<V extends string>(props: SelectCellProps<V>) {
  return (
    <td>
      <EditableSelect {...props} />
    </td>
  );
}
