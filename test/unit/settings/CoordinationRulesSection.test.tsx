// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { CoordinationRulesSection } from '../../../renderer/features/settings/CoordinationRulesSection';
import type { CoordinationRuleSetting } from '../../../shared/model';
import { seedNorthwindAgency } from '../../harness/northwindAgency';
import { realApiEachTest, type RealApi } from '../../harness/realApi';

const realApi = realApiEachTest('baton-coordination-rules-', '2026-03-10T09:00:00Z');

const BUILT_IN: CoordinationRuleSetting[] = [
  {
    id: 'teaser-before-email',
    kind: 'teaserBeforeEmail',
    name: 'Teaser before email',
    enabled: true,
    minDays: 1,
  },
  {
    id: 'segment-once-per-day',
    kind: 'segmentOncePerDay',
    name: 'One send per segment per day',
    enabled: true,
  },
  {
    id: 'client-email-social-gap',
    kind: 'clientEmailSocialGap',
    name: 'Email and social apart for a client',
    enabled: true,
    minHours: 2,
  },
];

async function renderSection(): Promise<RealApi> {
  const api = realApi();
  await seedNorthwindAgency(api.backend.client, []);
  expect(await api.client.calendar.rules()).toEqual({ rules: BUILT_IN, isDefault: true });
  render(
    <ApiProvider api={api}>
      <CoordinationRulesSection />
    </ApiProvider>,
  );
  return api;
}

it('saves a switched-off rule and a new threshold, and resets to the built-in rules', async () => {
  const api = await renderSection();
  const days = await screen.findByLabelText('At least (days before)');
  expect(screen.getByRole('button', { name: 'Reset to defaults' })).toHaveProperty(
    'disabled',
    true,
  );
  fireEvent.change(days, { target: { value: '3' } });
  fireEvent.click(screen.getAllByRole('checkbox')[1]!);
  fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
  const reset = screen.getByRole('button', { name: 'Reset to defaults' });
  await waitFor(() => expect(reset).toHaveProperty('disabled', false));
  expect(await api.client.calendar.rules()).toEqual({
    rules: [{ ...BUILT_IN[0], minDays: 3 }, { ...BUILT_IN[1], enabled: false }, BUILT_IN[2]],
    isDefault: false,
  });

  fireEvent.click(reset);
  await waitFor(() =>
    expect(screen.getByLabelText('At least (days before)')).toHaveProperty('value', '1'),
  );
  expect(screen.getAllByRole('checkbox')[1]).toHaveProperty('checked', true);
  expect(await api.client.calendar.rules()).toEqual({ rules: BUILT_IN, isDefault: true });
});

it('shows the problem on the field it names, and a non-number before asking', async () => {
  const api = await renderSection();
  const days = await screen.findByLabelText('At least (days before)');
  fireEvent.change(days, { target: { value: 'soon' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
  expect(await screen.findByText('minDays must be a number, not “soon”')).toBeTruthy();

  // The backend's own check refuses this one, naming the rule and field.
  fireEvent.change(days, { target: { value: '90' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
  expect(
    await screen.findByText(
      "Rule 1 ('Teaser before email'): minDays must be between 0 and 60 days, not 90",
    ),
  ).toBeTruthy();
  expect(days.getAttribute('aria-invalid')).toBe('true');
  expect(await api.client.calendar.rules()).toEqual({ rules: BUILT_IN, isDefault: true });
});
