import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../ui';
import { PAGE_LABELS, PAGE_TAB_LABELS, type Page } from './route';

/**
 * The header's rarer pages behind one button, so the everyday tabs keep their room. The button
 * reads "More" or, while one of these pages is open, that page's name. Arrow keys, Home and End
 * move through the menu; Escape closes it and gives focus back to the button.
 */
export function MoreMenu({
  pages,
  current: page,
}: {
  pages: readonly Page[];
  current: Page | null;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const menuRef = useRef<HTMLDivElement | null>(null);
  const menuId = useId();
  const current = page && pages.includes(page) ? page : null;

  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];
  const focusItem = (index: number) => {
    const all = items();
    if (all.length === 0) return;
    all[(index + all.length) % all.length]!.focus();
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const at = current ? pages.indexOf(current) : 0;
    focusItem(at);
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
    // Focus goes in once, when the menu opens; a page change closes it anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
    }
  };
  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') focusItem(index + 1);
    else if (e.key === 'ArrowUp') focusItem(index - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(all.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      setOpen(false);
      return; // Tab moves on from the menu as from any control.
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="app-more">
      <button
        ref={buttonRef}
        type="button"
        className={cx('app-header__tab', 'app-more__button')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-current={current ? 'page' : undefined}
        aria-label={current ? `More pages: ${PAGE_LABELS[current]}` : 'More pages'}
        title={current ? `${PAGE_LABELS[current]} — more pages` : 'More pages'}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
      >
        {current ? PAGE_TAB_LABELS[current] : 'More'}
        <span className="app-more__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          className="app-more__menu"
          role="menu"
          aria-label="More pages"
          onKeyDown={onMenuKey}
        >
          {pages.map((p) => (
            <a
              key={p}
              role="menuitem"
              tabIndex={-1}
              href={`#${p}`}
              className="app-more__item"
              aria-current={p === page ? 'page' : undefined}
              onClick={() => close(true)}
            >
              {PAGE_LABELS[p]}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
