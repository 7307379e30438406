// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { ApiClient } from '../../../renderer/api/client';
import type { LiveUpdates } from '../../../renderer/api/liveUpdates';
import { OneFigureForm } from '../../../renderer/features/optimization/OneFigureForm';
import { standardFor } from '../../../shared/domain/optimization';

afterEach(cleanup);

const CAMPAIGN = '0190a000-0000-7000-8000-000000000000';
const standard = standardFor(null, 'paid_ads');

function renderForm() {
  const addEntry = vi.fn(async () => ({}));
  const client = { optimization: { addEntry } } as unknown as ApiClient;
  const live: LiveUpdates = { subscribe: () => () => undefined };
  render(
    <ApiProvider api={{ client, live }}>
      <OneFigureForm campaignId={CAMPAIGN} standard={standard} today="2026-03-10" />
    </ApiProvider>,
  );
  return { addEntry };
}

it('adds one figure for today, the metric chosen and a decimal comma read as a point', async () => {
  const { addEntry } = renderForm();
  const cpa = standard.find((m) => m.key === 'cpa')!;
  fireEvent.change(screen.getByLabelText('Metric'), { target: { value: 'cpa' } });
  fireEvent.change(screen.getByLabelText(`Value (${cpa.unit})`), { target: { value: '21,5' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add figure' }));
  await waitFor(() =>
    expect(addEntry).toHaveBeenCalledWith({
      campaignId: CAMPAIGN,
      metricKey: 'cpa',
      day: '2026-03-10',
      value: 21.5,
    }),
  );
  await waitFor(() =>
    expect(screen.getByLabelText(`Value (${cpa.unit})`)).toHaveProperty('value', ''),
  );
});

it('names a value that is not a number and asks nothing', () => {
  const { addEntry } = renderForm();
  fireEvent.change(screen.getByLabelText(/^Value/), { target: { value: 'lots' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add figure' }));
  expect(screen.getByText('must be a number, not "lots"')).toBeTruthy();
  expect(addEntry).not.toHaveBeenCalled();
});
