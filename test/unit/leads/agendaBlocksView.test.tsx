// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AgendaBlocksView } from '../../../renderer/features/leads/AgendaBlocksView';
import { agendaBlocks } from '../../../shared/domain/leads/agendaBlocks';

afterEach(cleanup);

const MD = [
  '# Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22',
  '',
  "## 1. This week's handoffs (1: 0 accepted, 1 rejected, 0 waiting)",
  '',
  '| Lead | Company | Campaign | Handed off | Answer |',
  '|---|---|---|---|---|',
  '| Ana Ruiz | Beta GmbH | — | 2026-03-16 | rejected: Bad timing |',
  '',
  '### By campaign',
  '',
  '| | Handed off | Accept rate | Top rejection reasons |',
  '|---|---|---|---|',
  '| Spring webinar | 1 | 0% | Bad timing (1) |',
  '| No campaign | 2 | — | — |',
  '',
  '## 4. Actions',
  '',
  '- [ ] ',
].join('\n');

describe('AgendaBlocksView', () => {
  it('nests the agenda under the view heading and says where the actions go', () => {
    render(<AgendaBlocksView blocks={agendaBlocks(MD)} />);
    const agenda = screen.getByRole('article', { name: 'Agenda' });
    expect(
      within(agenda)
        .getAllByRole('heading')
        .map((h) => [h.tagName, h.textContent]),
    ).toEqual([
      ['H3', 'Sales ↔ marketing weekly sync, 2026-03-16 to 2026-03-22'],
      ['H4', "1. This week's handoffs (1: 0 accepted, 1 rejected, 0 waiting)"],
      ['H5', 'By campaign'],
      ['H4', '4. Actions'],
    ]);
    expect(within(agenda).getByRole('listitem').textContent).toBe('☐ What the meeting agrees');
  });

  it('right-aligns only the columns of figures', () => {
    render(<AgendaBlocksView blocks={agendaBlocks(MD)} />);
    const [handoffs, quality] = screen.getAllByRole('table');
    const numeric = (table: HTMLElement) =>
      within(table)
        .getAllByRole('columnheader')
        .filter((th) => th.classList.contains('agenda-table__num'))
        .map((th) => th.textContent);
    // A campaign cell of "—" alone does not make the campaign column a figure.
    expect(numeric(handoffs!)).toEqual([]);
    expect(numeric(quality!)).toEqual(['Handed off', 'Accept rate']);
    const row = within(quality!).getAllByRole('row')[2]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['No campaign', '2', '—', '—']);
  });
});
