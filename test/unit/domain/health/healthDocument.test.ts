import { describe, expect, it } from 'vitest';
import {
  healthDocument,
  type HealthBlock,
  type HealthDocumentInput,
} from '../../../../shared/domain/health/healthDocument';
import type { HandoffTypeHealth, RetrospectiveTimingGroup } from '../../../../shared/model';

const none = { ids: [], total: 0 };

function type(
  label: string,
  score: number,
  patch: Partial<HandoffTypeHealth> = {},
): HandoffTypeHealth {
  return {
    key: label,
    label,
    handoffs: 10,
    submitted: 8,
    waits: [
      {
        status: 'submitted',
        periods: 8,
        stillOpen: 1,
        medianHours: 30,
        p90Hours: 96,
        slowest: { ids: ['c1', 'c2'], total: 2 },
      },
    ],
    p90WaitAfterSubmitDays: 4.26,
    sendBack: { count: 2, of: 8, rate: 0.25, campaigns: { ids: ['c1'], total: 1 } },
    topReasons: [{ reason: 'No UTM plan', count: 2, campaigns: none }],
    overrides: { count: 1, campaigns: { ids: ['c2'], total: 1 } },
    overdue: { count: 3, of: 6, rate: 0.5, campaigns: none },
    pain: {
      score,
      waitPoints: 1,
      sendBackPoints: 1,
      overduePoints: 1,
      because: 'half of them late',
    },
    trend: [
      {
        week: '2026-W47',
        start: '2026-11-16',
        completed: 2,
        medianWaitHours: 12,
        sendBacks: 0,
        campaigns: none,
      },
      {
        week: '2026-W48',
        start: '2026-11-23',
        completed: 0,
        medianWaitHours: null,
        sendBacks: 1,
        campaigns: none,
      },
    ],
    ...patch,
  };
}

const group = (
  key: string,
  label: string,
  patch: Partial<RetrospectiveTimingGroup> = {},
): RetrospectiveTimingGroup => ({
  key,
  label,
  held: 3,
  medianDays: 5,
  p90Days: 9,
  heldLate: 1,
  waiting: 1,
  overdue: { count: 1, campaigns: { ids: ['c2'], total: 1 } },
  ...patch,
});

const report: HealthDocumentInput = {
  now: '2026-11-27T09:30:00.000Z',
  weeks: 2,
  types: [type('Production → Launch', 7.5), type('Strategy → Creative', 2)],
  enoughHistory: true,
  painRule: 'Pain adds waiting, send-backs and lateness.',
  notMeasured: [],
  campaignNames: { c1: 'Spring ads', c2: 'Summer email' },
  retrospectives: {
    rule: 'Days from reaching Done to the retrospective being held; due within a week.',
    all: group('all', 'All campaign types'),
    byCampaignType: [group('email', 'Email', { medianDays: 1, p90Days: 1, heldLate: 0 })],
  },
};

const texts = (blocks: HealthBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'table'
      ? [...b.columns, ...b.rows.flat()]
      : b.kind === 'list'
        ? b.items
        : b.kind === 'chart'
          ? [b.title]
          : [b.text],
  );

describe('healthDocument', () => {
  const doc = healthDocument(report, 'Northwind Agency');

  it('names the most painful handoff first', () => {
    expect(doc.worst).toBe('Production → Launch');
    expect(doc.headline).toBe(
      'The handoff that hurts most: Production → Launch — half of them late.',
    );
    expect(doc.subtitle).toBe(
      'Northwind Agency · as of 2026-11-27 09:30 UTC · trend over the last 2 weeks',
    );
    expect(doc.fileName).toBe('handoff-health-2026-11-27');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'Handoff types, most painful first',
      '1. Production → Launch — pain 7.5',
      '2. Strategy → Creative — pain 2',
      'Time from Done to retrospective',
    ]);
  });

  it('carries the figures as the page words them, with the campaigns behind them', () => {
    const all = texts(doc.blocks);
    expect(all).toContain('Send-back rate: 25% (2 of 8 submitted) — Spring ads');
    expect(all).toContain('Sent back because “No UTM plan” × 2');
    expect(all).toContain('Overrides: 1 — Summer email');
    expect(all).toContain('Overdue rate: 50% (3 of 6 with a due date)');
    // Median 30 h, p90 96 h = 4 days; the slowest campaigns by name.
    const waits = doc.blocks.find((b) => b.kind === 'table' && b.columns[0] === 'Status');
    expect(waits).toMatchObject({
      rows: [['Submitted', '8', '1', '30 h', '4 days', 'Spring ads, Summer email']],
    });
    expect(all).toContain('4.3 days');
  });

  it('charts the weekly median wait, a week with nothing measured left empty', () => {
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    expect(chart).toMatchObject({
      bars: [
        { label: 'W47', value: 12 },
        { label: 'W48', value: null },
      ],
    });
  });

  it('ends with the time from Done to retrospective per campaign type and the overdue ones', () => {
    const at = doc.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'Time from Done to retrospective',
    );
    const [, rule, overdue, table] = doc.blocks.slice(at);
    expect(rule).toMatchObject({ kind: 'paragraph', text: report.retrospectives.rule });
    expect(overdue).toMatchObject({ text: 'Retrospectives overdue: 1 — Summer email' });
    expect(table).toMatchObject({
      columns: ['Campaign type', 'Held', 'Median', 'p90', 'Held late', 'Waiting', 'Overdue'],
      rows: [
        ['Email', '3', '1 day', '1 day', '0', '1', '1'],
        ['All campaign types', '3', '5 days', '9 days', '1', '1', '1'],
      ],
    });
  });

  it('says so when there is not enough history to rank', () => {
    const thin = healthDocument(
      {
        ...report,
        enoughHistory: false,
        notMeasured: ['Time from Done to retrospective: no data'],
      },
      'Northwind Agency',
    );
    expect(thin.worst).toBeNull();
    expect(thin.headline).toBe('Health needs a few finished handoffs before it can rank them.');
    expect(texts(thin.blocks)).toEqual([
      'Not measured yet',
      'Time from Done to retrospective: no data',
    ]);
  });
});
