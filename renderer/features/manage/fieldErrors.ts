import type { BatonError } from '../../api/errors';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * Puts each issue of a failed call under the field it names, worded with the field's label
 * ("Name is required"). Nested paths belong to their nearest labelled field: 'brand.dos.2'
 * to 'brand.dos', 'team.0' to 'team'. Issues no field claims are returned as sentences so the
 * form can still show them.
 */
export function fieldErrorsOf<K extends string>(
  error: BatonError,
  labels: Readonly<Record<K, string>>,
): { fields: FieldErrors<K>; other: string[] } {
  const keys = (Object.keys(labels) as K[]).sort((a, b) => b.length - a.length);
  const fields: FieldErrors<K> = {};
  const other: string[] = [];
  for (const issue of error.issues) {
    const key = keys.find((k) => issue.field === k || issue.field.startsWith(`${k}.`));
    if (key === undefined) other.push(`${issue.field} ${issue.problem}`);
    else fields[key] ??= `${labels[key]} ${issue.problem}`;
  }
  if (error.issues.length === 0) other.push(error.message);
  return { fields, other };
}

/** "Name is required" for each required field left blank, before asking the backend. */
export function requiredErrors<V extends object, K extends keyof V & string>(
  values: V,
  required: readonly K[],
  labels: Readonly<Record<K, string>>,
): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const key of required) {
    const value = values[key];
    if (typeof value !== 'string' || !value.trim()) errors[key] = `${labels[key]} is required`;
  }
  return errors;
}
