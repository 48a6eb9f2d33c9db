import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { hasSessionCookie } from '../../features/accounts/session.js';
import { chooseEncoding } from './compression.js';

interface Entry {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  etag: string | null;
  expires: number;
}

export interface ResponseCacheOptions {
  /** How long a response may be served from memory; 0 turns the cache off. */
  ttlSeconds: number;
  maxEntries?: number;
}

/** Headers that belong to one response only. */
const perResponse = new Set(['x-request-id', 'set-cookie', 'date']);

/**
 * Whole responses, as sent (compressed, with their headers), kept in memory for anonymous GET
 * requests. The key holds everything a public response depends on besides the data: the address,
 * the chosen encoding, the `lang` cookie and the Accept-Language header. Entries expire after the
 * TTL (other app servers' writes show within it) and `clear()` drops them all on a local write.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: ResponseCacheOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.maxEntries = options.maxEntries ?? 2000;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  middleware(): MiddlewareHandler<{ Variables: { requestId: string } }> {
    return async (c, next) => {
      // Signed-in pages are personal (account links, forms): never served from nor kept in this cache.
      if (this.ttlMs <= 0 || c.req.method !== 'GET' || hasSessionCookie(getCookie(c))) return next();
      const url = c.req.url;
      const query = url.indexOf('?');
      // ?lang= answers set a cookie: let them through.
      if (query !== -1 && /[?&]lang=/.test(url.slice(query))) return next();
      const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
      const key = `${chooseEncoding(c.req.header('Accept-Encoding')) ?? ''}\n${getCookie(c, 'lang') ?? ''}\n${c.req.header('Accept-Language') ?? ''}\n${path}`;

      const hit = this.entries.get(key);
      const now = Date.now();
      if (hit && hit.expires > now) {
        const id: [string, string][] = [['x-request-id', c.get('requestId')]];
        if (hit.etag && c.req.header('If-None-Match')?.includes(hit.etag.replace(/^W\//, ''))) {
          return new Response(null, { status: 304, headers: [...hit.headers.filter(([name]) => notModifiedHeaders.has(name)), ...id] });
        }
        return new Response(hit.body, { status: hit.status, headers: [...hit.headers, ...id] });
      }
      if (hit) this.entries.delete(key);

      await next();
      const res = c.res;
      const cacheControl = res.headers.get('Cache-Control') ?? '';
      if (res.status !== 200 || !res.body || res.headers.has('Set-Cookie') || /no-store|private/.test(cacheControl)) return;
      const body = new Uint8Array(await res.arrayBuffer());
      c.res = new Response(body, res);
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, {
        status: res.status,
        headers: [...res.headers].filter(([name]) => !perResponse.has(name)),
        body,
        etag: res.headers.get('ETag'),
        expires: now + this.ttlMs,
      });
    };
  }
}

const notModifiedHeaders = new Set(['cache-control', 'etag', 'vary', 'content-location', 'expires']);
