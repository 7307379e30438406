/** What every package-field editor gets from the field around it. */
export interface EditorProps<V> {
  /** Id of the control (single controls) or of the group's first control. */
  id: string;
  /** The field's name, used in the names of sub-controls ("Supporting points, item 2"). */
  label: string;
  labelId: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  value: V;
  onChange: (value: V) => void;
  onFocus: () => void;
  onBlur: () => void;
}
