/**
 * A stable fingerprint of a handoff package (fields and checklist), stored with an approval so
 * that any later edit visibly needs re-approval. FNV-1a 64-bit over canonical JSON: it detects
 * change; it is not a security signature.
 */
export function packageHash(pkg: {
  fields: Readonly<Record<string, unknown>>;
  checklist: readonly { label: string; done: boolean }[];
}): string {
  const canonical = canonicalJson({
    fields: pkg.fields,
    checklist: pkg.checklist.map((c) => [c.label, c.done]),
  });
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < canonical.length; i++) {
    h ^= BigInt(canonical.charCodeAt(i));
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
