// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ListEditor } from '../../../renderer/features/handoff/package/editors/ListEditor';
import { TableEditor } from '../../../renderer/features/handoff/package/editors/TableEditor';
import type { TableRowDraft } from '../../../renderer/features/handoff/package/fieldValues';

afterEach(cleanup);

const noop = () => undefined;
const common = {
  id: 'points',
  labelId: 'points-label',
  describedBy: undefined,
  invalid: false,
  required: true,
  onFocus: noop,
  onBlur: noop,
};

function List({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial);
  return (
    <>
      <span id="points-label">Supporting points</span>
      <ListEditor {...common} label="Supporting points" value={items} onChange={setItems} />
      <output data-testid="value">{JSON.stringify(items)}</output>
    </>
  );
}

const value = () => JSON.parse(screen.getByTestId('value').textContent ?? '[]') as unknown;
const item = (n: number) => screen.getByRole('textbox', { name: `Supporting points, item ${n}` });

describe('ListEditor', () => {
  it('an empty list still has one item to type into', () => {
    render(<List initial={[]} />);
    fireEvent.change(item(1), { target: { value: 'Farm stories' } });
    expect(value()).toEqual(['Farm stories']);
    expect(screen.getByRole('group', { name: 'Supporting points' })).toBeTruthy();
  });

  it('Enter adds an item after the current one and moves into it', () => {
    render(<List initial={['a', 'c']} />);
    fireEvent.keyDown(item(1), { key: 'Enter' });
    expect(value()).toEqual(['a', '', 'c']);
    expect(document.activeElement).toBe(item(2));
  });

  it('Backspace in an empty item removes it; Alt+↓ and the buttons reorder', () => {
    render(<List initial={['a', '', 'b']} />);
    fireEvent.keyDown(item(2), { key: 'Backspace' });
    expect(value()).toEqual(['a', 'b']);
    expect(document.activeElement).toBe(item(1));
    fireEvent.keyDown(item(1), { key: 'ArrowDown', altKey: true });
    expect(value()).toEqual(['b', 'a']);
    expect(document.activeElement).toBe(item(2));
    fireEvent.click(screen.getByRole('button', { name: 'Move item 2 of Supporting points up' }));
    expect(value()).toEqual(['a', 'b']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove item 1 from Supporting points' }));
    expect(value()).toEqual(['b']);
  });
});

function Table({ suggest }: { suggest: boolean }) {
  const [rows, setRows] = useState<TableRowDraft[]>([]);
  return (
    <>
      <span id="points-label">Audience insights</span>
      <TableEditor
        {...common}
        label="Audience insights"
        columns={[
          { key: 'aspect', label: 'Aspect' },
          { key: 'insight', label: 'Insight' },
        ]}
        suggestions={suggest ? [{ label: 'Motivations', row: { aspect: 'Motivations' } }] : []}
        value={rows}
        onChange={setRows}
      />
      <output data-testid="value">{JSON.stringify(rows)}</output>
    </>
  );
}

describe('TableEditor', () => {
  it('cells are named by row and column; a quick-add fills the blank row and focuses the rest', () => {
    render(<Table suggest />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Aspect', 'Insight', 'Actions']);
    fireEvent.click(screen.getByRole('button', { name: 'Add Motivations row' }));
    expect(value()).toEqual([{ aspect: 'Motivations', insight: '' }]);
    const insight = screen.getByRole('textbox', { name: 'Audience insights, row 1, Insight' });
    expect(document.activeElement).toBe(insight);
    fireEvent.change(insight, { target: { value: 'Wants a story to tell' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add row to Audience insights' }));
    expect(value()).toEqual([
      { aspect: 'Motivations', insight: 'Wants a story to tell' },
      { aspect: '', insight: '' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 1 from Audience insights' }));
    expect(value()).toEqual([{ aspect: '', insight: '' }]);
  });
});
