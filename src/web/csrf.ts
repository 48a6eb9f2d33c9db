import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { sessionCookieValue } from '../features/accounts/session.js';
import { AppError } from '../lib/errors.js';
import type { AppEnv } from './context.js';

const cookieName = 'e4d_csrf';
export const csrfField = '_csrf';

/**
 * CSRF protection for forms (double submit, signed): a random value in an HttpOnly cookie, and in
 * each form a token that is its HMAC under the hub's secret, bound to the visitor's session when
 * there is one. A state-changing request must carry the token of its own cookie and session; another
 * site can neither read the cookie nor forge the token, and a cookie planted by someone else (from
 * a sibling domain, say) gives no token that works for a signed-in victim. Over https the cookie is
 * `__Host-` prefixed: only the hub's own origin can set it. Applies to every POST, PUT, PATCH and
 * DELETE outside the read-only JSON API. A page that shows a token is personal: it is marked
 * `private, no-store`, so no cache hands it to someone else.
 *
 * An upload (multipart) carries its token in the address (`?_csrf=`): its body is read by its route,
 * after the role gate, never here.
 */
export function csrfProtection(secret: string, secureCookies: boolean): MiddlewareHandler<AppEnv> {
  const prefix = secureCookies ? ({ prefix: 'host' } as const) : {};
  return async (c, next) => {
    const cookie = getCookie(c, cookieName, secureCookies ? 'host' : undefined);
    const valid = cookie !== undefined && /^[\w-]{43}$/.test(cookie);
    // A visitor without the cookie gets one with the first page that shows a token.
    const value = valid ? cookie : randomBytes(32).toString('base64url');
    const expected = createHmac('sha256', secret)
      .update(`csrf:${value}:${sessionCookieValue(getCookie(c)) ?? ''}`)
      .digest('base64url');
    let issued = false;
    c.set('csrfToken', () => {
      if (!valid && !issued) setCookie(c, cookieName, value, { httpOnly: true, sameSite: 'Lax', secure: secureCookies, path: '/', ...prefix });
      issued = true;
      c.set('formShown', true);
      return expected;
    });
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const type = c.req.header('Content-Type') ?? '';
      const inBody = type.startsWith('application/x-www-form-urlencoded') ? (await c.req.parseBody())[csrfField] : undefined;
      const sent = typeof inBody === 'string' ? inBody : (c.req.query(csrfField) ?? c.req.header('X-CSRF-Token') ?? '');
      if (!valid || !sameToken(sent, expected)) refuse();
    }
    await next();
    if (issued) c.header('Cache-Control', 'private, no-store');
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(): never {
  throw new AppError('csrf');
}
