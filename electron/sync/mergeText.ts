/**
 * Line-by-line three-way merge of long text (a package's long-text fields), for two edits
 * made without seeing each other. Pure: no I/O. A small LCS line diff rather than a library:
 * texts are at most a few thousand lines, and diff3 over it is forty lines (see decisions.md).
 *
 * Edits to different lines both survive. Where both sides changed the same lines differently
 * (or lines next to each other), both versions are kept one after the other between markers,
 * and the result says so: a person picks or merges them.
 */

export interface MergeLabels {
  /** Shown on the marker above the first version, e.g. "Version edited first". */
  first: string;
  /** Shown on the marker below the second version. */
  second: string;
}

export type TextMerge =
  { clean: true; text: string } | { clean: false; text: string; conflicts: number };

export const CONFLICT_START = '<<<<<<<';
export const CONFLICT_SPLIT = '=======';
export const CONFLICT_END = '>>>>>>>';

export const DEFAULT_LABELS: MergeLabels = {
  first: 'one version (edited first)',
  second: 'the other version (edited later)',
};

/**
 * Merges `first` and `second`, both edits of `base`. Which side is `first` must not depend on
 * the device doing the merge (sync passes them in HLC order), so every device gets the same text.
 */
export function mergeLines(
  base: string,
  first: string,
  second: string,
  labels: MergeLabels = DEFAULT_LABELS,
): TextMerge {
  if (first === second || second === base) return { clean: true, text: first };
  if (first === base) return { clean: true, text: second };
  const o = base.split('\n');
  const a = first.split('\n');
  const b = second.split('\n');
  const toA = matchedLines(o, a);
  const toB = matchedLines(o, b);
  const out: string[] = [];
  let conflicts = 0;
  let i = 0;
  let ia = 0;
  let ib = 0;
  for (;;) {
    // The next base line kept by both sides: everything before it is one changed chunk.
    let k = i;
    while (k < o.length && (toA[k] === undefined || toB[k] === undefined)) k++;
    const ka = k < o.length ? toA[k]! : a.length;
    const kb = k < o.length ? toB[k]! : b.length;
    const chunkO = o.slice(i, k);
    const chunkA = a.slice(ia, ka);
    const chunkB = b.slice(ib, kb);
    if (sameLines(chunkA, chunkO)) out.push(...chunkB);
    else if (sameLines(chunkB, chunkO) || sameLines(chunkA, chunkB)) out.push(...chunkA);
    else {
      conflicts++;
      out.push(
        `${CONFLICT_START} ${labels.first}`,
        ...chunkA,
        CONFLICT_SPLIT,
        ...chunkB,
        `${CONFLICT_END} ${labels.second}`,
      );
    }
    if (k >= o.length) break;
    out.push(o[k]!);
    i = k + 1;
    ia = ka + 1;
    ib = kb + 1;
  }
  const text = out.join('\n');
  return conflicts === 0 ? { clean: true, text } : { clean: false, text, conflicts };
}

/** Whether a text still holds conflict markers from a merge (unresolved). */
export function hasConflictMarkers(text: string): boolean {
  const lines = text.split('\n');
  return (
    lines.some((l) => l.startsWith(CONFLICT_START)) &&
    lines.includes(CONFLICT_SPLIT) &&
    lines.some((l) => l.startsWith(CONFLICT_END))
  );
}

function sameLines(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((line, n) => line === y[n]);
}

/**
 * For each line of `from`, the index of the line of `to` it is kept as in a longest common
 * subsequence (undefined where it was changed or removed). Common head and tail are matched
 * first, so typical edits leave a small table.
 */
export function matchedLines(
  from: readonly string[],
  to: readonly string[],
): (number | undefined)[] {
  const match: (number | undefined)[] = new Array<number | undefined>(from.length);
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) {
    match[head] = head;
    head++;
  }
  let tail = 0;
  while (
    tail < from.length - head &&
    tail < to.length - head &&
    from[from.length - 1 - tail] === to[to.length - 1 - tail]
  ) {
    match[from.length - 1 - tail] = to.length - 1 - tail;
    tail++;
  }
  const n = from.length - head - tail;
  const m = to.length - head - tail;
  if (n === 0 || m === 0) return match;
  // lcs[x][y]: LCS length of from[head+x..] and to[head+y..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      lcs[x * width + y] =
        from[head + x] === to[head + y]
          ? lcs[(x + 1) * width + y + 1]! + 1
          : Math.max(lcs[(x + 1) * width + y]!, lcs[x * width + y + 1]!);
    }
  }
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    if (from[head + x] === to[head + y]) {
      match[head + x] = head + y;
      x++;
      y++;
    } else if (lcs[(x + 1) * width + y]! >= lcs[x * width + y + 1]!) x++;
    else y++;
  }
  return match;
}
