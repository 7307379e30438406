// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { RetrospectivesScreen } from '../../../renderer/features/retrospectives/RetrospectivesScreen';
import { ToastRegion } from '../../../renderer/ui';
import { realApiEachTest, type RealApi } from '../../harness/realApi';

// The sample agency has one retrospective still to hold (Café Partner Program, overdue): the
// screen opens it first. Everything is read back from the real backend behind the screen.

const realApi = realApiEachTest('baton-retro-screen-', '2026-11-27T10:00:00Z');

async function openScreen(): Promise<{ api: RealApi; form: HTMLElement; retroId: string }> {
  const api = realApi();
  await api.client.workspace.loadDemo();
  const retro = (await api.client.retrospectives.list({ includeHeld: false }))[0]!;
  render(
    <ApiProvider api={api}>
      <RetrospectivesScreen />
      <ToastRegion />
    </ApiProvider>,
  );
  const form = await screen.findByRole('region', { name: `Retrospective: ${retro.campaignName}` });
  return { api, form, retroId: retro.id };
}

const improvementsOf = async (api: RealApi, id: string) =>
  (await api.client.retrospectives.get({ id })).improvements;

it('an improvement is added, given an owner and a template change, removed, and put back by Undo', async () => {
  const { api, form, retroId } = await openScreen();
  const f = within(form);
  expect(f.getByText(/^No improvements yet/)).toBeTruthy();

  fireEvent.change(f.getByLabelText('New improvement'), {
    target: { value: 'Book the retro in the kick-off' },
  });
  fireEvent.click(f.getByRole('button', { name: 'Add improvement' }));
  await f.findByText('Book the retro in the kick-off');
  expect((f.getByLabelText('New improvement') as HTMLInputElement).value).toBe('');
  expect(f.queryByText(/^No improvements yet/)).toBeNull();

  const people = await api.client.people.list();
  const owner = people.find((p) => p.name === 'Maya Okafor')!;
  fireEvent.change(f.getByLabelText('Owner'), { target: { value: owner.id } });
  await waitFor(async () =>
    expect(await improvementsOf(api, retroId)).toMatchObject([
      { text: 'Book the retro in the kick-off', ownerId: owner.id, templateChange: false },
    ]),
  );
  fireEvent.click(f.getByLabelText('Template change request'));
  await waitFor(async () =>
    expect(await improvementsOf(api, retroId)).toMatchObject([{ templateChange: true }]),
  );
  await waitFor(() =>
    expect((f.getByLabelText('Template change request') as HTMLInputElement).checked).toBe(true),
  );

  fireEvent.click(f.getByRole('button', { name: 'Remove' }));
  await f.findByText(/^No improvements yet/);
  expect(await improvementsOf(api, retroId)).toEqual([]);

  // Undo puts it back as it was, owner and template change included.
  const notifications = screen.getByRole('region', { name: 'Notifications' });
  expect(notifications.textContent).toContain('Removed “Book the retro in the kick-off”');
  fireEvent.click(within(notifications).getByRole('button', { name: 'Undo' }));
  await f.findByText('Book the retro in the kick-off');
  expect(await improvementsOf(api, retroId)).toMatchObject([
    { text: 'Book the retro in the kick-off', ownerId: owner.id, templateChange: true },
  ]);
});

it('what worked is saved on leaving the field, and an empty improvement is refused by name', async () => {
  const { api, form, retroId } = await openScreen();
  const f = within(form);
  const worked = f.getByLabelText('What worked (to repeat)');
  fireEvent.focus(worked);
  fireEvent.change(worked, { target: { value: 'Partner cafés shared the posts' } });
  fireEvent.blur(worked);
  await waitFor(async () =>
    expect((await api.client.retrospectives.get({ id: retroId })).whatWorked).toBe(
      'Partner cafés shared the posts',
    ),
  );

  fireEvent.click(f.getByRole('button', { name: 'Add improvement' }));
  const problems = await f.findByRole('alert');
  expect(problems.textContent).toMatch(/^text /);
  expect(await improvementsOf(api, retroId)).toEqual([]);
});
