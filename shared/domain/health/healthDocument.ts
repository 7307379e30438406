import type {
  HandoffTypeHealth,
  HealthReport,
  RetrospectiveHealth,
  RetrospectiveTimingGroup,
} from '../../model';
import { HANDOFF_STATUS_LABELS } from '../../model';
import { formatDays, formatWait, percent } from './healthMarkdown';

// The health report as a printable document for the team meeting: what the PDF draws, decided
// here from the report so the backend's renderer only lays it out. The same figures and words
// as the Health page and the Markdown export.

export type HealthBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string; tone?: 'strong' | 'muted' }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      columns: string[];
      rows: string[][];
      /** Relative column widths. */
      weights?: number[];
    }
  | {
      kind: 'chart';
      title: string;
      /** One bar per week, oldest first; null where nothing was measured that week. */
      bars: { label: string; value: number | null }[];
      /** How a value reads: "5 h", "3.5 days". */
      format: 'hours';
    };

export interface HealthDocument {
  title: string;
  /** "Northwind Agency · as of 2026-11-27 09:30 UTC · last 12 weeks". */
  subtitle: string;
  /** The most painful handoff in one line, or why there is none yet. */
  headline: string;
  /** Of the headline: the handoff type named first, null without enough history. */
  worst: string | null;
  blocks: HealthBlock[];
  fileName: string;
}

function names(ids: readonly string[], total: number, campaignNames: Record<string, string>) {
  const shown = ids.slice(0, 5).map((id) => campaignNames[id] ?? id);
  const more = total - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function typeBlocks(
  t: HandoffTypeHealth,
  rank: number,
  campaignNames: Record<string, string>,
): HealthBlock[] {
  const behind = (c: { ids: readonly string[]; total: number }) => {
    const named = names(c.ids, c.total, campaignNames);
    return named ? ` — ${named}` : '';
  };
  const rates = [
    `Send-back rate: ${percent(t.sendBack.rate)} (${t.sendBack.count} of ${t.sendBack.of} submitted)` +
      behind(t.sendBack.campaigns),
    ...t.topReasons.map((r) => `Sent back because “${r.reason}” × ${r.count}`),
    `Overrides: ${t.overrides.count}` + behind(t.overrides.campaigns),
    `Overdue rate: ${percent(t.overdue.rate)} (${t.overdue.count} of ${t.overdue.of} with a due date)` +
      behind(t.overdue.campaigns),
  ];
  return [
    { kind: 'heading', level: 2, text: `${rank}. ${t.label} — pain ${t.pain.score}` },
    {
      kind: 'paragraph',
      text: `${t.handoffs} handoffs, ${t.submitted} submitted. Why it ranks here: ${t.pain.because}.`,
    },
    {
      kind: 'table',
      columns: ['Status', 'Periods', 'Still open', 'Median wait', 'p90 wait', 'Slowest campaigns'],
      rows: t.waits.map((w) => [
        HANDOFF_STATUS_LABELS[w.status],
        String(w.periods),
        String(w.stillOpen),
        formatWait(w.medianHours),
        formatWait(w.p90Hours),
        names(w.slowest.ids, w.slowest.total, campaignNames) || '—',
      ]),
      weights: [2, 1, 1, 1.3, 1.3, 3.4],
    },
    { kind: 'list', items: rates },
    {
      kind: 'chart',
      title: `Median wait after submission, week by week (last ${t.trend.length} weeks)`,
      bars: t.trend.map((w) => ({
        label: w.week.replace(/^\d{4}-/, ''),
        value: w.medianWaitHours,
      })),
      format: 'hours',
    },
    {
      kind: 'table',
      columns: ['Week', 'Completed', 'Median wait', 'Send-backs'],
      rows: t.trend.map((w) => [
        w.week,
        String(w.completed),
        formatWait(w.medianWaitHours),
        String(w.sendBacks),
      ]),
    },
  ];
}

/** What the document is made of: the report's figures. */
export type HealthDocumentInput = Pick<
  HealthReport,
  | 'now'
  | 'weeks'
  | 'types'
  | 'enoughHistory'
  | 'painRule'
  | 'notMeasured'
  | 'campaignNames'
  | 'retrospectives'
>;

function retroRow(g: RetrospectiveTimingGroup): string[] {
  return [
    g.label,
    String(g.held),
    formatDays(g.medianDays),
    formatDays(g.p90Days),
    String(g.heldLate),
    String(g.waiting),
    String(g.overdue.count),
  ];
}

/** Time from Done to retrospective per campaign type, and the retrospectives overdue by name. */
function retrospectiveBlocks(
  r: RetrospectiveHealth,
  campaignNames: Record<string, string>,
): HealthBlock[] {
  const overdue = names(r.all.overdue.campaigns.ids, r.all.overdue.campaigns.total, campaignNames);
  return [
    { kind: 'heading', level: 1, text: 'Time from Done to retrospective' },
    { kind: 'paragraph', text: r.rule, tone: 'muted' },
    {
      kind: 'paragraph',
      tone: 'strong',
      text: `Retrospectives overdue: ${r.all.overdue.count}${overdue ? ` — ${overdue}` : ''}`,
    },
    {
      kind: 'table',
      columns: ['Campaign type', 'Held', 'Median', 'p90', 'Held late', 'Waiting', 'Overdue'],
      rows: [...r.byCampaignType.map(retroRow), retroRow(r.all)],
      weights: [2.2, 1, 1, 1, 1, 1, 1],
    },
  ];
}

/**
 * The report as the PDF lays it out: the handoff that hurts most named first, then every
 * handoff type most painful first with its waits, rates, reasons and 12-week trend, then the
 * time from Done to retrospective per campaign type.
 */
export function healthDocument(report: HealthDocumentInput, workspaceName: string): HealthDocument {
  const asOf = `${report.now.slice(0, 16).replace('T', ' ')} UTC`;
  const worst = report.enoughHistory ? (report.types[0] ?? null) : null;
  const headline = worst
    ? `The handoff that hurts most: ${worst.label} — ${worst.pain.because}.`
    : 'Health needs a few finished handoffs before it can rank them.';
  const blocks: HealthBlock[] = [];
  if (worst) {
    blocks.push(
      { kind: 'paragraph', text: report.painRule, tone: 'muted' },
      {
        kind: 'paragraph',
        text: 'Waiting time is the time between entering a status and leaving it; a status still current counts up to now.',
        tone: 'muted',
      },
      { kind: 'heading', level: 1, text: 'Handoff types, most painful first' },
      {
        kind: 'table',
        columns: ['#', 'Handoff', 'Pain', 'Send-back', 'Overdue', 'Overrides', 'p90 after submit'],
        rows: report.types.map((t, i) => [
          String(i + 1),
          t.label,
          String(t.pain.score),
          percent(t.sendBack.rate),
          percent(t.overdue.rate),
          String(t.overrides.count),
          t.p90WaitAfterSubmitDays === null
            ? '—'
            : `${Math.round(t.p90WaitAfterSubmitDays * 10) / 10} days`,
        ]),
        weights: [0.4, 2.8, 0.8, 1.1, 1, 1.3, 1.4],
      },
      ...report.types.flatMap((t, i) => typeBlocks(t, i + 1, report.campaignNames)),
    );
  }
  // As on the page: the retrospective figures once the report could read retrospectives.
  if (report.notMeasured.length === 0) {
    blocks.push(...retrospectiveBlocks(report.retrospectives, report.campaignNames));
  } else {
    blocks.push(
      { kind: 'heading', level: 1, text: 'Not measured yet' },
      { kind: 'list', items: [...report.notMeasured] },
    );
  }
  return {
    title: 'Handoff health',
    subtitle: `${workspaceName} · as of ${asOf} · trend over the last ${report.weeks} weeks`,
    headline,
    worst: worst?.label ?? null,
    blocks,
    fileName: `handoff-health-${report.now.slice(0, 10)}`,
  };
}
