import { useCallback, useEffect, useRef, useState } from 'react';
import { shapeProblem } from '../../../../shared/domain/fieldValue';
import type { FieldValue, TemplateField } from '../../../../shared/model';
import { toBatonError } from '../../../api/errors';
import { clearDraft, defaultStorage, readDraft, writeDraft } from './fieldDrafts';
import { emptyValueFor, normalizeForSave, sameValue } from './fieldValues';

/** Quiet time after the last keystroke before a field saves itself. */
export const AUTOSAVE_DELAY_MS = 600;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; problem: string }
  | { kind: 'failed'; message: string };

interface Options {
  handoffId: string;
  field: TemplateField;
  /** The value in the database as last fetched (changes with live updates). */
  serverValue: FieldValue | undefined;
  save: (value: FieldValue) => Promise<unknown>;
  storage?: Storage | null;
  delayMs?: number;
}

/**
 * One package field's autosave. The editor works on a local draft, saved ~600 ms after typing
 * stops and on blur, one save at a time. Until the backend confirms, the draft is also kept in
 * localStorage and restored (then saved) on the next open, so a reload or crash loses nothing.
 * A live update replaces the draft only when the person is not in the field and has nothing
 * unsaved: a teammate's edit never overwrites what someone is typing.
 */
export function useFieldAutosave({
  handoffId,
  field,
  serverValue,
  save,
  storage = defaultStorage(),
  delayMs = AUTOSAVE_DELAY_MS,
}: Options) {
  const key = field.key;
  const [initial] = useState(() => {
    const stored = readDraft(storage, handoffId, key);
    if (stored && !sameValue(stored.value, serverValue)) return { stored, value: stored.value };
    if (stored) clearDraft(storage, handoffId, key);
    return { stored: null, value: serverValue ?? emptyValueFor(field) };
  });
  const [value, setValue] = useState<FieldValue>(initial.value);
  const [state, setState] = useState<SaveState>(
    initial.stored ? { kind: 'pending' } : { kind: 'idle' },
  );
  /** When a draft left unsaved last time was put back, to tell the person so. */
  const [restoredAt, setRestoredAt] = useState<number | null>(initial.stored?.at ?? null);

  const valueRef = useRef(value);
  const serverRef = useRef(serverValue);
  const unsaved = useRef(initial.stored !== null);
  const focused = useRef(false);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Refetches hand over new objects for the same field and save function: keep the latest in
  // refs so the callbacks below stay stable and a refetch never cuts a debounce short.
  const saveRef = useRef(save);
  const fieldRef = useRef(field);
  useEffect(() => {
    saveRef.current = save;
    fieldRef.current = field;
  });

  const adoptServer = useCallback(() => {
    const server = serverRef.current;
    if (unsaved.current || focused.current || sameValue(server, valueRef.current)) return;
    const next = server ?? emptyValueFor(fieldRef.current);
    valueRef.current = next;
    setValue(next);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!unsaved.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const sent = valueRef.current;
    const payload = normalizeForSave(fieldRef.current, sent);
    // The backend would refuse a value of the wrong shape (a link that is not one): say so
    // here and keep the draft, rather than sending it.
    const problem = payload === null ? null : shapeProblem(fieldRef.current, payload);
    if (problem) {
      setState({ kind: 'invalid', problem });
      return;
    }
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      await saveRef.current(payload);
      if (valueRef.current === sent) {
        unsaved.current = false;
        clearDraft(storage, handoffId, key);
        setState({ kind: 'saved' });
      }
    } catch (err) {
      setState({ kind: 'failed', message: toBatonError(err).message });
    } finally {
      inFlight.current = false;
    }
    // Typed while the save was in flight: save the newer text too.
    if (again.current || (unsaved.current && valueRef.current !== sent)) {
      again.current = false;
      await flush();
    }
  }, [handoffId, key, storage]);

  const onChange = useCallback(
    (next: FieldValue) => {
      valueRef.current = next;
      setValue(next);
      unsaved.current = true;
      setRestoredAt(null);
      writeDraft(storage, handoffId, key, next);
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, handoffId, key, storage],
  );

  const onFocus = useCallback(() => {
    focused.current = true;
  }, []);

  const onBlur = useCallback(() => {
    focused.current = false;
    if (unsaved.current) void flush();
    else adoptServer();
  }, [adoptServer, flush]);

  // A live update: take the database's value unless the person is busy in this field.
  useEffect(() => {
    serverRef.current = serverValue;
    adoptServer();
  }, [serverValue, adoptServer]);

  // A restored draft is saved right away; a pending one is saved when the panel closes.
  useEffect(() => {
    if (unsaved.current) void flush();
    return () => {
      if (unsaved.current) void flush();
    };
  }, [flush]);

  return { value, state, restoredAt, onChange, onFocus, onBlur, retry: flush };
}
