import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { LRUCache } from 'lru-cache';
import { hasSessionCookie } from '../../features/accounts/session.js';
import { knownQueryParams } from '../query-params.js';
import { chooseEncoding } from './compression.js';
import { requestLocale } from './locale.js';

interface Entry {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  etag: string | null;
  /** The address's path, matched by invalidate(). */
  path: string;
  /** Bytes counted against the limit: body, headers, key and bookkeeping. */
  size: number;
}

/** A render in progress that requests for the same key wait for. */
interface Flight {
  path: string;
  /** The response, or null when it was not one to keep (each waiter then renders its own). */
  done: Promise<Entry | null>;
  /** A write touched the page while it rendered: those already waiting get it, the cache does not. */
  stale: boolean;
}

interface Address {
  key: string;
  path: string;
}

export interface ResponseCacheOptions {
  /** How long a response may be served from memory; 0 turns the cache off. */
  ttlSeconds: number;
  /** Most bytes kept, all entries together (PAGE_CACHE_MB); the least recently used go first. */
  maxBytes?: number;
  /**
   * Keep copies apart by the request's origin. Needed when links are built from the request's Host
   * (no PUBLIC_URL), so that a request with a foreign Host can never fill the copy others are served.
   */
  keyByOrigin?: boolean;
  /** Query parameters a page may have and still be kept (default: every parameter a route reads). */
  knownParams?: ReadonlySet<string>;
}

/** Headers that belong to one response only. */
const perResponse = new Set(['x-request-id', 'set-cookie', 'date']);
const notModifiedHeaders = new Set(['cache-control', 'etag', 'vary', 'content-location', 'expires']);

/** What an entry costs besides its bytes (the Entry, its arrays, the LRU's slots), roughly. */
const entryOverhead = 512;

export const defaultPageCacheBytes = 32 * 1024 * 1024;

/**
 * Whole responses, as sent (compressed, with their headers), kept in memory for anonymous GET requests
 * (decision 014). Only canonical addresses are kept: the key is the path, the known query parameters
 * sorted, the chosen language and encoding (never the raw headers), and the origin when links depend on
 * it; an address with any other parameter is served but not kept. Memory is bounded by bytes (an LRU),
 * expired entries are reclaimed by a periodic sweep, and concurrent misses for one key wait for a single
 * render. Writes call `invalidate()` for the pages they change, or `clear()`.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly flights = new Map<string, Flight>();
  private readonly ttlMs: number;
  private readonly keyByOrigin: boolean;
  private readonly knownParams: ReadonlySet<string>;
  readonly maxBytes: number;

  constructor(options: ResponseCacheOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.maxBytes = options.maxBytes ?? defaultPageCacheBytes;
    this.keyByOrigin = options.keyByOrigin ?? false;
    this.knownParams = options.knownParams ?? knownQueryParams;
    this.entries = new LRUCache<string, Entry>({
      maxSize: this.maxBytes,
      sizeCalculation: (entry) => entry.size,
      ttl: Math.max(this.ttlMs, 1),
      // Date's clock, read on every check: tests move it with fake timers, and it costs nothing here.
      perf: { now: () => Date.now() },
      ttlResolution: 0,
    });
    if (this.ttlMs > 0) sweepExpired(this.entries, this.ttlMs);
  }

  /** Entries kept (expired ones included until the next sweep). */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes counted against `maxBytes`. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  /** Forget every page (a write whose effects are not limited to a few addresses). */
  clear(): void {
    this.entries.clear();
    for (const flight of this.flights.values()) flight.stale = true;
    this.flights.clear();
  }

  /**
   * Forget the pages under these paths: `/events/x` covers `/events/x`, `/events/x/…` and
   * `/events/x.ics`, in every language, encoding and query, but not `/events/xy`.
   */
  invalidate(prefixes: readonly string[]): void {
    const touches = (path: string) => prefixes.some((p) => path === p || (path.startsWith(p) && (path[p.length] === '/' || path[p.length] === '.')));
    const gone: string[] = [];
    for (const [key, entry] of this.entries.entries()) if (touches(entry.path)) gone.push(key);
    for (const key of gone) this.entries.delete(key);
    for (const [key, flight] of this.flights) {
      if (!touches(flight.path)) continue;
      flight.stale = true;
      this.flights.delete(key);
    }
  }

  middleware(): MiddlewareHandler<{ Variables: { requestId: string } }> {
    return async (c, next) => {
      // Signed-in pages are personal (account links, forms): never served from nor kept in this cache.
      if (this.ttlMs <= 0 || c.req.method !== 'GET' || hasSessionCookie(getCookie(c))) return next();
      const address = this.addressOf(c);
      if (!address) return next();
      const hit = this.entries.get(address.key);
      if (hit) return serve(c, hit);
      const flight = this.flights.get(address.key);
      if (flight) {
        const shared = await flight.done;
        return shared ? serve(c, shared) : next();
      }
      return this.render(c, next, address);
    };
  }

  /** The key of a request, or undefined when its response must not be kept (?lang=, unknown parameters). */
  private addressOf(c: Context): Address | undefined {
    const url = c.req.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const queryStart = url.indexOf('?', pathStart);
    let query = '';
    if (queryStart !== -1) {
      const params: [string, string][] = [];
      for (const pair of new URLSearchParams(url.slice(queryStart + 1))) {
        // ?lang= answers set a cookie: always let them through.
        if (pair[0] === 'lang' || !this.knownParams.has(pair[0])) return undefined;
        params.push(pair);
      }
      params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
      query = new URLSearchParams(params).toString();
    }
    // c.req.path is decoded, so /events/%61bc and /events/abc share one copy and one invalidation.
    const path = c.req.path;
    const origin = this.keyByOrigin ? url.slice(0, pathStart) : '';
    return { key: `${origin}\n${requestLocale(c)}\n${chooseEncoding(c.req.header('Accept-Encoding')) ?? ''}\n${path}\n${query}`, path };
  }

  private async render(c: Context, next: () => Promise<void>, address: Address): Promise<void> {
    let settle!: (entry: Entry | null) => void;
    const flight: Flight = { path: address.path, stale: false, done: new Promise((resolve) => (settle = resolve)) };
    this.flights.set(address.key, flight);
    let entry: Entry | null = null;
    try {
      await next();
      entry = await keepable(c, address);
      if (entry && !flight.stale) this.entries.set(address.key, entry);
    } finally {
      if (this.flights.get(address.key) === flight) this.flights.delete(address.key);
      settle(entry);
    }
  }
}

/** The response as an entry, when it may be shared: a 200 with a body, no cookie, nothing private. */
async function keepable(c: Context, address: Address): Promise<Entry | null> {
  const res = c.res;
  const cacheControl = res.headers.get('Cache-Control') ?? '';
  if (res.status !== 200 || !res.body || res.headers.has('Set-Cookie') || /no-store|private/.test(cacheControl)) return null;
  const body = new Uint8Array(await res.arrayBuffer());
  c.res = new Response(body, res);
  const headers = [...res.headers].filter(([name]) => !perResponse.has(name));
  const headerBytes = headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  return {
    status: res.status,
    headers,
    body,
    etag: res.headers.get('ETag'),
    path: address.path,
    // Keys and header strings are counted twice: JavaScript may hold them as two bytes a character.
    size: body.byteLength + 2 * (headerBytes + address.key.length) + entryOverhead,
  };
}

function serve(c: Context<{ Variables: { requestId: string } }>, entry: Entry): Response {
  const id: [string, string] = ['x-request-id', c.get('requestId')];
  if (entry.etag && c.req.header('If-None-Match')?.includes(entry.etag.replace(/^W\//, ''))) {
    return new Response(null, { status: 304, headers: [...entry.headers.filter(([name]) => notModifiedHeaders.has(name)), id] });
  }
  return new Response(entry.body, { status: entry.status, headers: [...entry.headers, id] });
}

/**
 * Drops expired entries once per TTL (an expired entry is otherwise only dropped when asked for or
 * pushed out): one walk a minute, instead of lru-cache's ttlAutopurge, which keeps a timer per entry.
 * The timer holds the cache weakly and stops once the cache is gone (tests build many).
 */
function sweepExpired(entries: LRUCache<string, Entry>, ttlMs: number): void {
  const ref = new WeakRef(entries);
  const timer = setInterval(() => {
    const alive = ref.deref();
    if (alive) alive.purgeStale();
    else clearInterval(timer);
  }, Math.max(ttlMs, 1000));
  timer.unref();
}
