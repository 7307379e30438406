import { describe, expect, it } from 'vitest';
import {
  computeHealth,
  doneDayOf,
  healthMarkdown,
  retrospectiveHealth,
  type HealthRetrospective,
} from '../../../../shared/domain/health';

const TODAY = '2026-04-20';

/** A retrospective of a campaign that reached Done on `done`, held `after` days later or not. */
function retro(
  campaignId: string,
  campaignType: HealthRetrospective['campaignType'],
  done: string,
  after: number | null,
): HealthRetrospective {
  const day = (n: number) =>
    new Date(Date.parse(`${done}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return {
    campaignId,
    campaignType,
    dueDay: day(7),
    heldOn: after === null ? null : day(after),
    status: after === null ? 'scheduled' : 'done',
  };
}

const RETROS = [
  // Email: held 2, 4, 6 and 12 days after Done; one still waiting and overdue.
  retro('e1', 'email', '2026-03-02', 2),
  retro('e2', 'email', '2026-03-09', 4),
  retro('e3', 'email', '2026-03-16', 6),
  retro('e4', 'email', '2026-03-23', 12),
  retro('e5', 'email', '2026-04-01', null),
  // Social: held 3 days after; one waiting, still within its week.
  retro('s1', 'social', '2026-03-02', 3),
  retro('s2', 'social', '2026-04-16', null),
];

describe('retrospectiveHealth', () => {
  it('reads the Done day back from the stored due day', () => {
    expect(doneDayOf({ dueDay: '2026-03-09' })).toBe('2026-03-02');
  });

  it.each([
    // key, held, median, p90, held late, waiting, overdue
    ['email', 4, 5, 12, 1, 1, 1],
    ['social', 1, 3, 3, 0, 1, 0],
    ['all', 5, 4, 12, 1, 2, 1],
  ])('%s: held %i, median %i d, p90 %i d', (key, held, med, p90, late, waiting, overdue) => {
    const h = retrospectiveHealth(RETROS, TODAY);
    const g = key === 'all' ? h.all : h.byCampaignType.find((x) => x.key === key)!;
    expect({
      held: g.held,
      median: g.medianDays,
      p90: g.p90Days,
      late: g.heldLate,
      waiting: g.waiting,
      overdue: g.overdue.count,
    }).toEqual({ held, median: med, p90, late, waiting, overdue });
  });

  it('lists the slowest campaign type first and links the overdue campaigns', () => {
    const h = retrospectiveHealth(RETROS, TODAY);
    expect(h.byCampaignType.map((g) => g.label)).toEqual(['Email', 'Social']);
    expect(h.all.overdue.campaigns).toEqual({ ids: ['e5'], total: 1 });
    expect(h.rule).toContain('per campaign type');
  });

  it('turns overdue the day after its week, without a write', () => {
    const waiting = [retro('x', 'paid_ads', '2026-04-13', null)];
    expect(retrospectiveHealth(waiting, '2026-04-20').all.overdue.count).toBe(0);
    expect(retrospectiveHealth(waiting, '2026-04-21').all.overdue.count).toBe(1);
  });

  it('has no median with nothing held', () => {
    expect(retrospectiveHealth([], TODAY).all).toMatchObject({
      held: 0,
      medianDays: null,
      p90Days: null,
    });
  });
});

describe('health report with retrospectives', () => {
  const now = Date.parse(`${TODAY}T09:00:00.000Z`);

  it('measures the figure once retrospectives are given, and prints it in Markdown', () => {
    const without = computeHealth({ handoffs: [], statusChanges: [], events: [], now, weeks: 2 });
    expect(without.notMeasured.join(' ')).toContain('retrospectives come later');
    const report = {
      ...computeHealth({
        handoffs: [],
        statusChanges: [],
        events: [],
        now,
        weeks: 2,
        retrospectives: RETROS,
        today: TODAY,
      }),
      campaignNames: { e5: 'Easter email' },
    };
    expect(report.notMeasured).toEqual([]);
    expect(report.retrospectives.all.p90Days).toBe(12);
    // Too little handoff history to rank handoffs: said so, and the retrospectives still shown.
    const md = healthMarkdown(report);
    expect(md).toContain('Health needs a few finished handoffs');
    expect(md).toContain('- Retrospectives overdue: 1 — Easter email');
  });
});

describe('healthMarkdown retrospective section', () => {
  it('prints the per-type table, the overall row and the overdue campaigns', () => {
    const now = Date.parse(`${TODAY}T09:00:00.000Z`);
    const ids = ['h1', 'h2', 'h3'];
    const report = {
      ...computeHealth({
        handoffs: ids.map((id) => ({
          id,
          campaignId: `c-${id}`,
          typeKey: 'strategy→creative',
          typeLabel: 'Strategy → Creative',
          dueDate: null,
        })),
        statusChanges: ids.map((handoffId) => ({
          handoffId,
          status: 'submitted' as const,
          at: now - 86_400_000,
        })),
        events: ids.map((handoffId) => ({
          handoffId,
          kind: 'submitted' as const,
          reason: null,
          missing: [],
          at: now - 86_400_000,
        })),
        now,
        weeks: 2,
        retrospectives: RETROS,
        today: TODAY,
      }),
      campaignNames: { e5: 'Easter email' },
    };
    const md = healthMarkdown(report);
    expect(md).toContain('## Time from Done to retrospective');
    expect(md).toContain('- Retrospectives overdue: 1 — Easter email');
    expect(md).toContain('| Email | 4 | 5 days | 12 days | 1 | 1 | 1 |');
    expect(md).toContain('| All campaign types | 5 | 4 days | 12 days | 1 | 2 | 1 |');
    expect(md).not.toContain('retrospectives come later');
  });
});
