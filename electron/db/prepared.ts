// Drizzle builds the SQL text and better-sqlite3 compiles it again on every one-time query;
// on the board's hot paths (a card move, a keystroke's autosave) that was most of the time
// spent. Hot reads are built and compiled once per connection and then only bound and run.

const caches = new WeakMap<object, Map<string, unknown>>();

/** The query `build` makes, prepared once for this connection (`db`) under `key`. */
export function preparedOnce<T>(db: object, key: string, build: () => T): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let query = cache.get(key) as T | undefined;
  if (query === undefined) {
    query = build();
    cache.set(key, query);
  }
  return query;
}
