import { create } from 'zustand';

/*
 * Open modal dialogs, innermost last. A modal <dialog> makes everything outside it inert (not
 * clickable, hidden from screen readers), and even a top-layer popover stays inert, so the toast
 * region moves itself into the innermost open dialog to stay usable and announced.
 */
export const useModalStack = create<{ stack: HTMLDialogElement[] }>(() => ({ stack: [] }));

export function pushModal(dialog: HTMLDialogElement): void {
  useModalStack.setState((s) => ({ stack: [...s.stack, dialog] }));
}

export function removeModal(dialog: HTMLDialogElement): void {
  useModalStack.setState((s) => ({ stack: s.stack.filter((d) => d !== dialog) }));
}
