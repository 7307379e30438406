import { addDays } from '../../../shared/domain';
import { TestPlanInput, UpdateFindingInput } from '../../../shared/model';
import type { BackendContext } from '../context';
import { DAY_MS, HOUR_MS, type TimedStep } from './demoTimeline';
import {
  addFinding,
  campaignOptimization,
  completeReview,
  createTestPlan,
  finishTestPlan,
  importMetricsCsv,
  scheduleReviews,
  updateBacklogItem,
  updateFinding,
  updateReview,
  updateTestPlan,
} from './optimizationService';

// System 6 in the sample agency: the analyst's live campaigns with day 2/7/30 reviews (one
// due today, one overdue), a month of daily figures against the dashboard standards, a
// completed review whose findings became backlog actions, a finished and a running test.

export interface LiveCampaign {
  id: string;
  name: string;
  launchDate: string;
}

type Finding =
  | { text: string; action: { title: string; impact: number; confidence: number; effort: number } }
  | { text: string; noAction: string };

interface DemoReview {
  label: 'Day 2' | 'Day 7';
  /** Hours after the start of the review's due day (UTC) it was completed. */
  completedAfterHours: number;
  whatHappened: string;
  findings: Finding[];
}

/** Figures per metric: a value for each day after launch (index 0 = launch day). */
type Series = Record<string, (day: number) => number | null>;

interface DemoOptimization {
  campaign: string;
  /** Days of figures, from launch (negative: before launch). */
  days: [number, number];
  series: Series;
  reviews: DemoReview[];
}

/** Small deterministic wobble so charts look measured, not drawn. */
const wobble = (seed: number, day: number) => Math.sin(seed * 12.9898 + day * 78.233) * 0.5;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

const PLANS: DemoOptimization[] = [
  {
    campaign: 'Renewal Reminders',
    days: [0, 29],
    series: {
      delivery_rate: (d) => round(98.6 + wobble(1, d) * 0.8, 1),
      open_rate: (d) => round(33 - d * 0.15 + wobble(2, d) * 3, 1),
      // The renew button moved above the fold on day 10: clicks climb past the target.
      click_rate: (d) => round((d < 10 ? 2.1 : 3.3) + wobble(3, d) * 0.5, 2),
      unsubscribe_rate: (d) => round(d === 3 ? 0.52 : 0.17 + wobble(4, d) * 0.08, 2),
    },
    reviews: [
      {
        label: 'Day 2',
        completedAfterHours: 15,
        whatHappened:
          'First two sends delivered cleanly (98.7%). Opens at 33% beat the 25% target; clicks are early.',
        findings: [
          {
            text: 'Opens are strong on mobile (71% of opens) in the first 48 hours.',
            noAction:
              'it is expected for a reminder; we check again at day 7 before changing anything.',
          },
        ],
      },
      {
        label: 'Day 7',
        completedAfterHours: 35,
        whatHappened:
          'Opens hold at 32%, but clicks sit at 2.1% against a 3% target. Unsubscribes spiked to 0.52% on day 3. SMS reminders brought 40% of renewals.',
        findings: [
          {
            text: 'The renew button is below the fold on mobile, where most people open.',
            action: {
              title: 'Move the renew button above the fold',
              impact: 8,
              confidence: 7,
              effort: 2,
            },
          },
          {
            text: 'SMS two days before the renewal date converts better than the email alone.',
            action: {
              title: 'Send the SMS reminder three days before renewal',
              impact: 6,
              confidence: 6,
              effort: 3,
            },
          },
          {
            text: 'Unsubscribes spiked on day 3 (0.52%).',
            noAction: 'it was a one-off: that send went to a stale segment, cleaned since.',
          },
        ],
      },
    ],
  },
  {
    campaign: 'Student Bike Deal',
    days: [0, 9],
    series: {
      reach: (d) => Math.round(12_000 + d * 1_700 + wobble(5, d) * 2_500),
      engagement_rate: (d) => round(3.4 + wobble(6, d) * 1.2, 2),
      follower_growth: (d) => (d % 7 === 6 ? 260 : null),
    },
    reviews: [
      {
        label: 'Day 2',
        completedAfterHours: 14,
        whatHappened:
          'Reach 15,600 on day 2, under the 20,000 target; engagement 3.9% is well above 2.5%.',
        findings: [
          {
            text: 'Creator-led TikToks get twice the engagement of the studio cut.',
            action: {
              title: 'Shift half the TikTok budget to creator videos',
              impact: 7,
              confidence: 5,
              effort: 4,
            },
          },
        ],
      },
    ],
  },
  {
    campaign: 'Roastery Open Day',
    days: [-7, 0],
    series: {
      registrations: (d) => (d < 0 ? Math.round(150 + d * 4 + wobble(7, d) * 40) : null),
      attendance_rate: (d) => (d === 0 ? 64 : null),
      leads: (d) => (d === 0 ? 46 : null),
    },
    reviews: [
      {
        label: 'Day 2',
        completedAfterHours: 11,
        whatHappened:
          'About 640 visitors, 64% of registrations came; 46 café owners asked about wholesale.',
        findings: [
          {
            text: 'Walk-ins without registration were about a fifth of the visitors.',
            noAction: 'it is good news, not a problem: the door count already includes them.',
          },
        ],
      },
    ],
  },
];

function csvOf(plan: DemoOptimization, launchDate: string, from: number, to: number): string {
  const lines: string[] = [];
  for (let d = Math.max(from, plan.days[0]); d <= Math.min(to, plan.days[1]); d++) {
    for (const [key, valueOn] of Object.entries(plan.series)) {
      const value = valueOn(d);
      if (value !== null) lines.push(`${addDays(launchDate, d)},${key},${value}`);
    }
  }
  return lines.join('\n');
}

const dayStart = (date: string) => Date.parse(`${date}T00:00:00.000Z`);

/** The analyst's work on the live campaigns, as steps at the times it was done. */
export function optimizationSteps(
  live: readonly LiveCampaign[],
  analystId: string,
  now: number,
): TimedStep[] {
  const steps: TimedStep[] = [];
  for (const plan of PLANS) {
    const campaign = live.find((c) => c.name === plan.campaign);
    if (!campaign) continue;
    const launchAt = dayStart(campaign.launchDate);
    const act = (at: number, fn: (ctx: BackendContext) => void) =>
      steps.push({ at: Math.min(at, now - HOUR_MS), actor: analystId, act: fn });
    act(launchAt + 10 * HOUR_MS, (ctx) =>
      scheduleReviews(ctx, { campaignId: campaign.id, analystId }),
    );
    // Figures pasted from the platforms' exports before each review, and this morning.
    let importedTo = plan.days[0] - 1;
    for (const review of plan.reviews) {
      const reviewDay = review.label === 'Day 2' ? 2 : 7;
      const at = launchAt + reviewDay * DAY_MS + review.completedAfterHours * HOUR_MS;
      const from = importedTo + 1;
      const to = reviewDay - 1;
      importedTo = to;
      act(at - 2 * HOUR_MS, (ctx) => {
        const text = csvOf(plan, campaign.launchDate, from, to);
        if (text) importMetricsCsv(ctx, { campaignId: campaign.id, text });
      });
      act(at, (ctx) => completeDemoReview(ctx, campaign.id, review));
    }
    const from = importedTo + 1;
    act(now - 3 * HOUR_MS, (ctx) => {
      const text = csvOf(plan, campaign.launchDate, from, plan.days[1]);
      if (text) importMetricsCsv(ctx, { campaignId: campaign.id, text });
    });
  }
  steps.push(...testPlanSteps(live, analystId, now));
  return steps;
}

function completeDemoReview(ctx: BackendContext, campaignId: string, review: DemoReview) {
  const view = campaignOptimization(ctx, { campaignId });
  const row = view.reviews.find((r) => r.label === review.label);
  if (!row) return;
  updateReview(ctx, { id: row.id, whatHappened: review.whatHappened });
  for (const finding of review.findings) {
    const added = addFinding(ctx, { reviewId: row.id, text: finding.text });
    const id = added.reviews
      .find((r) => r.id === row.id)!
      .findings.find((f) => f.text === finding.text)!.id;
    updateFinding(
      ctx,
      UpdateFindingInput.parse(
        'action' in finding
          ? { id, outcome: 'action', action: finding.action }
          : { id, outcome: 'no_action', noActionReason: finding.noAction },
      ),
    );
  }
  completeReview(ctx, { id: row.id });
}

/**
 * Renewal Reminders tested its subject line and fed the result into the day 30 review (due
 * today); Student Bike Deal is running a creator-video test. The first backlog action is done.
 */
function testPlanSteps(live: readonly LiveCampaign[], analystId: string, now: number) {
  const steps: TimedStep[] = [];
  const renewal = live.find((c) => c.name === 'Renewal Reminders');
  const student = live.find((c) => c.name === 'Student Bike Deal');
  const act = (at: number, fn: (ctx: BackendContext) => void) =>
    steps.push({ at: Math.min(at, now - HOUR_MS), actor: analystId, act: fn });
  if (renewal) {
    const launchAt = dayStart(renewal.launchDate);
    act(launchAt + 9 * DAY_MS + 10 * HOUR_MS, (ctx) => {
      const backlog = campaignOptimization(ctx, { campaignId: renewal.id }).backlog;
      const button = backlog.find((b) => b.title.startsWith('Move the renew button'));
      if (button) updateBacklogItem(ctx, { id: button.id, status: 'done', ownerId: analystId });
      createTestPlan(
        ctx,
        TestPlanInput.parse({
          campaignId: renewal.id,
          hypothesis: 'Putting the renewal date in the subject line lifts opens.',
          variants: ['“Your policy renews on 14 March”', '“Time to renew your home cover”'],
          primaryMetric: 'open_rate',
          minimumDetectableEffect: '+2 pt open rate',
          durationDays: 14,
        }),
      );
    });
    act(launchAt + 24 * DAY_MS + 9 * HOUR_MS, (ctx) => {
      const plan = campaignOptimization(ctx, { campaignId: renewal.id }).testPlans[0];
      if (!plan) return;
      finishTestPlan(ctx, {
        id: plan.id,
        result:
          'The dated subject won: 35.8% opens vs 31.2% over 14 days (about 9,000 sends each).',
      });
    });
  }
  if (student) {
    act(dayStart(student.launchDate) + 4 * DAY_MS + 11 * HOUR_MS, (ctx) => {
      const view = createTestPlan(
        ctx,
        TestPlanInput.parse({
          campaignId: student.id,
          backlogItemId:
            campaignOptimization(ctx, { campaignId: student.id }).backlog[0]?.id ?? null,
          hypothesis: 'Creator-led TikToks bring more sign-ups than the studio cut.',
          variants: ['Studio cut', 'Creator video (3 creators)'],
          primaryMetric: 'engagement_rate',
          minimumDetectableEffect: '+0.5 pt engagement',
          durationDays: 14,
        }),
      );
      const plan = view.testPlans[0];
      if (plan) updateTestPlan(ctx, { id: plan.id, status: 'running' });
    });
  }
  return steps;
}
