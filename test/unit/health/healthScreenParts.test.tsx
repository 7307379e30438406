// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCampaignDialogStore } from '../../../renderer/features/campaigns/campaignDialogStore';
import { HandoffTypeSection } from '../../../renderer/features/health/HandoffTypeSection';
import { TrendChart } from '../../../renderer/features/health/TrendChart';
import type { HandoffTypeHealth, HealthTrendWeek } from '../../../shared/model';

afterEach(cleanup);

const none = { ids: [], total: 0 };
const week = (n: number, completed: number, sendBacks: number): HealthTrendWeek => ({
  week: `2026-W${n}`,
  start: '2026-11-23',
  completed,
  medianWaitHours: completed ? 30 : null,
  sendBacks,
  campaigns: none,
});
const trend = [45, 46, 47, 48].map((n, i) => week(n, i, i % 2 ? 3 : 0));

describe('TrendChart', () => {
  it('is an image named by its title with every week in its description, this week labelled', () => {
    render(<TrendChart label="Creative → Production" weeks={trend} />);
    const chart = screen.getByRole('img', { name: /Creative → Production: the last 4 weeks/ });
    expect(chart.textContent).toContain('2026-W48: 3 completed, 3 sent back, median wait 30 h');
    expect(chart.textContent).toContain('6 handoffs completed and 6 send-backs in 4 weeks');
    // Bars scale to the largest count (3): the axis says so.
    const ticks = [...chart.querySelectorAll('.health-trend__tick')].map((t) => t.textContent);
    expect(ticks).toEqual(['3', '0', 'W45', 'W46', 'W47', 'W48']);
    const heights = [...chart.querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('height')),
    );
    expect(heights.slice(-2)).toEqual([120, 120]);
    expect(heights[0]).toBe(0);
  });
});

describe('HandoffTypeSection', () => {
  it('opens the campaigns behind a figure, each as the board does', () => {
    const ids = ['0190c0de-0000-7000-8000-000000000001', '0190c0de-0000-7000-8000-000000000002'];
    const type: HandoffTypeHealth = {
      key: 'creative→production',
      label: 'Creative → Production',
      handoffs: 3,
      submitted: 2,
      waits: [
        {
          status: 'submitted',
          periods: 2,
          stillOpen: 1,
          medianHours: 30,
          p90Hours: 72,
          slowest: { ids: [ids[1]!], total: 1 },
        },
      ],
      p90WaitAfterSubmitDays: 3,
      sendBack: { count: 2, of: 2, rate: 1, campaigns: { ids, total: 2 } },
      topReasons: [{ reason: 'missing utm links', count: 2, campaigns: { ids, total: 2 } }],
      overrides: { count: 0, campaigns: none },
      overdue: { count: 0, of: 1, rate: 0, campaigns: none },
      pain: {
        score: 13,
        waitPoints: 3,
        sendBackPoints: 10,
        overduePoints: 0,
        because: 'sent back on 100% of submissions',
      },
      trend,
    };
    render(
      <HandoffTypeSection
        type={type}
        rank={1}
        names={{ [ids[0]!]: 'Spring range', [ids[1]!]: 'Summer sale' }}
      />,
    );
    const section = screen.getByRole('region', { name: '1. Creative → Production' });
    expect(
      within(section).getByRole('row', { name: /Submitted 30 h 3 days 2 \(1 now\)/ }),
    ).toBeTruthy();
    // Overrides 0 has no campaigns: plain text, not a link.
    expect(within(section).queryByRole('button', { name: '0' })).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: '100%' }));
    const behind = screen.getByRole('region', { name: /Campaigns behind send-backs/ });
    fireEvent.click(within(behind).getByRole('button', { name: 'Summer sale' }));
    expect(useCampaignDialogStore.getState().detailsId).toBe(ids[1]);

    fireEvent.click(within(section).getByRole('button', { name: '3 days' }));
    const slowest = screen.getByRole('region', { name: /Campaigns behind p90 wait at Submitted/ });
    expect(
      within(slowest)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Hide', 'Summer sale']);
  });
});
