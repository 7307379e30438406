import type {
  CampaignType,
  DashboardStandards,
  MetricDirection,
  MetricStandard,
} from '../../model';

// The built-in dashboard standard per campaign type, the metrics docs/templates.md names in its
// "dashboard standard" column. Targets are starting points a team is expected to edit.

function metric(
  key: string,
  name: string,
  unit: string,
  direction: MetricDirection,
  target: number,
  dataSource: string,
  frequency: MetricStandard['frequency'] = 'daily',
): MetricStandard {
  return { key, name, unit, direction, target, dataSource, frequency };
}

const EMAIL = [
  metric('delivery_rate', 'Delivery rate', '%', 'higher', 98, 'Email platform'),
  metric('open_rate', 'Open rate', '%', 'higher', 25, 'Email platform'),
  metric('click_rate', 'Click rate', '%', 'higher', 3, 'Email platform'),
  metric('unsubscribe_rate', 'Unsubscribe rate', '%', 'lower', 0.3, 'Email platform'),
];
const SOCIAL = [
  metric('reach', 'Reach', 'people', 'higher', 20_000, 'Network insights'),
  metric('engagement_rate', 'Engagement rate', '%', 'higher', 2.5, 'Network insights'),
  metric(
    'follower_growth',
    'Follower growth',
    'followers',
    'higher',
    200,
    'Network insights',
    'weekly',
  ),
];
const PAID = [
  metric('spend', 'Spend', 'EUR', 'lower', 500, 'Ad platform'),
  metric('ctr', 'CTR', '%', 'higher', 1.5, 'Ad platform'),
  metric('cpc', 'CPC', 'EUR', 'lower', 0.8, 'Ad platform'),
  metric('cpa', 'CPA', 'EUR', 'lower', 25, 'Ad platform'),
  metric('roas', 'ROAS', '×', 'higher', 3, 'Ad platform'),
];
const CONTENT = [
  metric('sessions', 'Sessions', 'sessions', 'higher', 1_000, 'Web analytics'),
  metric('time_on_page', 'Time on page', 's', 'higher', 90, 'Web analytics'),
  metric('conversions', 'Conversions', 'conversions', 'higher', 20, 'Web analytics'),
];
const EVENT = [
  metric('registrations', 'Registrations', 'people', 'higher', 150, 'Registration tool'),
  metric('attendance_rate', 'Attendance rate', '%', 'higher', 60, 'Registration tool'),
  metric('leads', 'Leads', 'leads', 'higher', 40, 'CRM', 'weekly'),
];

export const BUILTIN_DASHBOARD_STANDARDS: DashboardStandards = {
  email: EMAIL,
  social: SOCIAL,
  paid_ads: PAID,
  content: CONTENT,
  event: EVENT,
  // Each channel's headline metric and the blended result.
  multi_channel: [EMAIL[2]!, SOCIAL[1]!, PAID[1]!, PAID[3]!, CONTENT[2]!],
};

/** The metrics of a type's standard: the workspace's own where it set one, else the built-in. */
export function standardFor(
  standards: DashboardStandards | null,
  type: CampaignType,
): MetricStandard[] {
  return standards?.[type] ?? BUILTIN_DASHBOARD_STANDARDS[type] ?? [];
}

export interface StandardsProblem {
  field: string;
  message: string;
}

/** Keys must be unique within a type: entries, charts and test plans refer to metrics by key. */
export function checkDashboardStandards(standards: DashboardStandards): StandardsProblem[] {
  const problems: StandardsProblem[] = [];
  for (const [type, metrics] of Object.entries(standards)) {
    const seen = new Set<string>();
    metrics?.forEach((m, i) => {
      if (seen.has(m.key)) {
        problems.push({
          field: `${type}[${i}].key`,
          message: `${type}[${i}].key: '${m.key}' is used twice in the ${type} standard`,
        });
      }
      seen.add(m.key);
    });
  }
  return problems;
}
