/** A link to `path` with the given filters; empty values are left out, so "no filter" is the bare path. */
export function filterHref<F extends { [K in keyof F]?: string | undefined }>(path: string, filter: F, change: Partial<F> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...change })) if (typeof value === 'string' && value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
