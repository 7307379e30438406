/**
 * A stable fingerprint of a handoff package (fields and checklist), stored with an approval so
 * that any later edit visibly needs re-approval. Two 32-bit FNV-1a lanes over canonical JSON
 * (64 bits in all), computed with Math.imul: the board hashes every card's package on each
 * load, and BigInt arithmetic per character was the slowest part of it. It detects change; it
 * is not a security signature.
 */
export function packageHash(pkg: {
  fields: Readonly<Record<string, unknown>>;
  checklist: readonly { label: string; done: boolean }[];
}): string {
  const canonical = canonicalJson({
    fields: pkg.fields,
    checklist: pkg.checklist.map((c) => [c.label, c.done]),
  });
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
