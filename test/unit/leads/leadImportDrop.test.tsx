// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { ApiClient } from '../../../renderer/api/client';
import type { LiveUpdates } from '../../../renderer/api/liveUpdates';
import { LeadImportView } from '../../../renderer/features/leads/LeadImportView';
import { useLeadImportStore } from '../../../renderer/features/leads/leadImportStore';
import { planLeadImport } from '../../../shared/domain/leads';
import type { LeadImportPreview } from '../../../shared/model';

afterEach(() => {
  cleanup();
  useLeadImportStore.getState().reset();
});

/** `leads.importPreview` planning with the real domain rules, as the backend does. */
function renderView() {
  const importPreview = vi.fn(
    async (input: {
      csvText: string;
      lineOffset: number;
      mapping?: Record<string, string>;
    }): Promise<LeadImportPreview> => {
      const p = planLeadImport(input.csvText, new Set(), input.mapping, input.lineOffset);
      return {
        delimiter: p.delimiter,
        headers: p.headers,
        mapping: p.mapping as Record<string, string>,
        goodCount: p.good.length,
        sample: p.good.map((g) => ({
          line: g.line,
          personName: g.personName,
          company: g.company,
          email: g.email,
        })),
        goodEmails: p.good.map((g) => ({ line: g.line, email: g.email })),
        duplicates: p.duplicates,
        bad: p.bad,
      };
    },
  );
  const client = {
    leads: { importPreview },
    campaigns: { list: vi.fn(async () => []) },
  } as unknown as ApiClient;
  const live: LiveUpdates = { subscribe: () => () => undefined };
  render(
    <ApiProvider api={{ client, live }}>
      <LeadImportView />
    </ApiProvider>,
  );
  return { importPreview };
}

it('a CSV dropped on the area is previewed, its bad line named', async () => {
  const { importPreview } = renderView();
  const area = screen.getByText('Drop a .csv file here, or').parentElement!;
  const file = new File(['Name,Email\nAna,ana@x.io\nBo,nope\n'], 'dropped.csv', {
    type: 'text/csv',
  });
  fireEvent.dragOver(area, { dataTransfer: { files: [file] } });
  expect(area.className).toContain('lead-import__drop--over');
  fireEvent.drop(area, { dataTransfer: { files: [file] } });
  await screen.findByText('dropped.csv');
  await waitFor(() => expect(screen.getByRole('list', { name: 'Preview counts' })).toBeTruthy());
  expect(importPreview).toHaveBeenCalledWith(
    expect.objectContaining({ csvText: 'Name,Email\nAna,ana@x.io\nBo,nope\n', lineOffset: 0 }),
  );
  expect(screen.getByRole('region', { name: 'Bad rows' }).textContent).toContain(
    "Line 3 email 'nope' is not an email address",
  );
  expect(screen.getByRole('button', { name: 'Import 1 lead' })).toBeTruthy();
});

it('pasted text is previewed the same way; an empty paste sends nothing', async () => {
  const { importPreview } = renderView();
  expect(screen.getByRole('button', { name: 'Preview' })).toHaveProperty('disabled', true);
  fireEvent.change(screen.getByLabelText('Or paste CSV text'), {
    target: { value: 'Email;Name\ncy@x.io;Cy' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
  await screen.findByText('Pasted text');
  await waitFor(() => expect(importPreview).toHaveBeenCalledTimes(1));
  expect(await screen.findByRole('button', { name: 'Import 1 lead' })).toBeTruthy();
  expect((screen.getByLabelText('Name', { exact: true }) as HTMLSelectElement).value).toBe('Name');
});
