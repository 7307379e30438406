import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { Button, CloseIcon } from '../../../../ui';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon } from '../../../../ui';
import type { EditorProps } from './editorProps';
import { groupFocusHandlers } from './groupFocus';

type FocusRequest = { index: number; part: 'input' | 'up' | 'down' } | null;

/**
 * A list of short text items (supporting points, what to avoid). Enter adds an item after the
 * current one, Backspace in an empty item removes it, Alt+↑/↓ or the arrow buttons reorder.
 * An empty list still shows one blank item to type into.
 */
export function ListEditor(p: EditorProps<string[]>) {
  const items = p.value;
  const rows = items.length > 0 ? items : [''];
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const ups = useRef<(HTMLButtonElement | null)[]>([]);
  const downs = useRef<(HTMLButtonElement | null)[]>([]);
  const [focus, setFocus] = useState<FocusRequest>(null);

  useLayoutEffect(() => {
    if (!focus) return;
    const target = { input: inputs, up: ups, down: downs }[focus.part].current[focus.index];
    // A move button at the list's end is disabled; keep focus on the item instead.
    (target && !(target as HTMLButtonElement).disabled
      ? target
      : inputs.current[focus.index]
    )?.focus();
    setFocus(null);
  }, [focus]);

  const change = (next: string[], request: FocusRequest = null) => {
    p.onChange(next);
    if (request) setFocus(request);
  };
  const setItem = (i: number, text: string) => change(rows.map((v, j) => (j === i ? text : v)));
  const insertAfter = (i: number) =>
    change([...rows.slice(0, i + 1), '', ...rows.slice(i + 1)], { index: i + 1, part: 'input' });
  const remove = (i: number) =>
    change(
      rows.filter((_, j) => j !== i),
      { index: Math.max(0, i - 1), part: 'input' },
    );
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= rows.length) return;
    const next = [...rows];
    [next[i], next[j]] = [next[j]!, next[i]!];
    return next;
  };

  const onKeyDown = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      insertAfter(i);
    } else if (e.key === 'Backspace' && rows[i] === '' && rows.length > 1) {
      e.preventDefault();
      remove(i);
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const by = e.key === 'ArrowUp' ? -1 : 1;
      const next = move(i, by);
      if (next) change(next, { index: i + by, part: 'input' });
    }
  };

  return (
    <div
      className="hf-list"
      role="group"
      aria-labelledby={p.labelId}
      aria-describedby={p.describedBy}
      {...groupFocusHandlers(p.onFocus, p.onBlur)}
    >
      <ol className="hf-list__items">
        {rows.map((item, i) => (
          <li key={i} className="hf-list__item">
            <span className="hf-list__bullet" aria-hidden="true">
              {i + 1}.
            </span>
            <input
              ref={(el) => {
                inputs.current[i] = el;
              }}
              id={i === 0 ? p.id : undefined}
              className="ui-control"
              aria-label={`${p.label}, item ${i + 1}`}
              aria-invalid={p.invalid || undefined}
              value={item}
              onChange={(e) => setItem(i, e.currentTarget.value)}
              onKeyDown={onKeyDown(i)}
            />
            <span className="hf-row-actions">
              <Button
                ref={(el) => {
                  ups.current[i] = el;
                }}
                size="sm"
                variant="ghost"
                icon={<ArrowUpIcon />}
                aria-label={`Move item ${i + 1} of ${p.label} up`}
                disabled={i === 0}
                onClick={() => {
                  const next = move(i, -1);
                  if (next) change(next, { index: i - 1, part: 'up' });
                }}
              />
              <Button
                ref={(el) => {
                  downs.current[i] = el;
                }}
                size="sm"
                variant="ghost"
                icon={<ArrowDownIcon />}
                aria-label={`Move item ${i + 1} of ${p.label} down`}
                disabled={i === rows.length - 1}
                onClick={() => {
                  const next = move(i, 1);
                  if (next) change(next, { index: i + 1, part: 'down' });
                }}
              />
              <Button
                size="sm"
                variant="ghost"
                icon={<CloseIcon />}
                aria-label={`Remove item ${i + 1} from ${p.label}`}
                disabled={items.length === 0}
                onClick={() => remove(i)}
              />
            </span>
          </li>
        ))}
      </ol>
      <Button
        size="sm"
        variant="ghost"
        icon={<PlusIcon />}
        className="hf-add"
        aria-label={`Add item to ${p.label}`}
        onClick={() => insertAfter(rows.length - 1)}
      >
        Add item
      </Button>
    </div>
  );
}
