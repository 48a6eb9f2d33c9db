import type { Context } from 'hono';

/** A link to `path` with the given filters; empty values are left out, so "no filter" is the bare path. */
export function filterHref<F extends { [K in keyof F]?: string | undefined }>(path: string, filter: F, change: Partial<F> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...change })) if (typeof value === 'string' && value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The hub's address for absolute links (feeds, sitemap, calendars, JSON-LD, downloads): PUBLIC_URL when
 * it is set, else the request's own origin (development; the page cache then keeps copies per origin).
 * The only way to get it: a link built from the request's Host could be poisoned and cached.
 */
export function publicOrigin(c: Context, publicUrl: string | undefined): string {
  return (publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}
