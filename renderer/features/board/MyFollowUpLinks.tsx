import { useMemo } from 'react';
import { myFollowUps } from '../../../shared/domain/myWork';
import type { CampaignSummary } from '../../../shared/model';
import { useOptimizationStore } from '../optimization/useOptimization';
import { chooseRetrospective } from '../retrospectives/retrospectiveChoice';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { followUpLine, type FollowUpItem } from './followUpLine';

/** Opens the page where the follow-up is done, with its campaign chosen. */
function open({ campaign, followUp }: FollowUpItem): void {
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
