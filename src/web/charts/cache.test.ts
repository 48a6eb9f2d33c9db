import { describe, expect, it, vi } from 'vitest';
import { cacheKey, chartCache, createRenderCache } from './cache.js';
import { renderBarChart } from './charts.js';

describe('createRenderCache', () => {
  it('returns the stored string without rendering again', () => {
    const cache = createRenderCache();
    const render = vi.fn(() => renderBarChart({ title: 't', description: 'd', valueLabel: 'v', categoryLabel: 'c', bars: [{ label: 'a', value: 1 }] }));
    const first = cache.get(cacheKey('bars', 'en', 7), render);
    const second = cache.get(cacheKey('bars', 'en', 7), render);
    expect(second).toBe(first);
    expect(render).toHaveBeenCalledTimes(1);
    // A new data version (or another locale) is another key, so another rendering.
    cache.get(cacheKey('bars', 'en', 8), render);
    cache.get(cacheKey('bars', 'fr', 7), render);
    expect(render).toHaveBeenCalledTimes(3);
  });

  it('shares one pending async rendering and keeps its result', async () => {
    const cache = createRenderCache();
    const render = vi.fn(async () => '<svg/>');
    const [a, b] = [cache.get('map', render), cache.get('map', render)];
    expect(a).toBe(b);
    expect(await a).toBe('<svg/>');
    expect(await cache.get('map', render)).toBe('<svg/>');
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed rendering, so the next request tries again', async () => {
    const cache = createRenderCache();
    await expect(cache.get('map', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await Promise.resolve();
    expect(cache.has('map')).toBe(false);
    expect(await cache.get('map', async () => 'ok')).toBe('ok');
  });

  it('stays bounded, dropping the least recently used', () => {
    const cache = createRenderCache({ max: 2 });
    cache.get('a', () => 'A');
    cache.get('b', () => 'B');
    cache.get('a', () => 'A2');
    cache.get('c', () => 'C');
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.size).toBe(2);
    const big = createRenderCache({ maxChars: 10 });
    big.get('x', () => '12345678');
    big.get('y', () => '12345678');
    expect(big.has('x')).toBe(false);
    big.clear();
    expect(big.size).toBe(0);
  });

  it('has a shared instance for the pages', () => {
    const render = vi.fn(() => 'shared');
    expect(chartCache.get('test:shared', render)).toBe(chartCache.get('test:shared', render));
    expect(render).toHaveBeenCalledTimes(1);
    chartCache.delete('test:shared');
    expect(chartCache.has('test:shared')).toBe(false);
  });
});
