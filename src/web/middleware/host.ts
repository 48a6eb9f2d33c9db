import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../lib/errors.js';

/** Load balancers probe these by the server's address, not by the hub's name. */
const probes = new Set(['/healthz', '/readyz']);

/** The host name of a Host header or URL authority, lower-case, without port or trailing dot ("[::1]:3000" gives "[::1]"). */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  const end = host.startsWith('[') ? host.indexOf(']') + 1 : host.lastIndexOf(':');
  return (end > 0 ? host.slice(0, end) : host).replace(/\.$/, '');
}

/**
 * With PUBLIC_URL set, only requests for its host (or one of ALLOWED_HOSTS) are answered; any other
 * Host gets 400 before a page is rendered or served from the cache. Links never come from the Host
 * then (web/links.ts), so this is defence in depth, and it keeps a mistyped or hostile name from ever
 * showing the hub. Without PUBLIC_URL (development) every Host is answered.
 */
export function hostCheck(publicUrl: string | undefined, allowedHosts: readonly string[]): MiddlewareHandler {
  if (!publicUrl) return (_c, next) => next();
  const allowed = new Set([new URL(publicUrl).hostname.toLowerCase(), ...allowedHosts.map(hostName)]);
  return async (c, next) => {
    // The request's URL is built from its Host header (@hono/node-server), so its authority is the Host.
    const url = c.req.url;
    const start = url.indexOf('//') + 2;
    if (!probes.has(c.req.path) && !allowed.has(hostName(url.slice(start, url.indexOf('/', start))))) throw new AppError('unknown_host');
    await next();
  };
}
