import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { APIError } from 'better-auth/api';
import { AppError } from '../../lib/errors.js';
import { isEmailAddress } from '../../lib/text.js';
import type { AppEnv } from '../../web/context.js';
import type { FieldErrors } from '../../web/components/form.js';

/** A posted form's text fields (files and repeated fields ignored), trimmed except passwords. */
export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) if (typeof value === 'string') fields[name] = /password/i.test(name) ? value : value.trim();
  return fields;
}

/** The client's address for throttling and the audit log (the socket's; null in tests without one). */
export function clientAddress(c: Context<AppEnv>): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** The signed-in user as the audit log records them (routes behind a gate that lets only members through). */
export function actorOf(c: Context<AppEnv>): { userId: string; email: string; ip: string | null } {
  const user = c.var.user;
  if (!user) throw new AppError('forbidden');
  return { userId: user.id, email: user.email, ip: clientAddress(c) };
}

/** Common checks of account forms; messages are translated keys of accounts.error. */
export function checkFields(c: Context<AppEnv>, fields: Record<string, string>, rules: Record<string, { required?: boolean; email?: boolean; max?: number }>): FieldErrors {
  const t = c.var.t;
  const errors: FieldErrors = {};
  for (const [name, rule] of Object.entries(rules)) {
    const value = fields[name] ?? '';
    if (rule.required && !value) errors[name] = t('accounts.error.required');
    else if (rule.email && value && !isEmailAddress(value)) errors[name] = t('accounts.error.email');
    else if (rule.max && value.length > rule.max) errors[name] = t('accounts.error.tooLong', { max: rule.max });
  }
  return errors;
}

/** better-auth's error code when it refused a call (APIError), else rethrow: an unexpected error is a 500. */
export function authErrorCode(error: unknown): string {
  if (error instanceof APIError) return String((error.body as { code?: string } | undefined)?.code ?? error.status);
  throw error;
}

/** A request over an abuse limit: `Retry-After` on the response, and the message (key with a {{count}} of minutes) for the form. */
export function tooMany(c: Context<AppEnv>, verdict: { retryAfterSeconds: number }, key: string): string {
  c.header('Retry-After', String(verdict.retryAfterSeconds));
  return c.var.t(key, { count: Math.ceil(verdict.retryAfterSeconds / 60) });
}

/** Copy better-auth's Set-Cookie headers (session cookie set or cleared) onto our response. */
export function forwardCookies(c: Context<AppEnv>, from: Headers): void {
  for (const cookie of from.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
}
