import { cx } from './cx';
import './Spinner.css';

export type SpinnerSize = 'sm' | 'md' | 'lg';

export interface SpinnerProps {
  size?: SpinnerSize;
  /** When given, the spinner announces itself; without it, it is decoration for a busy parent. */
  label?: string;
  className?: string;
}

export function Spinner({ size = 'md', label, className }: SpinnerProps) {
  const classes = cx('ui-spinner', `ui-spinner--${size}`, className);
  if (!label) return <span className={classes} aria-hidden="true" />;
  return (
    <span role="status" className="ui-spinner-status">
      <span className={classes} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
