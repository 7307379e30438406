// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { ApiClient } from '../../../renderer/api/client';
import type { LiveUpdates } from '../../../renderer/api/liveUpdates';
import { LeadScoringSection } from '../../../renderer/features/settings/LeadScoringSection';
import { DEFAULT_LEAD_SCORING } from '../../../shared/domain/leads/leadScoring';
import { SetLeadScoring, type LeadScoring } from '../../../shared/model';

afterEach(cleanup);

/**
 * `leads.scoring/setScoring` answering like the contract: the input checked by the real schema
 * (a refusal is BAD_REQUEST with zod's issue paths), null back to the built-in criteria, three
 * leads re-scored on each save.
 */
function renderSection() {
  let saved: LeadScoring | null = null;
  const view = () => ({ scoring: saved ?? DEFAULT_LEAD_SCORING, custom: saved !== null });
  const setScoring = vi.fn(async (input: SetLeadScoring) => {
    const check = SetLeadScoring.safeParse(input);
    if (!check.success) {
      throw {
        code: 'BAD_REQUEST',
        message: 'Input validation failed',
        data: { issues: check.error.issues.map((i) => ({ path: i.path, message: i.message })) },
      };
    }
    saved = check.data;
    return { ...view(), rescored: 3 };
  });
  const client = {
    leads: { scoring: vi.fn(async () => view()), setScoring },
  } as unknown as ApiClient;
  const live: LiveUpdates = { subscribe: () => () => undefined };
  render(
    <ApiProvider api={{ client, live }}>
      <LeadScoringSection />
    </ApiProvider>,
  );
  return { setScoring };
}

it('saves a new threshold and a removed rule, says how many leads were re-scored', async () => {
  const { setScoring } = renderSection();
  const threshold = await screen.findByLabelText('Sales-ready threshold');
  expect(screen.getByRole('button', { name: 'Reset to built-in' })).toHaveProperty(
    'disabled',
    true,
  );
  fireEvent.change(threshold, { target: { value: '55' } });
  fireEvent.click(screen.getByRole('button', { name: 'Remove fit rule 2 (job title contains)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save and re-score' }));
  await screen.findByText('Saved — 3 leads re-scored');
  expect(setScoring).toHaveBeenCalledWith({
    ...DEFAULT_LEAD_SCORING,
    fitRules: [DEFAULT_LEAD_SCORING.fitRules[0]],
    salesReadyThreshold: 55,
  });
  expect(screen.getByText('This workspace’s own criteria')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Reset to built-in' }));
  await waitFor(() => expect(setScoring).toHaveBeenLastCalledWith(null));
  await waitFor(() =>
    expect(screen.getByLabelText('Sales-ready threshold')).toHaveProperty('value', '40'),
  );
  expect(screen.getByText('Uses the built-in criteria')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Reset to built-in' })).toHaveProperty(
    'disabled',
    true,
  );
});

it('a refusal from the server is named by rule and field on the right input, and Cancel brings the saved rule back', async () => {
  const { setScoring } = renderSection();
  const values = await screen.findByLabelText('Values of fit rule 1');
  const tooMany = Array.from({ length: 101 }, (_, i) => `Title ${i}`).join(', ');
  fireEvent.change(values, { target: { value: tooMany } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and re-score' }));
  const alert = await screen.findByRole('alert', { name: 'Fit rule problems' });
  expect(alert.textContent).toBe(
    'Fit rule 1 (job title contains), values: must be at most 100 values',
  );
  expect(setScoring).toHaveBeenCalledTimes(1);
  expect(values.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByLabelText('Points of fit rule 1').getAttribute('aria-invalid')).toBe(null);

  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.getByLabelText('Values of fit rule 1')).toHaveProperty(
    'value',
    'Head, Director, VP, Chief',
  );
  expect(screen.queryByRole('alert')).toBe(null);
});

it('a value typed wrong is named on its field before anything is sent', async () => {
  const { setScoring } = renderSection();
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
  expect(setScoring).not.toHaveBeenCalled();
});
