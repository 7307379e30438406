// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { LeadSlaSection } from '../../../renderer/features/settings/LeadSlaSection';
import { DEFAULT_LEAD_SLA } from '../../../shared/domain/leads/leadSla';
import { salesAndMarketing } from '../../harness/leadSeed';
import { realApiEachTest, type RealApi } from '../../harness/realApi';

const realApi = realApiEachTest('baton-lead-sla-', '2026-03-10T09:00:00Z');

async function seedWorkspace(): Promise<RealApi> {
  const api = realApi();
  await salesAndMarketing(api.backend.client, { name: 'Northwind', homeTimeZone: 'UTC' });
  return api;
}

function renderSection(api: RealApi) {
  return render(
    <ApiProvider api={api}>
      <LeadSlaSection />
    </ApiProvider>,
  );
}

it('counts all hours until business hours are chosen; saves them; switching back saves none', async () => {
  const api = await seedWorkspace();
  const first = renderSection(api);
  await screen.findByLabelText('Hand off within (hours)');
  expect(screen.getByLabelText('Count all hours (nights and weekends too)')).toHaveProperty(
    'checked',
    true,
  );
  expect(screen.queryByLabelText('Time zone')).toBe(null);
  fireEvent.click(
    screen.getByLabelText('Count business hours only (the clocks stop outside them)'),
  );
  fireEvent.click(screen.getByLabelText('Fri'));
  fireEvent.change(screen.getByLabelText('End'), { target: { value: '16:30' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save SLA' }));
  const businessHours = {
    handOffWithinHours: 24,
    acceptWithinHours: 24,
    businessHours: { start: '09:00', end: '16:30', days: [1, 2, 3, 4], timeZone: 'UTC' },
  };
  await waitFor(async () => expect(await api.client.leads.sla()).toEqual(businessHours));

  // Opened afresh, the section shows what the database now holds, not the defaults.
  first.unmount();
  renderSection(api);
  expect(await screen.findByLabelText('End')).toHaveProperty('value', '16:30');
  expect(screen.getByLabelText('Fri')).toHaveProperty('checked', false);
  expect(screen.getByLabelText('Thu')).toHaveProperty('checked', true);

  fireEvent.click(screen.getByLabelText('Count all hours (nights and weekends too)'));
  fireEvent.click(screen.getByRole('button', { name: 'Save SLA' }));
  await waitFor(async () => expect(await api.client.leads.sla()).toEqual(DEFAULT_LEAD_SLA));
});

it('an end before the start and no working day are named on their fields; nothing is sent', async () => {
  const api = await seedWorkspace();
  renderSection(api);
  await screen.findByLabelText('Hand off within (hours)');
  fireEvent.click(
    screen.getByLabelText('Count business hours only (the clocks stop outside them)'),
  );
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])
    fireEvent.click(screen.getByLabelText(day));
  fireEvent.change(screen.getByLabelText('End'), { target: { value: '08:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save SLA' }));
  await screen.findByText('Working days: tick at least one day');
  expect(screen.getByText('Business hours end: must be after the start (09:00)')).toBeTruthy();
  expect(screen.getByLabelText('End').getAttribute('aria-invalid')).toBe('true');
  expect(await api.client.leads.sla()).toEqual(DEFAULT_LEAD_SLA);
});
