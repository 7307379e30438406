// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { OneFigureForm } from '../../../renderer/features/optimization/OneFigureForm';
import { seedAnalystCampaign } from '../../harness/analystCampaign';
import { realApiEachTest } from '../../harness/realApi';

const realApi = realApiEachTest('baton-one-figure-', '2026-03-10T09:00:00Z');

/** The form for a paid campaign, with the standard the backend gives that campaign. */
async function renderForm() {
  const api = realApi();
  const { campaign } = await seedAnalystCampaign(api.backend.client);
  const view = await api.client.optimization.campaign({ campaignId: campaign.id });
  render(
    <ApiProvider api={api}>
      <OneFigureForm campaignId={campaign.id} standard={view.standard} today="2026-03-10" />
    </ApiProvider>,
  );
  const entries = async () =>
    (await api.client.optimization.campaign({ campaignId: campaign.id })).entries;
  return { standard: view.standard, entries };
}

it('adds one figure for today, the metric chosen and a decimal comma read as a point', async () => {
  const { standard, entries } = await renderForm();
  const cpa = standard.find((m) => m.key === 'cpa')!;
  fireEvent.change(screen.getByLabelText('Metric'), { target: { value: 'cpa' } });
  fireEvent.change(screen.getByLabelText(`Value (${cpa.unit})`), { target: { value: '21,5' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add figure' }));
  await waitFor(() =>
    expect(screen.getByLabelText(`Value (${cpa.unit})`)).toHaveProperty('value', ''),
  );
  expect(await entries()).toEqual([
    expect.objectContaining({ metricKey: 'cpa', day: '2026-03-10', value: 21.5, source: 'manual' }),
  ]);
});

it('names a value that is not a number and asks nothing', async () => {
  const { entries } = await renderForm();
  fireEvent.change(screen.getByLabelText(/^Value/), { target: { value: 'lots' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add figure' }));
  expect(screen.getByText('must be a number, not "lots"')).toBeTruthy();
  expect(await entries()).toEqual([]);
});

it('a day the backend refuses is named, and the value typed stays', async () => {
  const { entries } = await renderForm();
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: '' } });
  fireEvent.change(screen.getByLabelText(/^Value/), { target: { value: '12' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add figure' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe('day: must be a date like 2026-03-14');
  expect(screen.getByLabelText(/^Value/)).toHaveProperty('value', '12');
  expect(await entries()).toEqual([]);
});
