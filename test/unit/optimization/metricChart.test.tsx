// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricChart } from '../../../renderer/features/optimization/MetricChart';
import { standardFor } from '../../../shared/domain/optimization';
import type { MetricEntry } from '../../../shared/model';

afterEach(cleanup);

const cpa = standardFor(null, 'paid_ads').find((m) => m.key === 'cpa')!; // lower is better, 25
const entry = (day: string, value: number): MetricEntry => ({
  id: `0190a000-0000-7000-8000-0000000000${day.slice(8)}`,
  campaignId: '0190a000-0000-7000-8000-000000000000',
  metricKey: 'cpa',
  day,
  value,
  source: 'manual',
  createdAt: '2026-03-10T00:00:00.000Z',
  deletedAt: null,
});

describe('MetricChart', () => {
  it('draws the figures against the target with the launch marked, and says whether the latest is on target', () => {
    render(
      <MetricChart
        metric={cpa}
        launchDate="2026-03-02"
        entries={[entry('2026-03-05', 30), entry('2026-03-03', 22)]}
      />,
    );
    const chart = screen.getByRole('img', { name: /CPA per day against its target/ });
    expect(chart.textContent).toContain(
      'Target 25 EUR. Launch 2026-03-02. 2026-03-03: 22; 2026-03-05: 30',
    );
    expect(chart.querySelector('.opt-chart__launch')).not.toBeNull();
    // Launch is the first day shown, so its line sits on the y axis.
    expect(chart.querySelector('.opt-chart__launch')!.getAttribute('x1')).toBe('40');
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    // Lower is better: 30 is over the target of 25.
    expect(screen.getByText(/latest 30 · off target/)).toBeTruthy();
  });

  it('says when there are no figures instead of drawing an empty chart', () => {
    render(<MetricChart metric={cpa} launchDate={null} entries={[]} />);
    expect(screen.getByText('No figures yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
