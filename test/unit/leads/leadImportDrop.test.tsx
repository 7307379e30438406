// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { LeadImportView } from '../../../renderer/features/leads/LeadImportView';
import { useLeadImportStore } from '../../../renderer/features/leads/leadImportStore';
import { salesAndMarketing } from '../../harness/leadSeed';
import { realApiEachTest, type RealApi } from '../../harness/realApi';

// Before the harness: after-each hooks run last-registered first, so this runs once the view
// is unmounted.
afterEach(() => useLeadImportStore.getState().reset());

const realApi = realApiEachTest('baton-lead-import-', '2026-03-10T09:00:00Z');

/** A workspace that already has one lead, Dee, so a CSV naming her again shows a duplicate. */
async function renderView(): Promise<RealApi> {
  const api = realApi();
  await salesAndMarketing(api.backend.client, { name: 'Northwind', homeTimeZone: 'UTC' });
  await api.client.leads.create({ personName: 'Dee', email: 'dee@x.io' });
  render(
    <ApiProvider api={api}>
      <LeadImportView />
    </ApiProvider>,
  );
  return api;
}

async function leadEmails(api: RealApi): Promise<string[]> {
  return (await api.client.leads.list({})).leads.map((l) => l.email);
}

it('a CSV dropped on the area is previewed, its bad line named', async () => {
  const api = await renderView();
  const area = screen.getByText('Drop a .csv file here, or').parentElement!;
  const file = new File(['Name,Email\nAna,ana@x.io\nBo,nope\n'], 'dropped.csv', {
    type: 'text/csv',
  });
  fireEvent.dragOver(area, { dataTransfer: { files: [file] } });
  expect(area.className).toContain('lead-import__drop--over');
  fireEvent.drop(area, { dataTransfer: { files: [file] } });
  await screen.findByText('dropped.csv');
  await waitFor(() => expect(screen.getByRole('list', { name: 'Preview counts' })).toBeTruthy());
  expect(screen.getByRole('region', { name: 'Bad rows' }).textContent).toContain(
    "Line 3 email 'nope' is not an email address",
  );
  expect(screen.getByRole('button', { name: 'Import 1 lead' })).toBeTruthy();
  // A preview only reads: nothing is imported until the button is pressed.
  expect(await leadEmails(api)).toEqual(['dee@x.io']);
});

it('pasted text is previewed the same way, a lead already in Baton named; an empty paste sends nothing', async () => {
  const api = await renderView();
  expect(screen.getByRole('button', { name: 'Preview' })).toHaveProperty('disabled', true);
  fireEvent.change(screen.getByLabelText('Or paste CSV text'), {
    target: { value: 'Email;Name\ncy@x.io;Cy\nDEE@x.io;Dee' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
  await screen.findByText('Pasted text');
  expect(await screen.findByRole('button', { name: 'Import 1 lead' })).toBeTruthy();
  expect((screen.getByLabelText('Name', { exact: true }) as HTMLSelectElement).value).toBe('Name');
  expect(screen.getByRole('region', { name: 'Duplicates' }).textContent).toContain(
    'Line 3 DEE@x.io is already a lead in Baton',
  );
  expect(await leadEmails(api)).toEqual(['dee@x.io']);
});
