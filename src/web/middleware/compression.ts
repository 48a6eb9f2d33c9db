import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const compressible = /^(text\/|application\/(json|xml|javascript|atom\+xml|ld\+json)|image\/svg\+xml)/;
const threshold = 512;

export type Encoding = 'br' | 'gzip';

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, else none. */
export function chooseEncoding(accept: string | undefined): Encoding | undefined {
  if (!accept) return undefined;
  const offered = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const score = (enc: Encoding) => offered.get(enc) ?? offered.get('*') ?? 0;
  if (score('br') > 0 && score('br') >= score('gzip')) return 'br';
  if (score('gzip') > 0) return 'gzip';
  return undefined;
}

/**
 * Brotli or gzip for text responses. Node's CompressionStream has no brotli, so this uses zlib.
 * Compressed bodies are kept in a small LRU keyed by encoding and ETag, so a page that has not
 * changed is compressed once. Any visitor can add entries (each distinct page is one), so it is
 * bounded by bytes, like the page cache.
 */
export function compression(maxBytes = 8 * 1024 * 1024): MiddlewareHandler {
  const cache = new LRUCache<string, Uint8Array>({ maxSize: maxBytes, sizeCalculation: (body, key) => body.byteLength + 2 * key.length + 128 });
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (c.req.method === 'HEAD' || !res.body || res.headers.has('Content-Encoding') || !compressible.test(type)) return;
    const vary = res.headers.get('Vary');
    const varyValue = vary ? (/accept-encoding/i.test(vary) ? vary : `${vary}, Accept-Encoding`) : 'Accept-Encoding';
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    if (!encoding) {
      res.headers.set('Vary', varyValue);
      return;
    }
    const raw = new Uint8Array(await res.arrayBuffer());
    if (raw.byteLength < threshold) {
      c.res = new Response(raw, res);
      c.res.headers.set('Vary', varyValue);
      return;
    }
    const etag = res.headers.get('ETag');
    const key = etag ? `${encoding}:${etag}` : undefined;
    let body = key ? cache.get(key) : undefined;
    if (!body) {
      body =
        encoding === 'br'
          ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength } })
          : await gz(raw, { level: 9 });
      // zlib may return a slice of Node's shared 8 KB buffer pool: keep an exact copy, or each small
      // body would hold a whole slab that the byte limit does not see.
      if (key) cache.set(key, new Uint8Array(body));
    }
    // Hono copies the previous response's headers onto a new one, so set ours after the swap.
    c.res = new Response(body as Uint8Array<ArrayBuffer>, res);
    const headers = c.res.headers;
    headers.set('Vary', varyValue);
    headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(body.byteLength));
    if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
  };
}
