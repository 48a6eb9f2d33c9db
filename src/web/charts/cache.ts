import { LRUCache } from 'lru-cache';

/**
 * Rendered SVG (and tables) kept by key, so that a page never redraws a chart or the map per request:
 * the key names what the picture depends on — the data's version, the locale, the country — so a new
 * import gives new keys and the old pictures simply age out of the bounded cache.
 */

export interface RenderCache {
  /**
   * What is stored under `key`, or else the result of `render()`, stored for next time. `render` may be
   * async (load the data, then draw): the promise itself is stored, so concurrent requests for the same key
   * share one rendering; a rejected one is forgotten, so the next request tries again.
   */
  get<T extends string | Promise<string>>(key: string, render: () => T): T;
  has(key: string): boolean;
  delete(key: string): void;
  /** Forgets everything, e.g. right after an import when keys do not carry a data version. */
  clear(): void;
  readonly size: number;
}

export interface RenderCacheOptions {
  /** Most entries kept (default 2000: a few charts for each of 250 countries in three languages). */
  max?: number;
  /** Most characters kept in all (default 16 million, about 32 MB of JavaScript strings). */
  maxChars?: number;
}

type Entry = { value: string | Promise<string> };

export function createRenderCache(options: RenderCacheOptions = {}): RenderCache {
  const lru = new LRUCache<string, Entry>({
    max: options.max ?? 2000,
    maxSize: options.maxChars ?? 16_000_000,
    sizeCalculation: (entry) => (typeof entry.value === 'string' ? Math.max(entry.value.length, 1) : 1),
  });

  return {
    get<T extends string | Promise<string>>(key: string, render: () => T): T {
      const hit = lru.get(key);
      if (hit) return hit.value as T;
      const value = render();
      const entry: Entry = { value };
      lru.set(key, entry);
      if (typeof value !== 'string') {
        value.then(
          (text) => {
            // Count the settled text's real size against maxChars (a new entry object, so the cache re-sizes it),
            // unless the key was replaced meanwhile.
            if (lru.peek(key) === entry) lru.set(key, { value }, { size: Math.max(text.length, 1) });
          },
          () => {
            if (lru.peek(key) === entry) lru.delete(key);
          },
        );
      }
      return value;
    },
    has: (key) => lru.has(key),
    delete: (key) => void lru.delete(key),
    clear: () => lru.clear(),
    get size() {
      return lru.size;
    },
  };
}

/** One cache for the pictures of every page (the map, profile charts, comparisons). */
export const chartCache = createRenderCache();

/** A cache key from its parts, e.g. cacheKey('map', locale, dataVersion). */
export function cacheKey(...parts: readonly (string | number)[]): string {
  return parts.map(String).join('\u001f');
}
