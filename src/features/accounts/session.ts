import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv } from '../../web/context.js';
import { loadCurrentUser } from './current-user.js';

/** better-auth's session cookie (with the __Secure- prefix when the hub is served over https). */
export const sessionCookieNames = ['e4d.session_token', '__Secure-e4d.session_token'];

export const hasSessionCookie = (cookies: Record<string, string>) => sessionCookieNames.some((name) => cookies[name]);

/** The session cookie's value (signed token), if the request has one. */
export const sessionCookieValue = (cookies: Record<string, string>): string | undefined => sessionCookieNames.map((name) => cookies[name]).find(Boolean);

/**
 * Sets `user` for the request: null for a visitor (no database read without a session cookie), or
 * the signed-in user with their roles. better-auth checks the signed cookie and the session's expiry.
 */
export function sessionMiddleware(deps: Pick<AppDeps, 'auth' | 'db'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    if (hasSessionCookie(getCookie(c))) {
      const session = await deps.auth.api.getSession({ headers: c.req.raw.headers });
      if (session) c.set('user', (await loadCurrentUser(deps.db, session.user.id)) ?? null);
    }
    await next();
    if (c.get('user')) c.header('Cache-Control', 'private, no-store');
  };
}
