import type {
  HandoffTypeHealth,
  HealthReport,
  RetrospectiveHealth,
  RetrospectiveTimingGroup,
} from '../../model';
import { HANDOFF_STATUS_LABELS } from '../../model';

/** Hours as people say them: "5 h" under two days, "3.5 days" above. */
export function formatWait(hoursValue: number | null): string {
  if (hoursValue === null) return '—';
  if (hoursValue < 48) return `${Math.round(hoursValue * 10) / 10} h`;
  return `${Math.round((hoursValue / 24) * 10) / 10} days`;
}

export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

function typeSection(t: HandoffTypeHealth, names: Record<string, string>): string[] {
  const named = (ids: readonly string[]) =>
    ids
      .slice(0, 5)
      .map((id) => names[id] ?? id)
      .join(', ');
  const lines = [
    `## ${t.label} — pain ${t.pain.score}`,
    '',
    `${t.handoffs} handoffs, ${t.submitted} submitted. Why: ${t.pain.because}.`,
    '',
    '| Status | Periods | Still open | Median wait | p90 wait |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...t.waits.map(
      (w) =>
        `| ${HANDOFF_STATUS_LABELS[w.status]} | ${w.periods} | ${w.stillOpen} | ${formatWait(w.medianHours)} | ${formatWait(w.p90Hours)} |`,
    ),
    '',
    `- Send-back rate: ${percent(t.sendBack.rate)} (${t.sendBack.count} of ${t.sendBack.of} submitted)` +
      (t.sendBack.count ? ` — ${named(t.sendBack.campaigns.ids)}` : ''),
    ...t.topReasons.map((r) => `  - "${r.reason}" × ${r.count}`),
    `- Overrides: ${t.overrides.count}`,
    `- Overdue rate: ${percent(t.overdue.rate)} (${t.overdue.count} of ${t.overdue.of} with a due date)` +
      (t.overdue.count ? ` — ${named(t.overdue.campaigns.ids)}` : ''),
    '',
    `| Week | Completed | Median wait | Send-backs |`,
    '| --- | ---: | ---: | ---: |',
    ...t.trend.map(
      (w) => `| ${w.week} | ${w.completed} | ${formatWait(w.medianWaitHours)} | ${w.sendBacks} |`,
    ),
    '',
  ];
  return lines;
}

/** "2 days" / "1 day" / "—": retrospective timings are whole calendar days. */
export function formatDays(days: number | null): string {
  if (days === null) return '—';
  return `${days} day${days === 1 ? '' : 's'}`;
}

function retroRow(g: RetrospectiveTimingGroup): string {
  return `| ${g.label} | ${g.held} | ${formatDays(g.medianDays)} | ${formatDays(g.p90Days)} | ${g.heldLate} | ${g.waiting} | ${g.overdue.count} |`;
}

/** Time from Done to retrospective and the overdue ones, per campaign type. */
export function retrospectiveSection(
  r: RetrospectiveHealth,
  names: Record<string, string>,
): string[] {
  const overdue = r.all.overdue.campaigns.ids.slice(0, 5).map((id) => names[id] ?? id);
  return [
    '## Time from Done to retrospective',
    '',
    `_${r.rule}_`,
    '',
    `- Retrospectives overdue: ${r.all.overdue.count}` +
      (overdue.length ? ` — ${overdue.join(', ')}` : ''),
    '',
    '| Campaign type | Held | Median | p90 | Held late | Waiting | Overdue |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.byCampaignType.map(retroRow),
    retroRow(r.all),
    '',
  ];
}

/** The health report as Markdown for the team meeting. */
export function healthMarkdown(report: HealthReport): string {
  const worst = report.types[0];
  const head = [
    '# Handoff health',
    '',
    `As of ${report.now.slice(0, 16).replace('T', ' ')} UTC, trend over the last ${report.weeks} weeks.`,
    '',
  ];
  // Retrospectives are measured whatever the handoff history: a team may hold them early on.
  const retro =
    report.notMeasured.length === 0
      ? retrospectiveSection(report.retrospectives, report.campaignNames)
      : [];
  if (!report.enoughHistory || !worst) {
    return [
      ...head,
      'Health needs a few finished handoffs before it can rank them.',
      '',
      ...retro,
    ].join('\n');
  }
  return [
    ...head,
    `**The handoff that hurts most: ${worst.label}** — ${worst.pain.because}.`,
    '',
    `_${report.painRule}_ Waiting time is the time between entering a status and leaving it; a status still current counts up to now.`,
    '',
    ...report.types.flatMap((t) => typeSection(t, report.campaignNames)),
    ...retro,
    ...report.notMeasured.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
