import { type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from './cx';
import { Spinner } from './Spinner';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Work in progress: the button shows a spinner and refuses clicks until it ends. */
  busy?: boolean;
  /** Leading icon; replaced by the spinner while busy so the width does not jump. */
  icon?: ReactNode;
}

/*
 * React 19 passes `ref` as an ordinary prop, so no forwardRef wrapper (which React plans to
 * deprecate) is needed for callers to focus the button.
 */
export function Button({
  variant = 'secondary',
  size = 'md',
  busy = false,
  icon,
  disabled,
  type = 'button',
  className,
  children,
  ...rest
}: ButtonProps) {
  const iconOnly = children === undefined || children === null || children === false;
  return (
    <button
      type={type}
      className={cx(
        'ui-button',
        `ui-button--${variant}`,
        `ui-button--${size}`,
        iconOnly && 'ui-button--icon-only',
        className,
      )}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy ? (
        <Spinner size="sm" />
      ) : icon ? (
        <span className="ui-button__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {iconOnly ? null : <span className="ui-button__label">{children}</span>}
    </button>
  );
}
