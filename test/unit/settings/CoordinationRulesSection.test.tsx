// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { ApiClient } from '../../../renderer/api/client';
import type { LiveUpdates } from '../../../renderer/api/liveUpdates';
import { CoordinationRulesSection } from '../../../renderer/features/settings/CoordinationRulesSection';
import type { CoordinationRuleSetting, CoordinationRulesView } from '../../../shared/model';

afterEach(cleanup);

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
];

/** `calendar.rules/setRules` answering like the backend: a teaser threshold over 60 is refused. */
function renderSection() {
  let view: CoordinationRulesView = { rules: BUILT_IN, isDefault: true };
  const setRules = vi.fn(async ({ rules }: { rules: CoordinationRuleSetting[] | null }) => {
    const teaser = rules?.[0];
    if (teaser?.minDays !== undefined && teaser.minDays > 60) {
      const problem = `Rule 1 ('${teaser.name}'): minDays must be between 0 and 60 days, not ${teaser.minDays}`;
      throw {
        code: 'RULE_VIOLATION',
        message: problem,
        data: { issues: [{ field: 'rules.0.minDays', problem }] },
      };
    }
    view = rules === null ? { rules: BUILT_IN, isDefault: true } : { rules, isDefault: false };
    return view;
  });
  const client = {
    calendar: { rules: vi.fn(async () => view), setRules },
  } as unknown as ApiClient;
  const live: LiveUpdates = { subscribe: () => () => undefined };
  render(
    <ApiProvider api={{ client, live }}>
      <CoordinationRulesSection />
    </ApiProvider>,
  );
  return { setRules };
}

it('saves a switched-off rule and a new threshold, and resets to the built-in rules', async () => {
  const { setRules } = renderSection();
  const days = await screen.findByLabelText('At least (days before)');
  expect(screen.getByRole('button', { name: 'Reset to defaults' })).toHaveProperty(
    'disabled',
    true,
  );
  fireEvent.change(days, { target: { value: '3' } });
  fireEvent.click(screen.getAllByRole('checkbox')[1]!);
  fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
  await waitFor(() => expect(setRules).toHaveBeenCalledTimes(1));
  expect(setRules.mock.calls[0]![0]).toEqual({
    rules: [
      { ...BUILT_IN[0], minDays: 3 },
      { ...BUILT_IN[1], enabled: false },
    ],
  });
  const reset = screen.getByRole('button', { name: 'Reset to defaults' });
  await waitFor(() => expect(reset).toHaveProperty('disabled', false));
  fireEvent.click(reset);
  await waitFor(() => expect(setRules).toHaveBeenLastCalledWith({ rules: null }));
  await waitFor(() =>
    expect(screen.getByLabelText('At least (days before)')).toHaveProperty('value', '1'),
  );
});

it('shows the problem on the field it names, and a non-number before asking', async () => {
  const { setRules } = renderSection();
  const days = await screen.findByLabelText('At least (days before)');
  fireEvent.change(days, { target: { value: 'soon' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
  expect(await screen.findByText('minDays must be a number, not “soon”')).toBeTruthy();
  expect(setRules).not.toHaveBeenCalled();

  fireEvent.change(days, { target: { value: '90' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save rules' }));
  expect(
    await screen.findByText(
      "Rule 1 ('Teaser before email'): minDays must be between 0 and 60 days, not 90",
    ),
  ).toBeTruthy();
  expect(days.getAttribute('aria-invalid')).toBe('true');
});
