import { memo } from 'react';
import { CAMPAIGN_TYPE_LABELS } from '../../../shared/model/labels';
import type { CampaignSummary, Person } from '../../../shared/model';
import { AvatarStack, Badge } from '../../ui';
import { formatDay } from './formatDate';
import { gateTone } from './gateTone';

/** Owner first, then the team, each once. */
export function cardPeople(card: CampaignSummary, people: ReadonlyMap<string, Person>): Person[] {
  const ids = [...new Set([...(card.ownerId ? [card.ownerId] : []), ...card.team])];
  return ids.map((id) => people.get(id)).filter((p): p is Person => p !== undefined);
}

/**
 * The accessible name of a card: the campaign's name first (so a screen reader or a search by
 * name finds it), then what the card shows, in words.
 */
export function cardLabel(card: CampaignSummary): string {
  const h = card.currentHandoff;
  return [
    card.name,
    card.clientName,
    CAMPAIGN_TYPE_LABELS[card.type],
    card.launchDate ? `launch ${formatDay(card.launchDate)}` : null,
    card.gate ? `gate: ${card.gate.label}` : null,
    h?.dueDate ? `${h.name} due ${formatDay(h.dueDate)}` : null,
    h?.overdue ? 'overdue' : null,
    card.negativeSlack ? 'negative slack: the plan no longer fits before launch' : null,
    ...(card.followUps ?? []).map((f) => f.text),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * What a card shows; also drawn under the pointer while it is dragged. Memoized apart from the
 * draggable wrapper: every drag start and drop re-renders each draggable, and this part (badges,
 * avatars) need not follow unless its campaign changed.
 */
export const CardFace = memo(function CardFace({
  card,
  people,
}: {
  card: CampaignSummary;
  people: ReadonlyMap<string, Person>;
}) {
  const handoff = card.currentHandoff;
  const team = cardPeople(card, people);
  return (
    <>
      <div className="board-card__top">
        <span className="board-card__client">
          <span
            className="board-card__swatch"
            style={{ background: card.clientColor }}
            aria-hidden="true"
          />
          {card.clientName}
        </span>
        {handoff?.overdue && (
          <span className="board-card__overdue" title="The current handoff is past its due date">
            Overdue
          </span>
        )}
      </div>
      <h3 className="board-card__name">{card.name}</h3>
      <div className="board-card__meta">
        <span>{CAMPAIGN_TYPE_LABELS[card.type]}</span>
        {card.launchDate && <span>Launch {formatDay(card.launchDate)}</span>}
      </div>
      <div className="board-card__status">
        {card.gate ? (
          <Badge tone={gateTone(card.gate)} dot>
            {card.gate.label}
          </Badge>
        ) : (
          <span className="board-card__done">No open handoff</span>
        )}
        {card.negativeSlack && (
          <Badge
            tone="warning"
            title="Negative slack: a remaining handoff cannot be done by its due date, even starting today"
          >
            Negative slack
          </Badge>
        )}
        {card.followUps?.map((f) => (
          <Badge
            key={f.id}
            tone={f.state === 'overdue' ? 'danger' : f.state === 'due' ? 'warning' : 'neutral'}
            title={f.text}
            className="board-card__follow-up"
          >
            {f.badge}
          </Badge>
        ))}
      </div>
      {(handoff?.dueDate || team.length > 0) && (
        <div className="board-card__footer">
          {handoff?.dueDate ? (
            <span
              className={
                handoff.overdue ? 'board-card__due board-card__due--overdue' : 'board-card__due'
              }
              title={`${handoff.name} due`}
            >
              Due {formatDay(handoff.dueDate)}
            </span>
          ) : (
            <span />
          )}
          {team.length > 0 && (
            <AvatarStack
              size="xs"
              max={4}
              people={team.map((p) => ({ name: p.name, color: p.color, initials: p.initials }))}
            />
          )}
        </div>
      )}
    </>
  );
});
