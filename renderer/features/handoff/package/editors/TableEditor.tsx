import { useLayoutEffect, useRef, useState } from 'react';
import { Button, CloseIcon } from '../../../../ui';
import type { TableRowDraft } from '../fieldValues';
import { PlusIcon } from '../../../../ui';
import type { EditorProps } from './editorProps';
import { groupFocusHandlers } from './groupFocus';

export interface TableColumn {
  key: string;
  label: string;
}

/** A quick-add button that adds a prefilled row (the audience aspects of the brief). */
export interface RowSuggestion {
  label: string;
  row: TableRowDraft;
}

interface TableEditorProps extends EditorProps<TableRowDraft[]> {
  columns: readonly TableColumn[];
  suggestions?: readonly RowSuggestion[];
}

function blankRow(columns: readonly TableColumn[]): TableRowDraft {
  return Object.fromEntries(columns.map((c) => [c.key, '']));
}

/** A two-column table is a label and its text (aspect → insight): the label gets less room. */
function columnWidth(count: number, index: number): string | undefined {
  if (count !== 2) return undefined;
  return index === 0 ? '32%' : undefined;
}

function isBlank(row: TableRowDraft): boolean {
  return Object.values(row).every((cell) => cell.trim() === '');
}

/**
 * Rows with the template's columns (metric, target, by when…). Cells grow with their text. An
 * empty table shows one blank row to type into; "Add row" and the suggestions add more.
 */
export function TableEditor(p: TableEditorProps) {
  const { columns } = p;
  const rows = p.value.length > 0 ? p.value : [blankRow(columns)];
  const cells = useRef(new Map<string, HTMLTextAreaElement>());
  const [focus, setFocus] = useState<{ row: number; col: number } | null>(null);

  useLayoutEffect(() => {
    if (!focus) return;
    cells.current.get(`${focus.row}:${focus.col}`)?.focus();
    setFocus(null);
  }, [focus]);

  const setCell = (r: number, key: string, text: string) =>
    p.onChange(
      rows.map((row, i) => (i === r ? { ...blankRow(columns), ...row, [key]: text } : row)),
    );
  const addRow = (row: TableRowDraft = blankRow(columns)) => {
    // A blank last row (the one an empty table shows) is filled instead of left behind.
    const last = rows[rows.length - 1];
    const base = last && isBlank(last) ? rows.slice(0, -1) : rows;
    const next = [...base, { ...blankRow(columns), ...row }];
    p.onChange(next);
    const firstEmpty = columns.findIndex((c) => !(next[next.length - 1]![c.key] ?? '').trim());
    setFocus({ row: next.length - 1, col: Math.max(0, firstEmpty) });
  };
  const removeRow = (r: number) => {
    p.onChange(rows.filter((_, i) => i !== r));
    setFocus({ row: Math.max(0, r - 1), col: 0 });
  };

  return (
    <div
      className="hf-table"
      role="group"
      aria-labelledby={p.labelId}
      aria-describedby={p.describedBy}
      {...groupFocusHandlers(p.onFocus, p.onBlur)}
    >
      <table className="hf-table__grid">
        <colgroup>
          {columns.map((c, i) => (
            <col key={c.key} style={{ width: columnWidth(columns.length, i) }} />
          ))}
          <col className="hf-table__actions-col" />
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {columns.map((c, ci) => (
                <td key={c.key}>
                  <textarea
                    ref={(el) => {
                      if (el) cells.current.set(`${r}:${ci}`, el);
                      else cells.current.delete(`${r}:${ci}`);
                    }}
                    id={r === 0 && ci === 0 ? p.id : undefined}
                    rows={1}
                    className="ui-control ui-control--textarea hf-autosize hf-table__cell"
                    aria-label={`${p.label}, row ${r + 1}, ${c.label}`}
                    aria-invalid={p.invalid || undefined}
                    value={row[c.key] ?? ''}
                    onChange={(e) => setCell(r, c.key, e.currentTarget.value)}
                  />
                </td>
              ))}
              <td className="hf-table__actions">
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<CloseIcon />}
                  aria-label={`Remove row ${r + 1} from ${p.label}`}
                  disabled={p.value.length === 0}
                  onClick={() => removeRow(r)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="hf-table__add">
        <Button
          size="sm"
          variant="ghost"
          icon={<PlusIcon />}
          aria-label={`Add row to ${p.label}`}
          onClick={() => addRow()}
        >
          Add row
        </Button>
        {p.suggestions && p.suggestions.length > 0 ? (
          <span className="hf-suggestions" role="group" aria-label={`Quick add to ${p.label}`}>
            <span className="hf-suggestions__label" aria-hidden="true">
              Add:
            </span>
            {p.suggestions.map((s) => (
              <Button
                key={s.label}
                size="sm"
                variant="secondary"
                icon={<PlusIcon size={14} />}
                aria-label={`Add ${s.label} row`}
                onClick={() => addRow(s.row)}
              >
                {s.label}
              </Button>
            ))}
          </span>
        ) : null}
      </div>
    </div>
  );
}
