/// <reference lib="dom" />
// Storage is a browser type; this helper also type-checks under the Node test config.

/** An in-memory Storage, optionally refusing writes like a full or disabled localStorage. */
export function memoryStorage(refuse = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (refuse) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}
