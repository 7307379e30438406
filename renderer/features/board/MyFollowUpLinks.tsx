import { useMemo } from 'react';
import { myFollowUps } from '../../../shared/domain/myWork';
import type { CampaignSummary, CardFollowUp } from '../../../shared/model';
import { useOptimizationStore } from '../optimization/useOptimization';
import { chooseRetrospective } from '../retrospectives/retrospectiveChoice';
import { useWorkspaceStore } from '../workspace/workspaceStore';

interface Item {
  campaign: CampaignSummary;
  followUp: CardFollowUp;
}

/** Opens the page where the follow-up is done, with its campaign chosen. */
function open({ campaign, followUp }: Item): void {
  if (followUp.kind === 'review') {
    // The Optimization screen opens on the campaign it last showed: choose this one first.
    useOptimizationStore.setState({ selectedId: campaign.id });
    window.location.hash = 'optimization';
  } else {
    chooseRetrospective(followUp.id);
    window.location.hash = 'retrospectives';
  }
}

/**
 * My work's reviews and retrospectives: "Review day 7 of Spring launch — due today", each a
 * link to where it is done. Shown while the My work filter is on.
 */
export function MyFollowUpLinks({ campaigns }: { campaigns: readonly CampaignSummary[] }) {
  const meId = useWorkspaceStore((s) => s.view?.me?.id ?? null);
  const items = useMemo(
    () =>
      meId === null
        ? []
        : campaigns
            .flatMap((campaign) =>
              myFollowUps(campaign.followUps, meId).map((followUp) => ({ campaign, followUp })),
            )
            .sort((a, b) => a.followUp.dueDay.localeCompare(b.followUp.dueDay)),
    [campaigns, meId],
  );
  if (items.length === 0) return null;
  return (
    <ul className="board-follow-ups" aria-label="Reviews and retrospectives for you">
      {items.map((item) => (
        <li key={item.followUp.id}>
          <a
            href={item.followUp.kind === 'review' ? '#optimization' : '#retrospectives'}
            className={
              item.followUp.state === 'overdue'
                ? 'board-follow-ups__link board-follow-ups__link--overdue'
                : 'board-follow-ups__link'
            }
            onClick={(e) => {
              e.preventDefault();
              open(item);
            }}
          >
            {followUpLine(item)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** "Review day 7 of Spring launch — due today" from the card's own line. */
export function followUpLine({ campaign, followUp }: Item): string {
  const [what, ...rest] = followUp.text.split(' — ');
  return `${what} of ${campaign.name} — ${rest.join(' — ')}`;
}
