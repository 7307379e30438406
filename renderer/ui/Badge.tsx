import { type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from './cx';
import './Badge.css';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'accent';

export interface BadgeProps extends ComponentPropsWithRef<'span'> {
  tone?: BadgeTone;
  /** A leading dot in the tone's solid colour, for status at a glance. */
  dot?: boolean;
  icon?: ReactNode;
}

export function Badge({ tone = 'neutral', dot, icon, className, children, ...rest }: BadgeProps) {
  return (
    <span className={cx('ui-badge', `ui-badge--${tone}`, className)} {...rest}>
      {dot ? <span className="ui-badge__dot" aria-hidden="true" /> : null}
      {icon ? (
        <span className="ui-badge__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </span>
  );
}
