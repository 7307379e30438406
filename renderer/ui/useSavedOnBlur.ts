import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';

/**
 * A text a person edits and that is saved when they leave it, over a value the database can
 * change underneath: a teammate's edit arriving by sync, or the refetch after another field's
 * save. The draft follows the database only while the person is not in the field and has nothing
 * unsaved, so an answer that lands while someone types never wipes what they typed.
 *
 * `save` resolves true once the value is stored; on false (refused, failed) the draft stays, still
 * unsaved, for the person to fix or leave again.
 *
 * Returns props for a TextArea or TextField.
 */
export function useSavedOnBlur(stored: string, save: (value: string) => Promise<boolean>) {
  const [value, setValue] = useState(stored);
  const valueRef = useRef(stored);
  const storedRef = useRef(stored);
  const unsaved = useRef(false);
  const focused = useRef(false);
  // The latest save function (it closes over the record's id and the current props).
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const adoptStored = useCallback(() => {
    if (unsaved.current || focused.current || valueRef.current === storedRef.current) return;
    valueRef.current = storedRef.current;
    setValue(storedRef.current);
  }, []);

  useEffect(() => {
    storedRef.current = stored;
    adoptStored();
  }, [stored, adoptStored]);

  const onChange = useCallback((e: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    valueRef.current = e.target.value;
    setValue(e.target.value);
    unsaved.current = true;
  }, []);

  const onFocus = useCallback(() => {
    focused.current = true;
  }, []);

  const onBlur = useCallback(async () => {
    focused.current = false;
    if (!unsaved.current || valueRef.current === storedRef.current) {
      unsaved.current = false;
      adoptStored();
      return;
    }
    const sent = valueRef.current;
    const ok = await saveRef.current(sent);
    // Typed again while the save was on its way: that text is still unsaved.
    if (ok && valueRef.current === sent) unsaved.current = false;
  }, [adoptStored]);

  return { value, onChange, onFocus, onBlur: () => void onBlur() };
}
