import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { Dialog, Kbd } from '../../ui';
import type { Action, ActionContext } from './action';
import { allActions, isAvailable, useActionRegistry } from './actionRegistry';
import { rankActions } from './paletteSearch';
import { performAction } from './performAction';
import { usePaletteStore } from './paletteStore';
import { formatShortcut, type Platform } from './shortcuts';
import './commandPalette.css';

/** Enough to scan; typing narrows the rest. Keeps a 2,000-campaign workspace snappy. */
const MAX_SHOWN = 50;

/**
 * Ctrl/Cmd+K: search every available action by label and keywords, ↑/↓ to choose, Enter to
 * run. Follows the ARIA combobox pattern: focus stays in the search box, the active option is
 * announced through aria-activedescendant.
 */
export function CommandPalette({ ctx, platform }: { ctx: ActionContext; platform: Platform }) {
  const { open, query, close, setQuery } = usePaletteStore();
  const registrations = useActionRegistry((s) => s.registrations);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = useId();
  const [active, setActive] = useState(0);
  const [lastQuery, setLastQuery] = useState(query);

  const results = useMemo(() => {
    if (!open) return [];
    const available = allActions(registrations).filter((a) => isAvailable(a, ctx));
    return rankActions(available, query).slice(0, MAX_SHOWN);
  }, [open, registrations, ctx, query]);

  // A new query starts again from the best match (adjusted during render, not in an effect).
  if (query !== lastQuery) {
    setLastQuery(query);
    setActive(0);
  }
  const activeIndex = Math.min(active, Math.max(results.length - 1, 0));

  const run = (action: Action) => {
    close();
    performAction(action, ctx, 'palette');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (results.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = (activeIndex + step + results.length) % results.length;
      setActive(next);
      document.getElementById(`${optionId}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const action = results[activeIndex];
      if (action) run(action);
    }
  };

  let lastGroup: string | undefined;
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Command palette"
      size="md"
      className="command-palette"
      initialFocusRef={inputRef}
    >
      <div className="command-palette__search">
        <label htmlFor={`${listId}-input`} className="visually-hidden">
          Search commands
        </label>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          className="command-palette__input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results.length > 0 ? `${optionId}-${activeIndex}` : undefined}
          placeholder="Type a command, a campaign or a person…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Commands" className="command-palette__list">
        {results.map((action, i) => {
          const heading = action.group !== lastGroup ? action.group : undefined;
          lastGroup = action.group;
          return (
            <li key={action.id} role="presentation">
              {heading && !query ? (
                <div className="command-palette__group" aria-hidden="true">
                  {heading}
                </div>
              ) : null}
              <div
                id={`${optionId}-${i}`}
                role="option"
                aria-selected={i === activeIndex}
                className="command-palette__option"
                onMouseMove={() => i !== activeIndex && setActive(i)}
                onClick={() => run(action)}
              >
                <span className="command-palette__label">{action.label}</span>
                {action.shortcut ? (
                  <span className="command-palette__keys" aria-hidden="true">
                    {formatShortcut(action.shortcut, platform).map((k) => (
                      <Kbd key={k}>{k}</Kbd>
                    ))}
                  </span>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {results.length === 0 ? (
        <p className="command-palette__empty">Nothing matches “{query.trim()}”.</p>
      ) : null}
      <p role="status" className="visually-hidden">
        {results.length === 1 ? '1 result' : `${results.length} results`}
      </p>
    </Dialog>
  );
}
