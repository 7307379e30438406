import { CAMPAIGN_TYPE_LABELS, type CampaignSummary, type Person } from '../../../shared/model';
import { AvatarStack, Badge } from '../../ui';
import { formatDay } from './formatDate';
import { gateTone } from './gateTone';

/** One campaign on the board: what it is, where its current handoff stands, who is on it. */
export function Card({ campaign, people }: { campaign: CampaignSummary; people: Person[] }) {
  const team = campaign.team
    .map((id) => people.find((p) => p.id === id))
    .filter((p): p is Person => p !== undefined);
  const handoff = campaign.currentHandoff;
  const label = [
    campaign.name,
    campaign.clientName,
    CAMPAIGN_TYPE_LABELS[campaign.type],
    campaign.gate ? `gate: ${campaign.gate.label}` : null,
    handoff?.overdue ? 'overdue' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="board-card" tabIndex={0} aria-label={label}>
      <div className="board-card__client">
        <span
          className="board-card__swatch"
          style={{ background: campaign.clientColor }}
          aria-hidden="true"
        />
        {campaign.clientName}
      </div>
      <h3 className="board-card__name">{campaign.name}</h3>
      <div className="board-card__meta">
        <span>{CAMPAIGN_TYPE_LABELS[campaign.type]}</span>
        {campaign.launchDate && <span>Launch {formatDay(campaign.launchDate)}</span>}
      </div>
      <div className="board-card__status">
        {campaign.gate && (
          <Badge tone={gateTone(campaign.gate)} dot>
            {campaign.gate.label}
          </Badge>
        )}
        {handoff?.dueDate && (
          <span
            className={
              handoff.overdue ? 'board-card__due board-card__due--overdue' : 'board-card__due'
            }
          >
            {handoff.overdue ? 'Overdue · ' : 'Due '}
            {formatDay(handoff.dueDate)}
          </span>
        )}
      </div>
      {team.length > 0 && (
        <AvatarStack
          className="board-card__team"
          size="sm"
          max={4}
          people={team.map((p) => ({ name: p.name, color: p.color, initials: p.initials }))}
        />
      )}
    </article>
  );
}
