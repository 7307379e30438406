import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useId,
  useRef,
} from 'react';
import { Button } from './Button';
import { cx } from './cx';
import { CloseIcon } from './icons';
import { pushModal, removeModal } from './modalStack';
import './Dialog.css';

export interface DialogProps {
  open: boolean;
  /** Called for Escape, the close button and a backdrop click; the caller sets `open` false. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Actions, right-aligned; put the primary action last. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** Where focus lands on open; otherwise the first focusable control in the body or footer. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Off for dialogs holding unsaved input, where a stray click should not discard it. */
  dismissOnBackdrop?: boolean;
  className?: string;
}

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

function focusInitial(dialog: HTMLDialogElement, preferred: HTMLElement | null | undefined) {
  const target =
    preferred ??
    dialog.querySelector<HTMLElement>('.ui-dialog__body [data-autofocus]') ??
    dialog.querySelector<HTMLElement>(`.ui-dialog__body :is(${FOCUSABLE})`) ??
    dialog.querySelector<HTMLElement>(`.ui-dialog__footer :is(${FOCUSABLE})`) ??
    dialog.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
}

export function Dialog(props: DialogProps) {
  const { open, onClose, title, description, children, footer, size = 'md' } = props;
  const { initialFocusRef, dismissOnBackdrop = true, className } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const shownByUs = useRef(false);
  // close() fires its `close` event later, as a task: after StrictMode's unmount/remount the
  // event would arrive while the dialog is shown again and look like the user closing it.
  const ownCloses = useRef(0);
  const pressedOnBackdrop = useRef(false);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const closes = ownCloses;
    if (!dialog.open) dialog.showModal();
    shownByUs.current = true;
    pushModal(dialog);
    focusInitial(dialog, initialFocusRef?.current);
    return () => {
      // Cleared first: close() may fire `close` synchronously and that is not a user's close.
      shownByUs.current = false;
      removeModal(dialog);
      if (dialog.open) {
        closes.current++;
        dialog.close();
      }
      // The opener may have been removed meanwhile (e.g. a deleted row); focus() on it is a no-op.
      if (opener?.isConnected) opener.focus();
    };
  }, [open, initialFocusRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    // A child that handles Escape itself (a menu, a combobox) prevents default to keep us open.
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  };

  // Clicks on ::backdrop target the <dialog> itself; the panel covers everything else. Checking
  // the press too stops a text selection dragged out of the panel from closing the dialog.
  const onMouseDown = (e: MouseEvent<HTMLDialogElement>) => {
    pressedOnBackdrop.current = e.target === e.currentTarget;
  };
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (dismissOnBackdrop && pressedOnBackdrop.current && e.target === e.currentTarget) onClose();
  };

  return (
    <dialog
      ref={ref}
      className={cx('ui-dialog', `ui-dialog--${size}`, className)}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onClick={onClick}
      // Other close requests (e.g. a platform back gesture) must go through the caller too.
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // A <form method="dialog"> closes natively; tell the caller so its state agrees.
      onClose={() => {
        if (ownCloses.current > 0) {
          ownCloses.current--;
          return;
        }
        if (shownByUs.current) onClose();
      }}
    >
      {open ? (
        <div className="ui-dialog__panel">
          <header className="ui-dialog__header">
            <div className="ui-dialog__heading">
              <h2 id={titleId} className="ui-dialog__title">
                {title}
              </h2>
              {description ? (
                <p id={descriptionId} className="ui-dialog__description">
                  {description}
                </p>
              ) : null}
            </div>
            <Button
              variant="ghost"
              size="sm"
              icon={<CloseIcon />}
              aria-label="Close"
              className="ui-dialog__close"
              onClick={onClose}
            />
          </header>
          {children ? <div className="ui-dialog__body">{children}</div> : null}
          {footer ? <footer className="ui-dialog__footer">{footer}</footer> : null}
        </div>
      ) : null}
    </dialog>
  );
}
