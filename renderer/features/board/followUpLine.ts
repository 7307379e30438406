import type { CampaignSummary, CardFollowUp } from '../../../shared/model';

/** A review or retrospective of a campaign, as My work lists it. */
export interface FollowUpItem {
  campaign: CampaignSummary;
  followUp: CardFollowUp;
}

/** "Review day 7 of Spring launch — due today" from the card's own line. */
export function followUpLine({ campaign, followUp }: FollowUpItem): string {
  const [what, ...rest] = followUp.text.split(' — ');
  return `${what} of ${campaign.name} — ${rest.join(' — ')}`;
}
