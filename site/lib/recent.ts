/**
 * The last few values made, by key: a guide's pages render one after another, a few at a time,
 * so a handful of guides' models and rows serve them, and memory stays flat however large the
 * collection is.
 */
export function recentlyUsed<K, V>(limit: number): (key: K, make: () => V) => V {
  const recent = new Map<K, V>();
  return (key, make) => {
    const value = recent.has(key) ? (recent.get(key) as V) : make();
    // Most recently used last; the least recently used goes.
    recent.delete(key);
    recent.set(key, value);
    for (const old of recent.keys()) if (recent.size > limit) recent.delete(old);
    return value;
  };
}
