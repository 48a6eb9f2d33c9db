import type { Context } from 'hono';
import { notFound } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { doneNotice } from '../../web/render.js';

export { actorOf } from '../accounts/forms.js';

/** Notices carried over a redirect (?done=…): a fixed list of keys, never text from the address. */
const doneNotices = {
  approved: 'admin.done.approved',
  returned: 'admin.done.returned',
  'status-saved': 'admin.done.statusSaved',
  unchanged: 'admin.done.unchanged',
  'role-saved': 'admin.done.roleSaved',
  'focal-added': 'admin.done.focalAdded',
  'focal-removed': 'admin.done.focalRemoved',
  invited: 'admin.done.invited',
  imported: 'admin.done.imported',
  'import-unchanged': 'admin.done.importUnchanged',
} as const;

export function noticeFromQuery(c: Context<AppEnv>): void {
  doneNotice(c, doneNotices);
}

/** A numeric id from the path; anything else is a 404, never a 500. */
export function numericParam(c: Context<AppEnv>, name: string): number {
  const value = c.req.param(name) ?? '';
  const n = Number(value);
  if (!/^\d{1,10}$/.test(value) || n < 1 || n > 2_147_483_647) throw notFound('Record');
  return n;
}

/** Where a form may send the secretariat back to: a console page only (no open redirect). */
export function consolePath(value: string | undefined): string {
  return value && /^\/admin(\/[\w\-./]*)?$/.test(value) && !value.includes('..') ? value : '/admin';
}
