/** The one eviction rule of the memo tables behind cron parsing, zone look-ups and firing times. */

/**
 * Stores `value` under `key` and returns it; a full cache is emptied first. Forgetting everything
 * at once is enough: the callers ask about a handful of crons and zones, over and over.
 */
export function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): V {
  if (cache.size >= limit) cache.clear()
  cache.set(key, value)
  return value
}
