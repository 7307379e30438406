import { create } from 'zustand';

export type ToastKind = 'success' | 'error' | 'info';

export interface ToastInput {
  kind: ToastKind;
  title: string;
  body?: string;
  action?: { label: string; onAction: () => void };
  /** Milliseconds before it hides itself; errors ignore this and wait for the user. */
  durationMs?: number;
}

export interface ToastEntry extends ToastInput {
  id: number;
}

/** Older toasts beyond this are dropped so a burst of events cannot fill the screen. */
const MAX_VISIBLE = 5;
export const DEFAULT_TOAST_MS = 5000;

let nextId = 1;

export const useToastStore = create<{ toasts: ToastEntry[] }>(() => ({ toasts: [] }));

/** Imperative API so non-React code (an API error handler) can raise a toast. */
export const toast = {
  show(input: ToastInput): number {
    const id = nextId++;
    useToastStore.setState((s) => ({
      toasts: [...s.toasts, { ...input, id }].slice(-MAX_VISIBLE),
    }));
    return id;
  },
  dismiss(id: number): void {
    useToastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
  clear(): void {
    useToastStore.setState({ toasts: [] });
  },
};
