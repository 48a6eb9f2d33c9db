import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { forbidden } from '../../web/policy.js';
import type { CurrentUser, Membership } from '../accounts/current-user.js';
import { revision } from '../contributions/queries.js';
import type { Revision } from '../contributions/types.js';

/*
 * The record checks of the workspace pages, after the partner gate: a user acts only for the
 * organisations they are a member of, whatever ids are put in the URL or the form.
 */

/** The user's membership of the organisation named in the URL; 403 when they have none (an unknown slug included). */
export function membershipOf(user: CurrentUser, organisationSlug: string): Membership {
  return user.memberships.find((m) => m.organisationSlug === organisationSlug) ?? forbidden();
}

/** As membershipOf, for what only the workspace's administrators may do. */
export function adminMembershipOf(user: CurrentUser, organisationSlug: string): Membership {
  const membership = membershipOf(user, organisationSlug);
  return membership.role === 'admin' ? membership : forbidden();
}

/** A database id from the URL; anything else (letters, zero, past PostgreSQL's integer) is a page that does not exist. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,10}$/.test(value) || id < 1 || id > 2_147_483_647) throw new AppError('not_found');
  return id;
}

/** The revision and the user's membership of its organisation: 404 if missing, 403 if another organisation's. */
export async function ownRevision(db: Kysely<Database>, user: CurrentUser, id: number): Promise<{ revision: Revision; membership: Membership }> {
  const found = await revision(db, id);
  if (!found) throw notFound('The proposal');
  const membership = user.memberships.find((m) => m.organisationId === found.organisationId) ?? forbidden();
  return { revision: found, membership };
}

export { actorOf } from '../accounts/forms.js';
