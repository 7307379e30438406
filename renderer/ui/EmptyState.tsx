import { type ReactNode } from 'react';
import { cx } from './cx';
import './EmptyState.css';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: ReactNode;
  body?: ReactNode;
  /** Usually one Button that fills the emptiness ("New campaign"). */
  action?: ReactNode;
  /** Heading level, so the title fits the outline of the page it sits in. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

export function EmptyState(props: EmptyStateProps) {
  const { icon, title, body, action, headingLevel = 3, className } = props;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx('ui-empty', className)}>
      {icon ? (
        <div className="ui-empty__icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <Heading className="ui-empty__title">{title}</Heading>
      {body ? <p className="ui-empty__body">{body}</p> : null}
      {action ? <div className="ui-empty__action">{action}</div> : null}
    </div>
  );
}
