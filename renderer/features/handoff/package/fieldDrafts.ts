import type { FieldValue } from '../../../../shared/model';

/**
 * Unsaved edits of package fields, kept in localStorage until the backend confirms the save, so
 * a reload, a crash or a closed window loses nothing: the next open restores and saves them.
 * localStorage rather than sessionStorage because an Electron crash ends the session too.
 */
export interface StoredDraft {
  value: FieldValue;
  /** When it was typed (ms since epoch), to say how old a restored draft is. */
  at: number;
}

const PREFIX = 'baton:draft:';

export function draftKey(handoffId: string, fieldKey: string): string {
  return `${PREFIX}${handoffId}:${fieldKey}`;
}

/** Storage may be missing (tests) or refuse writes (quota, privacy mode): drafts are best effort. */
export function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readDraft(
  storage: Storage | null,
  handoffId: string,
  fieldKey: string,
): StoredDraft | null {
  try {
    const raw = storage?.getItem(draftKey(handoffId, fieldKey));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    if (!('value' in parsed) || typeof parsed.at !== 'number') return null;
    return { value: parsed.value ?? null, at: parsed.at };
  } catch {
    return null;
  }
}

export function writeDraft(
  storage: Storage | null,
  handoffId: string,
  fieldKey: string,
  value: FieldValue,
  at: number = Date.now(),
): void {
  try {
    storage?.setItem(draftKey(handoffId, fieldKey), JSON.stringify({ value, at }));
  } catch {
    // Full or disabled storage: the debounced save still runs; only crash-safety is lost.
  }
}

export function clearDraft(storage: Storage | null, handoffId: string, fieldKey: string): void {
  try {
    storage?.removeItem(draftKey(handoffId, fieldKey));
  } catch {
    // Nothing to clean up if storage is unavailable.
  }
}
