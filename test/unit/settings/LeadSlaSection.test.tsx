// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { ApiClient } from '../../../renderer/api/client';
import type { LiveUpdates } from '../../../renderer/api/liveUpdates';
import { LeadSlaSection } from '../../../renderer/features/settings/LeadSlaSection';
import { DEFAULT_LEAD_SLA } from '../../../shared/domain/leads/leadSla';
import { LeadSla } from '../../../shared/model';

afterEach(cleanup);

/** `leads.sla/setSla` answering like the contract: the input checked by the real schema. */
function renderSection() {
  let saved: LeadSla = DEFAULT_LEAD_SLA;
  const setSla = vi.fn(async (input: LeadSla) => {
    saved = LeadSla.parse(input);
    return saved;
  });
  const client = { leads: { sla: vi.fn(async () => saved), setSla } } as unknown as ApiClient;
  const live: LiveUpdates = { subscribe: () => () => undefined };
  render(
    <ApiProvider api={{ client, live }}>
      <LeadSlaSection />
    </ApiProvider>,
  );
  return { setSla };
}

it('counts all hours until business hours are chosen; saves them; switching back saves none', async () => {
  const { setSla } = renderSection();
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
  await waitFor(() =>
    expect(setSla).toHaveBeenCalledWith({
      handOffWithinHours: 24,
      acceptWithinHours: 24,
      businessHours: { start: '09:00', end: '16:30', days: [1, 2, 3, 4], timeZone: 'UTC' },
    }),
  );

  fireEvent.click(await screen.findByLabelText('Count all hours (nights and weekends too)'));
  fireEvent.click(screen.getByRole('button', { name: 'Save SLA' }));
  await waitFor(() => expect(setSla).toHaveBeenLastCalledWith(DEFAULT_LEAD_SLA));
});

it('an end before the start and no working day are named on their fields; nothing is sent', async () => {
  const { setSla } = renderSection();
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
  expect(setSla).not.toHaveBeenCalled();
});
