import { dayInZone } from '../calendarDay';
import type { QualityReport } from './leadQuality';
import { hoursText, percent } from './leadQuality';

// The agenda for the weekly sales-marketing meeting, as Markdown: the week's handoffs and what
// sales answered, the SLA misses to talk about, and the quality figures by campaign and source.

export interface AgendaHandoff {
  personName: string;
  company: string;
  campaignName: string | null;
  at: string;
  outcome: 'pending' | 'accepted' | 'rejected';
  reasonLabel: string | null;
  reasonText: string;
}

export interface AgendaSlaMiss {
  personName: string;
  company: string;
  text: string;
}

export interface AgendaInput {
  /** The home zone: the days handoffs are written under. */
  timeZone: string;
  weekStart: string;
  weekEnd: string;
  handoffs: readonly AgendaHandoff[];
  slaMisses: readonly AgendaSlaMiss[];
  quality: QualityReport;
}

const cellText = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function weeklyAgendaMarkdown(input: AgendaInput): string {
  const out: string[] = [
    `# Sales ↔ marketing weekly sync, ${input.weekStart} to ${input.weekEnd}`,
    '',
  ];
  const accepted = input.handoffs.filter((h) => h.outcome === 'accepted').length;
  const rejected = input.handoffs.filter((h) => h.outcome === 'rejected').length;
  out.push(
    `## 1. This week's handoffs (${input.handoffs.length}: ${accepted} accepted, ${rejected} rejected, ${input.handoffs.length - accepted - rejected} waiting)`,
    '',
  );
  if (input.handoffs.length === 0) out.push('No leads were handed off this week.', '');
  else {
    out.push('| Lead | Company | Campaign | Handed off | Answer |', '|---|---|---|---|---|');
    for (const h of input.handoffs) {
      const answer =
        h.outcome === 'rejected'
          ? `rejected: ${h.reasonLabel ?? 'Other'}${h.reasonText ? ` (${h.reasonText})` : ''}`
          : h.outcome;
      out.push(
        `| ${cellText(h.personName)} | ${cellText(h.company)} | ${cellText(h.campaignName ?? '—')} | ${dayInZone(Date.parse(h.at), input.timeZone)} | ${cellText(answer)} |`,
      );
    }
    out.push('');
  }
  out.push(`## 2. SLA misses (${input.slaMisses.length})`, '');
  if (input.slaMisses.length === 0)
    out.push('None: every lead was handed off and accepted in time.', '');
  else {
    for (const m of input.slaMisses) out.push(`- ${m.personName} (${m.company}): ${m.text}`);
    out.push('');
  }
  out.push('## 3. Lead quality', '');
  const o = input.quality.overall;
  out.push(
    `Overall: ${o.handedOff} handed off, accept rate ${percent(o.acceptRate)}, median time to accept ${hoursText(o.medianHoursToAccept)}.`,
    '',
  );
  for (const [title, rows] of [
    ['By campaign', input.quality.byCampaign],
    ['By source channel', input.quality.bySource],
  ] as const) {
    if (rows.length === 0) continue;
    out.push(
      `### ${title}`,
      '',
      '| | Handed off | Accept rate | Top rejection reasons |',
      '|---|---|---|---|',
    );
    for (const r of rows) {
      const reasons = r.topRejectionReasons.map((x) => `${x.label} (${x.count})`).join(', ') || '—';
      out.push(`| ${cellText(r.label)} | ${r.handedOff} | ${percent(r.acceptRate)} | ${reasons} |`);
    }
    out.push('');
  }
  out.push('## 4. Actions', '', '- [ ] ', '');
  return out.join('\n');
}
