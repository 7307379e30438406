import type { CampaignDetail, HandoffDetail } from '../../../shared/model';

export interface DueInfo {
  dueDate: string | null;
  overdue: boolean;
  /** Working days to spare if work started today; negative: the plan cannot be met. */
  slackDays: number | null;
}

/** The handoff's due date from backward planning, with overdue and slack from the campaign plan. */
export function dueInfo(detail: HandoffDetail, campaign: CampaignDetail | null): DueInfo {
  const step = campaign?.plan?.find((p) => p.fromStageId === detail.handoff.fromStageId);
  return {
    dueDate: detail.handoff.dueDate,
    overdue: detail.overdue,
    slackDays: step?.slackDays ?? null,
  };
}

/** "3 working days to spare", "no slack left", "2 working days behind plan". */
export function slackText(slackDays: number | null): string | null {
  if (slackDays === null) return null;
  const days = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;
  if (slackDays > 0) return `${days(slackDays)} to spare`;
  if (slackDays === 0) return 'no slack left';
  return `${days(-slackDays)} behind plan`;
}
