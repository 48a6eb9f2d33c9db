import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../lib/errors.js';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './context.js';

const cookieName = 'e4d_csrf';
export const csrfField = '_csrf';

/**
 * CSRF protection for forms (double submit, signed): a random value in an HttpOnly cookie, and in
 * each form a token that is its HMAC under the hub's secret. A state-changing request must carry the
 * token of its own cookie; another site can neither read the cookie nor forge the token. Applies to
 * every POST, PUT, PATCH and DELETE outside the read-only JSON API. A page that shows a token is
 * personal: it is marked `private, no-store`, so no cache hands it to someone else.
 */
export function csrfProtection(secret: string, secureCookies: boolean): MiddlewareHandler<AppEnv> {
  const sign = (value: string) => createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
  return async (c, next) => {
    const cookie = getCookie(c, cookieName);
    const valid = cookie !== undefined && /^[\w-]{43}$/.test(cookie);
    // A visitor without the cookie gets one with the first page that shows a token.
    const value = valid ? cookie : randomBytes(32).toString('base64url');
    let issued = false;
    c.set('csrfToken', () => {
      if (!valid && !issued) setCookie(c, cookieName, value, { httpOnly: true, sameSite: 'Lax', secure: secureCookies, path: '/' });
      issued = true;
      return sign(value);
    });
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const type = c.req.header('Content-Type') ?? '';
      const form = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data') ? await c.req.parseBody() : {};
      const sent = typeof form[csrfField] === 'string' ? (form[csrfField] as string) : (c.req.header('X-CSRF-Token') ?? '');
      if (!valid || !sameToken(sent, sign(value))) refuse();
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
