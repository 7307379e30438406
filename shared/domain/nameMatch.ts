export type NameMatch<T> =
  | { kind: 'found'; item: T }
  | { kind: 'ambiguous'; candidates: T[] }
  | { kind: 'none'; near: T[] };

/**
 * Finds the one item a person meant by id or name: exact id, exact name (any case), then a
 * unique name containing the query. Otherwise says which names were close.
 */
export function matchByIdOrName<T extends { id: string; name: string }>(
  items: readonly T[],
  query: string,
): NameMatch<T> {
  const q = query.trim().toLowerCase();
  const byId = items.find((i) => i.id.toLowerCase() === q);
  if (byId) return { kind: 'found', item: byId };
  const exact = items.filter((i) => i.name.toLowerCase() === q);
  if (exact.length === 1) return { kind: 'found', item: exact[0]! };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  const containing = items.filter((i) => i.name.toLowerCase().includes(q));
  if (containing.length === 1 && q.length >= 3) return { kind: 'found', item: containing[0]! };
  if (containing.length > 1) return { kind: 'ambiguous', candidates: containing };
  const near = items
    .map((i) => ({ i, d: editDistance(i.name.toLowerCase(), q) }))
    .filter((x) => x.d <= Math.max(3, Math.floor(q.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 5)
    .map((x) => x.i);
  return { kind: 'none', near };
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
