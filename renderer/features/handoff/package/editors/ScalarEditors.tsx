import type { Person } from '../../../../../shared/model';
import { ChevronDownIcon } from '../../../../ui';
import type { EditorProps } from './editorProps';

// Single-control editors: text, link, long text, date, number, person. They use the design
// system's control look (`ui-control`) with the field's own label, help and problem around them.

function aria(p: Omit<EditorProps<unknown>, 'value' | 'onChange'>) {
  return {
    id: p.id,
    'aria-describedby': p.describedBy,
    'aria-invalid': p.invalid || undefined,
    'aria-required': p.required || undefined,
    onFocus: p.onFocus,
    onBlur: p.onBlur,
  };
}

export function TextEditor(p: EditorProps<string> & { type?: 'text' | 'url' }) {
  return (
    <input
      {...aria(p)}
      type={p.type ?? 'text'}
      className="ui-control"
      value={p.value}
      placeholder={p.type === 'url' ? 'https://… or a path on the shared drive' : undefined}
      onChange={(e) => p.onChange(e.currentTarget.value)}
    />
  );
}

/** Grows with its text (CSS `field-sizing: content`) so a long answer never hides in a scroll box. */
export function LongTextEditor(p: EditorProps<string>) {
  return (
    <textarea
      {...aria(p)}
      rows={3}
      className="ui-control ui-control--textarea hf-autosize"
      value={p.value}
      onChange={(e) => p.onChange(e.currentTarget.value)}
    />
  );
}

export function DateEditor(p: EditorProps<string | null>) {
  return (
    <input
      {...aria(p)}
      type="date"
      className="ui-control hf-control--short"
      value={p.value ?? ''}
      onChange={(e) => p.onChange(e.currentTarget.value || null)}
    />
  );
}

export function NumberEditor(p: EditorProps<number | null>) {
  return (
    <input
      {...aria(p)}
      type="number"
      inputMode="decimal"
      className="ui-control hf-control--short"
      value={p.value ?? ''}
      onChange={(e) => {
        const n = e.currentTarget.valueAsNumber;
        p.onChange(Number.isFinite(n) ? n : null);
      }}
    />
  );
}

export function PersonEditor(p: EditorProps<string | null> & { people: readonly Person[] }) {
  return (
    <div className="ui-select hf-control--medium">
      <select
        {...aria(p)}
        className="ui-control ui-control--select"
        value={p.value ?? ''}
        onChange={(e) => p.onChange(e.currentTarget.value || null)}
      >
        <option value="">No one yet</option>
        {p.people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
            {person.roleTitle ? ` — ${person.roleTitle}` : ''}
          </option>
        ))}
      </select>
      <ChevronDownIcon className="ui-select__chevron" />
    </div>
  );
}
