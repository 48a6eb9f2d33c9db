import type { MiddlewareHandler } from 'hono';
import { AppError } from '../lib/errors.js';
import type { CurrentUser } from '../features/accounts/current-user.js';
import type { AppEnv } from './context.js';

/**
 * The role gate: every route declares who may reach it, and nothing else is let through (deny by
 * default). The route-by-role test (tests/http/route-policies.test.ts) reads these gates from the
 * app's route table, so a route without one fails it. Each feature's policy module then checks the
 * record itself after loading it (an editor of A may not touch B's revision).
 */
export const gates = {
  /** Anyone, signed in or not. */
  public: () => true,
  /** Only visitors who are not signed in (sign-in and sign-up pages; others are sent to /account). */
  visitor: (user: CurrentUser | null) => user === null,
  signedIn: (user: CurrentUser | null) => user !== null,
  /** Partner editors and administrators (any workspace), and the secretariat. */
  partner: (user: CurrentUser | null) => user !== null && (user.memberships.length > 0 || user.hubRole === 'secretariat'),
  secretariat: (user: CurrentUser | null) => user?.hubRole === 'secretariat',
} satisfies Record<string, (user: CurrentUser | null) => boolean>;

export type GateName = keyof typeof gates;

export type Gate = MiddlewareHandler<AppEnv> & { gate: GateName };

/**
 * Middleware that lets through only the users `name` allows: a visitor is sent to sign in (303 with
 * `next`, the page's address with its query for a GET), a signed-in user without the role gets 403;
 * a signed-in user on a visitor-only page goes to /account.
 */
export function gate(name: GateName): Gate {
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    const user = c.get('user');
    // The layout reads it: pages behind any other gate are personal and never indexed.
    c.set('gate', name);
    if (gates[name](user)) return next();
    if (name === 'visitor') return c.redirect('/account', 303);
    // A page comes back with its query (a form started from "Ask for this"); a form post to its page only.
    if (!user) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.method === 'GET' ? c.req.path + new URL(c.req.url).search : c.req.path)}`, 303);
    forbidden();
  };
  return Object.assign(handler, { gate: name });
}

/** 403 for a signed-in user without access: the error handler renders the page or the JSON. */
export function forbidden(): never {
  throw new AppError('forbidden');
}

/**
 * A same-site path to go to after signing in: a plain path of the hub, never another site (no open
 * redirect), without control characters or spaces (one in a Location header ended in a 500); other
 * letters are percent-encoded, as a header holds ASCII only.
 */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u0020\u007f-\u009f]/.test(next)) return '/account';
  return next.replace(/[^\x21-\x7e]+/g, encodeURIComponent);
}
