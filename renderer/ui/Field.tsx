import {
  type ChangeEvent,
  type ComponentPropsWithRef,
  type ReactElement,
  type ReactNode,
  useId,
  useState,
} from 'react';
import { cx } from './cx';
import { AlertCircleIcon, ChevronDownIcon } from './icons';
import './Field.css';

/** Shared by every field. `className` styles the wrapper; all other props go to the control. */
export interface FieldChromeProps {
  label: ReactNode;
  /** Help shown under the control and read after the label by screen readers. */
  hint?: ReactNode;
  /** Shown in danger colour under the control, which is then marked aria-invalid. */
  error?: ReactNode;
  /** Keep the label for screen readers only (e.g. a search box with a visible icon). */
  hideLabel?: boolean;
}

interface ShellProps extends FieldChromeProps {
  id: string;
  hintId: string;
  errorId: string;
  required?: boolean;
  count?: { used: number; max: number };
  className?: string;
  children: ReactElement;
}

function FieldShell(props: ShellProps) {
  const { id, hintId, errorId, label, hint, error, hideLabel, required, count, className } = props;
  const hasError = error !== undefined && error !== null && error !== false;
  return (
    <div className={cx('ui-field', hasError && 'ui-field--invalid', className)}>
      <label
        htmlFor={id}
        className={cx(
          'ui-field__label',
          required && 'ui-field__label--required',
          hideLabel && 'visually-hidden',
        )}
      >
        {label}
      </label>
      {props.children}
      {hasError || hint || count ? (
        <div className="ui-field__meta">
          <div className="ui-field__messages">
            {hasError ? (
              <p id={errorId} className="ui-field__error">
                <AlertCircleIcon size={14} />
                <span>{error}</span>
              </p>
            ) : null}
            {hint ? (
              <p id={hintId} className="ui-field__hint">
                {hint}
              </p>
            ) : null}
          </div>
          {count ? (
            <span
              className={cx('ui-field__count', count.used >= count.max && 'ui-field__count--full')}
            >
              {count.used} / {count.max}
              <span className="visually-hidden"> characters</span>
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

type Value = string | number | readonly string[] | undefined;

/** Ids, aria wiring and the character count every field shares. */
function useFieldWiring<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(p: {
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  describedBy?: string;
  value?: Value;
  defaultValue?: Value;
  onChange?: (e: ChangeEvent<E>) => void;
}) {
  const autoId = useId();
  const id = p.id ?? autoId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = p.error !== undefined && p.error !== null && p.error !== false;
  // Uncontrolled fields still need a live count, so mirror their length locally.
  const [typed, setTyped] = useState(() => String(p.defaultValue ?? '').length);
  const used = p.value === undefined ? typed : String(p.value).length;
  const describedBy =
    [hasError && errorId, p.hint && hintId, p.describedBy].filter(Boolean).join(' ') || undefined;
  const onChange = (e: ChangeEvent<E>) => {
    setTyped(e.currentTarget.value.length);
    p.onChange?.(e);
  };
  const aria = { 'aria-invalid': hasError || undefined, 'aria-describedby': describedBy };
  return { id, shell: { id, hintId, errorId }, used, onChange, aria };
}

export interface TextFieldProps extends FieldChromeProps, ComponentPropsWithRef<'input'> {
  /** Show "used / maxLength" under the field; needs `maxLength`. */
  showCount?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { label, hint, error, hideLabel, showCount, className, ...input } = props;
  const w = useFieldWiring({ ...input, hint, error, describedBy: input['aria-describedby'] });
  const count = showCount && input.maxLength ? { used: w.used, max: input.maxLength } : undefined;
  return (
    <FieldShell
      {...{ label, hint, error, hideLabel, count, className }}
      {...w.shell}
      required={input.required}
    >
      <input {...input} id={w.id} className="ui-control" onChange={w.onChange} {...w.aria} />
    </FieldShell>
  );
}

export interface TextAreaProps extends FieldChromeProps, ComponentPropsWithRef<'textarea'> {
  showCount?: boolean;
}

export function TextArea(props: TextAreaProps) {
  const { label, hint, error, hideLabel, showCount, className, rows = 4, ...area } = props;
  const w = useFieldWiring({ ...area, hint, error, describedBy: area['aria-describedby'] });
  const count = showCount && area.maxLength ? { used: w.used, max: area.maxLength } : undefined;
  return (
    <FieldShell
      {...{ label, hint, error, hideLabel, count, className }}
      {...w.shell}
      required={area.required}
    >
      <textarea
        rows={rows}
        {...area}
        id={w.id}
        className="ui-control ui-control--textarea"
        onChange={w.onChange}
        {...w.aria}
      />
    </FieldShell>
  );
}

export type SelectProps = FieldChromeProps & ComponentPropsWithRef<'select'>;

export function Select(props: SelectProps) {
  const { label, hint, error, hideLabel, className, children, ...select } = props;
  const w = useFieldWiring({ ...select, hint, error, describedBy: select['aria-describedby'] });
  return (
    <FieldShell
      {...{ label, hint, error, hideLabel, className }}
      {...w.shell}
      required={select.required}
    >
      <div className="ui-select">
        <select {...select} id={w.id} className="ui-control ui-control--select" {...w.aria}>
          {children}
        </select>
        <ChevronDownIcon className="ui-select__chevron" />
      </div>
    </FieldShell>
  );
}
