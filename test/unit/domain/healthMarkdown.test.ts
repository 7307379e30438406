import { describe, expect, it } from 'vitest';
import {
  computeHealth,
  DAY_MS,
  formatWait,
  healthMarkdown,
  type HealthEvent,
  type HealthStatusChange,
} from '../../../shared/domain/health';
import type { HandoffStatus } from '../../../shared/model';

const T0 = Date.parse('2026-11-16T09:00:00.000Z');
const NOW = Date.parse('2026-11-19T09:00:00.000Z');
const d = (days: number) => T0 + days * DAY_MS;

function reportWith(submittedCount: number) {
  const ids = Array.from({ length: submittedCount }, (_, i) => `h${i}`);
  const handoffs = ids.map((id, i) => ({
    id,
    campaignId: `c${i}`,
    typeKey: 'creative→production',
    typeLabel: 'Creative → Production',
    dueDate: '2026-11-17',
  }));
  const statusChanges: HealthStatusChange[] = ids.flatMap((handoffId) =>
    (
      [
        ['draft', d(0)],
        ['submitted', d(1)],
        ['changes_requested', d(2)],
      ] as [HandoffStatus, number][]
    ).map(([status, at]) => ({ handoffId, status, at })),
  );
  const events: HealthEvent[] = ids.flatMap((handoffId) => [
    { handoffId, kind: 'submitted' as const, at: d(1), reason: null, missing: [] },
    {
      handoffId,
      kind: 'changes_requested' as const,
      at: d(2),
      reason: 'Legal line missing',
      missing: [],
    },
  ]);
  const base = computeHealth({ handoffs, statusChanges, events, now: NOW, weeks: 2 });
  return { ...base, campaignNames: { c0: 'Spring range', c1: 'Summer sale', c2: 'Autumn' } };
}

describe('healthMarkdown', () => {
  it('names the worst handoff, its figures, reasons, campaigns and what is not measured', () => {
    const md = healthMarkdown(reportWith(3));
    expect(md).toContain('# Handoff health');
    expect(md).toContain('**The handoff that hurts most: Creative → Production**');
    expect(md).toContain('| Submitted | 3 | 0 | 24 h | 24 h |');
    expect(md).toContain('| Changes requested | 3 | 3 | 24 h | 24 h |');
    expect(md).toContain(
      '- Send-back rate: 100% (3 of 3 submitted) — Spring range, Summer sale, Autumn',
    );
    expect(md).toContain('  - "legal line missing" × 3');
    expect(md).toContain('- Overdue rate: 100% (3 of 3 with a due date)');
    expect(md).toContain('| 2026-W47 | 0 | 24 h | 3 |');
    expect(md).toContain('Pain score = p90 wait after submission in days');
    expect(md).toContain('retrospectives come later');
  });

  it('says health needs a few finished handoffs when there is too little history', () => {
    const md = healthMarkdown(reportWith(1));
    expect(md).toContain('Health needs a few finished handoffs');
    expect(md).not.toContain('hurts most');
  });

  it.each([
    [null, '—'],
    [5, '5 h'],
    [47.96, '48 h'],
    [60, '2.5 days'],
  ])('formatWait(%j) is %j', (hours, text) => {
    expect(formatWait(hours)).toBe(text);
  });
});
