import { type FormEvent, useEffect, useRef, useState } from 'react';
import { toBatonError } from '../../api/errors';
import { toast } from '../../ui';
import { fieldErrorsOf, type FieldErrors } from './fieldErrors';

type FieldOf<V> = keyof V & string;

/** The fields of `V` that hold plain text, so `field()` can wire them to an input as they are. */
type TextFieldOf<V> = {
  [K in FieldOf<V>]: string extends V[K] ? (V[K] extends string ? K : never) : never;
}[FieldOf<V>];

export interface EntityFormOptions<V extends object> {
  /** The values the form opens with; read once, when it mounts. */
  initial: () => V;
  /** Each field's label, which also starts its inline errors ("Name is required"). */
  labels: Readonly<Record<FieldOf<V>, string>>;
  /** What is wrong before asking the backend: blank required fields, at once. */
  validate: (values: V) => FieldErrors<FieldOf<V>>;
  /** Writes the values. What it throws is shown under the fields its issues name. */
  save: (values: V) => Promise<void>;
  /** The submit button sits in the dialog's footer, outside the form, and shows the wait. */
  onBusy: (busy: boolean) => void;
}

/**
 * The add/edit form of a client, a person or a campaign: its values, its inline errors, and a
 * submit that checks first, then saves and puts the backend's field issues on their fields.
 * Either way a failed attempt takes the person to the first field that needs them.
 */
export function useEntityForm<V extends object>(options: EntityFormOptions<V>) {
  const { labels, validate, save, onBusy } = options;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors<FieldOf<V>>>({});
  // Counts failed attempts, so a second failure on the same field moves focus again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const fail = (found: FieldErrors<FieldOf<V>>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  /** Sets one field; its error goes, as the person is fixing it. */
  const update = <K extends FieldOf<V>>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((er) => ({ ...er, [key]: undefined }));
  };

  /** Label, value, error and onChange of a text field, to spread on a TextField or TextArea. */
  const field = (key: TextFieldOf<V>) => ({
    label: labels[key],
    // TextFieldOf keeps only the keys whose value is a string.
    value: values[key] as string,
    error: errors[key],
    onChange: (e: { target: { value: string } }) => update(key, e.target.value as V[typeof key]),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const invalid = validate(values);
    if (Object.keys(invalid).length > 0) return fail(invalid);
    onBusy(true);
    try {
      await save(values);
    } catch (err) {
      const { fields, other } = fieldErrorsOf(toBatonError(err), labels);
      fail(fields);
      if (other.length > 0) toast.show({ kind: 'error', title: other.join('; ') });
    } finally {
      onBusy(false);
    }
  }

  return { formRef, values, errors, update, field, submit };
}
