/** An asset of the register, as the dependency graph names it. */
export interface DependencyAsset {
  id: string;
  name: string;
}

/** Asset id → the ids of the assets that must exist before it. */
export type DependencyGraph = Readonly<Record<string, readonly string[]>>;

export type DependencyProblem =
  | { kind: 'duplicate-asset'; assetId: string; message: string }
  | { kind: 'unknown-asset'; assetId: string; message: string }
  | { kind: 'self'; assetId: string; message: string }
  | { kind: 'cycle'; cycle: string[]; message: string };

export interface OrderedAsset {
  id: string;
  name: string;
  /** 0 for an asset that needs nothing, else one more than the deepest asset it needs. */
  depth: number;
  /** The ids it needs, in the register's order. */
  needs: string[];
}

export type DependencyOrder =
  { ok: true; order: OrderedAsset[] } | { ok: false; problems: DependencyProblem[] };

/**
 * The order in which to make the assets: each after everything it needs, and otherwise in
 * the register's order (so the list does not reshuffle when an unrelated edge changes).
 * Refuses unknown ids, an asset that needs itself, and cycles, each cycle named in making
 * order by asset names: "hero-banner → resized-banners → hero-banner".
 */
export function orderAssetDependencies(
  assets: readonly DependencyAsset[],
  graph: DependencyGraph,
): DependencyOrder {
  const problems: DependencyProblem[] = [];
  const position = new Map<string, number>();
  assets.forEach((a, i) => {
    const first = position.get(a.id);
    if (first === undefined) position.set(a.id, i);
    else {
      problems.push({
        kind: 'duplicate-asset',
        assetId: a.id,
        message: `assets: id '${a.id}' is used by both ${assets[first]!.name} and ${a.name}`,
      });
    }
  });
  for (const id of Object.keys(graph)) {
    if (!position.has(id)) {
      problems.push({
        kind: 'unknown-asset',
        assetId: id,
        message: `dependencies: '${id}' is not an asset of this register`,
      });
    }
  }

  // needs[i]: positions asset i needs; neededBy[i]: positions that need asset i.
  const needs: number[][] = assets.map(() => []);
  const neededBy: number[][] = assets.map(() => []);
  assets.forEach((asset, i) => {
    if (position.get(asset.id) !== i) return;
    for (const id of new Set(graph[asset.id] ?? [])) {
      const j = position.get(id);
      if (j === undefined) {
        problems.push({
          kind: 'unknown-asset',
          assetId: id,
          message: `${asset.name} needs '${id}', which is not an asset of this register`,
        });
      } else if (j === i) {
        problems.push({ kind: 'self', assetId: id, message: `${asset.name} cannot need itself` });
      } else {
        needs[i]!.push(j);
        neededBy[j]!.push(i);
      }
    }
    needs[i]!.sort((a, b) => a - b);
  });

  // Only the first row with an id is that asset; later rows are reported as duplicates.
  const canonical = assets.map((a, i) => position.get(a.id) === i);
  const placed = topologicalOrder(needs, neededBy, canonical);
  if (placed.length < position.size) {
    const done = new Set(placed);
    for (const cycle of findCycles(assets, neededBy, done)) {
      problems.push({
        kind: 'cycle',
        cycle: cycle.map((i) => assets[i]!.id),
        message: `cycle: ${cycle.map((i) => assets[i]!.name).join(' → ')} (each must exist before the next)`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const depth: number[] = assets.map(() => 0);
  const order = placed.map((i): OrderedAsset => {
    depth[i] = needs[i]!.reduce((d, j) => Math.max(d, depth[j]! + 1), 0);
    const a = assets[i]!;
    return { id: a.id, name: a.name, depth: depth[i]!, needs: needs[i]!.map((j) => assets[j]!.id) };
  });
  return { ok: true, order };
}

/** Kahn's algorithm, always taking the earliest ready asset; cycles stay unplaced. */
function topologicalOrder(
  needs: readonly number[][],
  neededBy: readonly number[][],
  canonical: readonly boolean[],
): number[] {
  const waiting = needs.map((n) => n.length);
  const ready = needs.flatMap((n, i) => (n.length === 0 && canonical[i] ? [i] : []));
  const placed: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => a - b);
    const i = ready.shift()!;
    placed.push(i);
    for (const k of neededBy[i]!) {
      waiting[k]! -= 1;
      if (waiting[k] === 0) ready.push(k);
    }
  }
  return placed;
}

/**
 * One shortest cycle through each unplaced asset that lies on a cycle and is not already
 * named by an earlier one, starting from the earliest asset in the register.
 */
function findCycles(
  assets: readonly DependencyAsset[],
  neededBy: readonly number[][],
  placed: ReadonlySet<number>,
): number[][] {
  const cycles: number[][] = [];
  const named = new Set<number>();
  for (let start = 0; start < assets.length; start++) {
    if (placed.has(start) || named.has(start)) continue;
    const path = shortestPathBack(start, neededBy, placed);
    if (!path) continue;
    path.forEach((i) => named.add(i));
    cycles.push([...path, start]);
  }
  return cycles;
}

/** Breadth-first along "is needed by" edges from `start` back to it; the path without its end. */
function shortestPathBack(
  start: number,
  neededBy: readonly number[][],
  placed: ReadonlySet<number>,
): number[] | null {
  const cameFrom = new Map<number, number>();
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const next of [...neededBy[at]!].sort((a, b) => a - b)) {
      if (placed.has(next)) continue;
      if (next === start) {
        const path = [at];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}
