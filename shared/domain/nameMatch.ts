export type NameMatch<T> =
  { kind: 'found'; item: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none'; near: T[] };

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
  // Close either as a whole name, or as a typo of part of a longer name ("Sprng Orgins" for
  // "Spring Origins Launch"): a whole-name distance alone rejects every shortened query.
  const near = items
    .map((i) => {
      const name = i.name.toLowerCase();
      const whole = editDistance(name, q);
      const part = q.length >= 4 ? substringDistance(name, q) : Infinity;
      const close =
        whole <= Math.max(3, Math.floor(q.length / 3)) ||
        part <= Math.max(1, Math.floor(q.length / 4));
      return { i, d: Math.min(whole, part), close };
    })
    .filter((x) => x.close)
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

/** Edit distance between `q` and the closest substring of `text` (a match may start anywhere). */
export function substringDistance(text: string, q: string): number {
  let prev = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= q.length; i++) {
    const cur = [i];
    for (let j = 1; j <= text.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (q[i - 1] === text[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return Math.min(...prev);
}
