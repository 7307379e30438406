// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { RetrospectiveTimingSection } from '../../../renderer/features/health/RetrospectiveTimingSection';
import { retrospectiveHealth } from '../../../shared/domain/health';

afterEach(cleanup);

it('shows time from Done to retrospective per campaign type and opens the overdue campaigns', () => {
  const retrospectives = retrospectiveHealth(
    [
      {
        campaignId: 'c1',
        campaignType: 'email',
        dueDay: '2026-03-09',
        heldOn: '2026-03-06',
        status: 'done',
      },
      {
        campaignId: 'c2',
        campaignType: 'email',
        dueDay: '2026-04-08',
        heldOn: null,
        status: 'scheduled',
      },
    ],
    '2026-04-11',
  );
  render(
    <RetrospectiveTimingSection retrospectives={retrospectives} names={{ c2: 'Easter email' }} />,
  );
  const section = screen.getByRole('region', { name: 'Time from Done to retrospective' });
  expect(within(section).getByText('1 retrospective overdue')).toBeTruthy();
  const email = within(section).getByRole('row', { name: /^Email/ });
  // Done on 03-02, held on 03-06: four days.
  expect(email.textContent).toBe('Email14 days4 days011');
  fireEvent.click(within(email).getByRole('button', { name: '1' }));
  expect(
    within(section).getByRole('region', { name: /Campaigns behind Retrospectives overdue/ })
      .textContent,
  ).toContain('Easter email');
});
