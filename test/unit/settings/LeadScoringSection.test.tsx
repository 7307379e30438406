// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { LeadScoringSection } from '../../../renderer/features/settings/LeadScoringSection';
import { DEFAULT_LEAD_SCORING } from '../../../shared/domain/leads/leadScoring';
import { salesAndMarketing } from '../../harness/leadSeed';
import { realApiEachTest } from '../../harness/realApi';

const realApi = realApiEachTest('baton-lead-scoring-', '2026-03-10T09:00:00Z');

/**
 * A workspace with three managers (8 fit points each under the built-in second rule) and one
 * head of growth (15, from the first): dropping the second rule re-scores exactly the managers.
 */
async function renderSection() {
  const api = realApi();
  await salesAndMarketing(api.backend.client, { name: 'Northwind', homeTimeZone: 'UTC' });
  for (const name of ['Ana', 'Bo', 'Cy']) {
    await api.client.leads.create({
      personName: name,
      email: `${name.toLowerCase()}@acme.example`,
      jobTitle: 'Marketing Manager',
    });
  }
  await api.client.leads.create({
    personName: 'Di',
    email: 'di@acme.example',
    jobTitle: 'Head of Growth',
  });
  render(
    <ApiProvider api={api}>
      <LeadScoringSection />
    </ApiProvider>,
  );
  return api;
}

async function scoresByName(api: Awaited<ReturnType<typeof renderSection>>) {
  const page = await api.client.leads.list({});
  return Object.fromEntries(page.leads.map((l) => [l.personName, l.score]));
}

it('saves a new threshold and a removed rule, says how many leads were re-scored', async () => {
  const api = await renderSection();
  const threshold = await screen.findByLabelText('Sales-ready threshold');
  expect(screen.getByRole('button', { name: 'Reset to built-in' })).toHaveProperty(
    'disabled',
    true,
  );
  expect(await scoresByName(api)).toEqual({ Ana: 8, Bo: 8, Cy: 8, Di: 15 });
  fireEvent.change(threshold, { target: { value: '55' } });
  fireEvent.click(screen.getByRole('button', { name: 'Remove fit rule 2 (job title contains)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save and re-score' }));
  await screen.findByText('Saved — 3 leads re-scored');
  expect(await api.client.leads.scoring()).toEqual({
    scoring: {
      ...DEFAULT_LEAD_SCORING,
      fitRules: [DEFAULT_LEAD_SCORING.fitRules[0]],
      salesReadyThreshold: 55,
    },
    custom: true,
  });
  expect(await scoresByName(api)).toEqual({ Ana: 0, Bo: 0, Cy: 0, Di: 15 });
  expect(screen.getByText('This workspace’s own criteria')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Reset to built-in' }));
  await waitFor(() =>
    expect(screen.getByLabelText('Sales-ready threshold')).toHaveProperty('value', '40'),
  );
  expect(await api.client.leads.scoring()).toEqual({
    scoring: DEFAULT_LEAD_SCORING,
    custom: false,
  });
  expect(await scoresByName(api)).toEqual({ Ana: 8, Bo: 8, Cy: 8, Di: 15 });
  expect(screen.getByText('Uses the built-in criteria')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Reset to built-in' })).toHaveProperty(
    'disabled',
    true,
  );
});

it('a refusal from the server is named by rule and field on the right input, and Cancel brings the saved rule back', async () => {
  const api = await renderSection();
  const values = await screen.findByLabelText('Values of fit rule 1');
  const tooMany = Array.from({ length: 101 }, (_, i) => `Title ${i}`).join(', ');
  fireEvent.change(values, { target: { value: tooMany } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and re-score' }));
  const alert = await screen.findByRole('alert', { name: 'Fit rule problems' });
  expect(alert.textContent).toBe(
    'Fit rule 1 (job title contains), values: must be at most 100 values',
  );
  expect(values.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByLabelText('Points of fit rule 1').getAttribute('aria-invalid')).toBe(null);
  expect(await api.client.leads.scoring()).toEqual({
    scoring: DEFAULT_LEAD_SCORING,
    custom: false,
  });

  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.getByLabelText('Values of fit rule 1')).toHaveProperty(
    'value',
    'Head, Director, VP, Chief',
  );
  expect(screen.queryByRole('alert')).toBe(null);
});

it('a value typed wrong is named on its field before anything is sent', async () => {
  const api = await renderSection();
  const webinar = await screen.findByLabelText('Webinar');
  fireEvent.change(webinar, { target: { value: '1.5' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add fit rule' }));
  fireEvent.change(screen.getByLabelText('Points of fit rule 3'), { target: { value: '4' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and re-score' }));
  await screen.findByText('Points per webinar: “1.5” is not a whole number');
  expect(webinar.getAttribute('aria-invalid')).toBe('true');
  expect(
    screen.getByText('Fit rule 3 (job title contains), values: needs at least one value'),
  ).toBeTruthy();
  expect(await api.client.leads.scoring()).toEqual({
    scoring: DEFAULT_LEAD_SCORING,
    custom: false,
  });
});
