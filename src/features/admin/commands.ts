import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Actor, recordAudit } from '../audit/audit.js';

/*
 * The secretariat's writes to accounts, each with its audit entry; call inside one transaction.
 * Each returns false when there was nothing to change (and then writes no audit entry).
 */

export const hubRoles = ['member', 'secretariat'] as const;
export type HubRole = (typeof hubRoles)[number];
export const isHubRole = (value: unknown): value is HubRole => typeof value === 'string' && (hubRoles as readonly string[]).includes(value);

/** Make a user a member or a secretariat user. The session reads roles on every request, so it applies at once. */
export async function setHubRole(trx: Kysely<Database>, actor: Actor, userId: string, role: HubRole): Promise<boolean> {
  const user = await trx.selectFrom('users').select('hubRole').where('id', '=', userId).where('deletedAt', 'is', null).executeTakeFirstOrThrow();
  if (user.hubRole === role) return false;
  await trx.updateTable('users').set({ hubRole: role }).where('id', '=', userId).execute();
  await recordAudit(trx, { actor, action: 'set-role', entityType: 'user', entityId: userId, before: { hubRole: user.hubRole }, after: { hubRole: role } });
  return true;
}

/** Make a user focal point for a country (an ISO3 code the caller checked exists). */
export async function assignFocalPoint(trx: Kysely<Database>, actor: Actor, userId: string, country: string): Promise<boolean> {
  const existing = await trx.selectFrom('focalPoints').select('country').where('userId', '=', userId).where('country', '=', country).executeTakeFirst();
  if (existing) return false;
  await trx.insertInto('focalPoints').values({ userId, country, assignedBy: actor.userId, assignedAt: new Date().toISOString() }).execute();
  await recordAudit(trx, { actor, action: 'assign-focal-point', entityType: 'user', entityId: userId, after: { focalPoint: country } });
  return true;
}

export async function removeFocalPoint(trx: Kysely<Database>, actor: Actor, userId: string, country: string): Promise<boolean> {
  const removed = await trx.deleteFrom('focalPoints').where('userId', '=', userId).where('country', '=', country).executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) return false;
  await recordAudit(trx, { actor, action: 'remove-focal-point', entityType: 'user', entityId: userId, before: { focalPoint: country } });
  return true;
}
