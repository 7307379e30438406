import type { Ref } from 'react';
import { Badge, Button, CloseIcon } from '../../ui';
import { ExportButtons } from '../export/ExportButtons';
import { dueInfo, slackText } from './dueDate';
import { formatDay } from './formatTime';
import { useHandoff } from './handoffContext';
import type { HandoffDetail } from '../../../shared/model';
import { gateTone, STATUS_LABELS, statusTone } from './statusTones';

/** "Strategy → Creative · Creative brief", its status, due date and gate in one glance. */
export function PanelHeader({
  headingId,
  headingRef,
  onClose,
}: {
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}) {
  const { detail, campaign } = useHandoff();
  const due = dueInfo(detail, campaign);
  const slack = slackText(due.slackDays);
  return (
    <header className="hp-header">
      <div className="hp-header__main">
        {campaign ? (
          <p className="hp-header__campaign">
            {campaign.campaign.name} · {campaign.client.name}
          </p>
        ) : null}
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="hp-header__title">
          {panelTitle(detail)}
        </h2>
        <div className="hp-header__meta">
          <Badge tone={statusTone(detail.handoff.status)}>
            {STATUS_LABELS[detail.handoff.status]}
          </Badge>
          <Badge tone={gateTone(detail.gate)} dot>
            Gate: {detail.gate.label}
          </Badge>
          {due.dueDate ? (
            <span className={due.overdue ? 'hp-due hp-due--overdue' : 'hp-due'}>
              {due.overdue ? 'Overdue since ' : 'Due '}
              <time dateTime={due.dueDate}>{formatDay(due.dueDate)}</time>
            </span>
          ) : (
            <span className="hp-due">No due date (no launch date)</span>
          )}
          {slack ? (
            <span
              className={
                due.slackDays !== null && due.slackDays < 0
                  ? 'hp-slack hp-slack--negative'
                  : 'hp-slack'
              }
            >
              {slack}
            </span>
          ) : null}
        </div>
      </div>
      <ExportButtons target={{ handoffId: detail.handoff.id }} />
      <Button
        variant="ghost"
        size="sm"
        icon={<CloseIcon />}
        aria-label="Close handoff panel"
        onClick={onClose}
        className="hp-header__close"
      />
    </header>
  );
}

/** "Strategy → Creative · Creative brief"; a template already named by its transition says it once. */
export function panelTitle(detail: HandoffDetail): string {
  const transition = `${detail.fromStageName} → ${detail.toStageName}`;
  return detail.template.name.includes('→')
    ? detail.template.name
    : `${transition} · ${detail.template.name}`;
}
