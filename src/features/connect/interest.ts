import { searchChanged } from '../search/version.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import type { AppDeps } from '../../web/context.js';
import { translator } from '../../web/i18n/i18n.js';
import { type Locale, isLocale } from '../../web/i18n/locales.js';
import { forbidden } from '../../web/policy.js';
import type { CurrentUser } from '../accounts/current-user.js';
import { type Actor, recordAudit } from '../audit/audit.js';
import { organisationSummaries } from '../organisations/queries.js';
import { type RequestDetail, type RequestStatus, requestStatuses } from './types.js';

/*
 * The partner side of a request: an organisation expresses interest (one per organisation, with a
 * first message), then the requester and that organisation's members write to each other in one
 * thread; the requester (or the secretariat) marks partners engaged and the request supported or closed.
 */

/** What the partner side needs of a request (a RequestDetail has all of it). */
export type RequestHead = Pick<RequestDetail, 'id' | 'requesterId' | 'title' | 'status' | 'country' | 'contactName' | 'contactEmail' | 'sourceLocale'>;

/** Who acts: the signed-in user and where from (for the audit log). */
export interface By {
  user: CurrentUser;
  ip: string | null;
}

export const messageMaxLength = 4000;

const actorOf = (by: By): Actor => ({ userId: by.user.id, email: by.user.email, ip: by.ip });

export const isRequestStatus = (value: unknown): value is RequestStatus => typeof value === 'string' && (requestStatuses as readonly string[]).includes(value);

export async function requestHead(db: Kysely<Database>, id: number): Promise<RequestHead | undefined> {
  const row = await db
    .selectFrom('requests')
    .select(['id', 'requesterId', 'title', 'status', 'countryIso3', 'contactName', 'contactEmail', 'sourceLocale'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { countryIso3, status, sourceLocale, ...rest } = row;
  return { ...rest, country: countryIso3, status: isRequestStatus(status) ? status : 'closed', sourceLocale: isLocale(sourceLocale) ? sourceLocale : 'en' };
}

/** The requester and the secretariat manage a request: engaged partners, status, contact details. */
export function managesRequest(user: CurrentUser | null, request: Pick<RequestHead, 'requesterId'>): boolean {
  return user !== null && (user.hubRole === 'secretariat' || (request.requesterId !== null && user.id === request.requesterId));
}

/** The side the user writes on in the thread with an organisation; null for anyone who may not write (the secretariat included). */
export function writingSide(user: CurrentUser | null, request: Pick<RequestHead, 'requesterId'>, organisationId: number): 'requester' | 'partner' | null {
  if (!user) return null;
  if (request.requesterId !== null && user.id === request.requesterId) return 'requester';
  return user.memberships.some((m) => m.organisationId === organisationId) ? 'partner' : null;
}

/** The requester, the organisation's members and the secretariat read the thread. */
export function mayReadThread(user: CurrentUser | null, request: Pick<RequestHead, 'requesterId'>, organisationId: number): boolean {
  return writingSide(user, request, organisationId) !== null || user?.hubRole === 'secretariat';
}

export interface Interest {
  organisationId: number;
  slug: string;
  name: string;
  engaged: boolean;
  createdAt: string;
}

/** The organisations interested in a request, first to answer first, named in the reader's language. */
export async function interestsIn(db: Kysely<Database>, requestId: number, locale: Locale): Promise<Interest[]> {
  const rows = await db
    .selectFrom('requestInterests')
    .select(['organisationId', 'engaged', 'createdAt'])
    .where('requestId', '=', requestId)
    .orderBy('createdAt')
    .orderBy('organisationId')
    .execute();
  const names = new Map((await organisationSummaries(db, rows.map((r) => r.organisationId), locale)).map((o) => [o.id, o]));
  return rows.map((r) => {
    const o = names.get(r.organisationId);
    return { organisationId: r.organisationId, slug: o?.slug ?? '', name: o?.acronym ?? o?.name ?? '', engaged: Boolean(r.engaged), createdAt: r.createdAt };
  });
}

/** An organisation by slug with its name in a language (acronym when it has one). */
export async function namedOrganisation(db: Kysely<Database>, slug: string, locale: Locale): Promise<{ id: number; slug: string; name: string } | undefined> {
  const row = await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!row) return undefined;
  const [o] = await organisationSummaries(db, [row.id], locale);
  return o ? { id: o.id, slug: o.slug, name: o.acronym ?? o.name } : undefined;
}

export interface ThreadMessage {
  id: number;
  side: 'requester' | 'partner';
  authorName: string | null;
  body: string;
  createdAt: string;
}

/** The messages between a request's requester and one organisation, oldest first. */
export async function threadMessages(db: Kysely<Database>, requestId: number, organisationId: number): Promise<ThreadMessage[]> {
  const rows = await db
    .selectFrom('requestMessages as m')
    .leftJoin('users as u', 'u.id', 'm.authorId')
    .select(['m.id', 'm.side', 'm.body', 'm.createdAt', 'u.name as authorName'])
    .where('m.requestId', '=', requestId)
    .where('m.organisationId', '=', organisationId)
    .orderBy('m.createdAt')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ ...r, side: r.side === 'requester' ? 'requester' : 'partner' }));
}

/** Why an interest cannot be expressed: the organisation already did, or the request is no longer open. */
export class InterestError extends Error {
  constructor(readonly code: 'duplicate' | 'not-open') {
    super(code);
  }
}

interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

const localeOf = (value: string | null | undefined): Locale => (value && isLocale(value) ? value : 'en');

/** The requester's account (its email language), or the contact given on the request when there is no account. */
async function requesterRecipient(db: Kysely<Database>, request: RequestHead): Promise<Recipient> {
  const user = request.requesterId
    ? await db.selectFrom('users').select(['email', 'name', 'emailLocale']).where('id', '=', request.requesterId).where('deletedAt', 'is', null).executeTakeFirst()
    : undefined;
  return user ? { email: user.email, name: user.name, locale: localeOf(user.emailLocale) } : { email: request.contactEmail, name: request.contactName, locale: localeOf(request.sourceLocale) };
}

/** The members of an organisation's workspace. */
async function memberRecipients(db: Kysely<Database>, organisationSlug: string): Promise<(Recipient & { id: string })[]> {
  const rows = await db
    .selectFrom('workspaceMembers as m')
    .innerJoin('workspaces as w', 'w.id', 'm.organizationId')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['u.id', 'u.email', 'u.name', 'u.emailLocale'])
    .where('w.slug', '=', organisationSlug)
    .where('u.deletedAt', 'is', null)
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, locale: localeOf(r.emailLocale) }));
}

const threadPath = (requestId: number, organisationSlug: string) => `/requests/${requestId}/conversations/${organisationSlug}`;

async function mail(
  db: Kysely<Database>,
  deps: Pick<AppDeps, 'mailer' | 'baseUrl'>,
  to: Recipient,
  kind: 'interest' | 'message',
  values: Record<string, string>,
  text: string,
  path: string,
): Promise<void> {
  const t = translator(to.locale);
  const body = [
    t('accounts.email.greeting', { name: to.name }),
    '',
    t(`partnerRequests.email.${kind}.body`, values),
    '',
    text,
    '',
    t(`partnerRequests.email.${kind}.link`),
    `${deps.baseUrl}${path}`,
    '',
    t('accounts.email.signature'),
  ].join('\n');
  await deps.mailer.send(db, { to: to.email, subject: t(`partnerRequests.email.${kind}.subject`, values), text: body, kind: `request-${kind}` });
}

/**
 * An organisation the user is a member of expresses interest in an open request, with a first
 * message; the requester is told by email. Call inside a transaction.
 */
export async function expressInterest(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, 'mailer' | 'baseUrl'>,
  by: By,
  input: { request: RequestHead; organisationSlug: string; message: string },
): Promise<void> {
  const { request, message } = input;
  const membership = by.user.memberships.find((m) => m.organisationSlug === input.organisationSlug) ?? forbidden();
  const current = await trx.selectFrom('requests').select('status').where('id', '=', request.id).executeTakeFirst();
  if (!current) throw new AppError('not_found', 'The request was not found.');
  if (current.status !== 'open') throw new InterestError('not-open');
  const now = new Date().toISOString();
  // The primary key (request, organisation) decides between two members sending at once: the second insert does nothing.
  const inserted = await trx
    .insertInto('requestInterests')
    .values({ requestId: request.id, organisationId: membership.organisationId, userId: by.user.id, createdAt: now })
    .onConflict((oc) => oc.columns(['requestId', 'organisationId']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw new InterestError('duplicate');
  const { id } = await trx
    .insertInto('requestMessages')
    .values({ requestId: request.id, organisationId: membership.organisationId, authorId: by.user.id, side: 'partner', body: message, createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    actor: actorOf(by),
    action: 'request.interest',
    entityType: 'request',
    entityId: request.id,
    after: { organisation: membership.organisationSlug, messageId: id },
  });
  const to = await requesterRecipient(trx, request);
  const organisation = await namedOrganisation(trx, membership.organisationSlug, to.locale);
  await mail(trx, deps, to, 'interest', { organisation: organisation?.name ?? membership.organisationSlug, title: request.title }, message, threadPath(request.id, membership.organisationSlug));
}

/**
 * A message in the thread between the requester and an interested organisation: only the requester and
 * the organisation's members write (403 for anyone else, nothing saved); the other side is told by email.
 */
export async function sendMessage(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, 'mailer' | 'baseUrl'>,
  by: By,
  input: { request: RequestHead; organisation: { id: number; slug: string }; body: string },
): Promise<number> {
  const { request, organisation, body } = input;
  const side = writingSide(by.user, request, organisation.id) ?? forbidden();
  const interested = await trx.selectFrom('requestInterests').select('requestId').where('requestId', '=', request.id).where('organisationId', '=', organisation.id).executeTakeFirst();
  if (!interested) throw new AppError('not_found', 'This organisation has not expressed interest in the request.');
  const { id } = await trx
    .insertInto('requestMessages')
    .values({ requestId: request.id, organisationId: organisation.id, authorId: by.user.id, side, body, createdAt: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, { actor: actorOf(by), action: 'request.message', entityType: 'request_message', entityId: id, after: { request: request.id, organisation: organisation.slug, side } });
  const recipients = side === 'partner' ? [await requesterRecipient(trx, request)] : (await memberRecipients(trx, organisation.slug)).filter((m) => m.id !== by.user.id);
  for (const to of recipients) {
    await mail(trx, deps, to, 'message', { author: by.user.name || by.user.email, title: request.title }, body, threadPath(request.id, organisation.slug));
  }
  return id;
}

/** The requester (or the secretariat) marks an interested organisation as engaged. */
export async function markEngaged(trx: Kysely<Database>, by: By, request: RequestHead, organisation: { id: number; slug: string }): Promise<void> {
  if (!managesRequest(by.user, request)) forbidden();
  const result = await trx
    .updateTable('requestInterests')
    .set({ engaged: 1 })
    .where('requestId', '=', request.id)
    .where('organisationId', '=', organisation.id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('not_found', 'This organisation has not expressed interest in the request.');
  await recordAudit(trx, { actor: actorOf(by), action: 'request.engaged', entityType: 'request', entityId: request.id, after: { engaged: organisation.slug } });
}

/** The requester (or the secretariat) marks the request supported or closed, or opens it again. */
export async function setRequestStatus(trx: Kysely<Database>, by: By, request: RequestHead, status: RequestStatus): Promise<void> {
  if (!managesRequest(by.user, request)) forbidden();
  if (status === request.status) return;
  await trx.updateTable('requests').set({ status, updatedAt: new Date().toISOString() }).where('id', '=', request.id).execute();
  await searchChanged(trx);
  await recordAudit(trx, { actor: actorOf(by), action: 'request.status', entityType: 'request', entityId: request.id, before: { status: request.status }, after: { status } });
}

export interface MatchedRequest {
  id: number;
  title: string;
  country: string;
  status: RequestStatus;
  deadline: string | null;
  rank: number;
  score: number;
  interestedAt: string | null;
  engaged: boolean;
}

/** The requests matched to an organisation (its dashboard): best rank first, then newest. */
export async function matchedRequests(db: Kysely<Database>, organisationId: number, show: 'open' | 'all'): Promise<MatchedRequest[]> {
  let query = db
    .selectFrom('requestMatches as m')
    .innerJoin('requests as r', 'r.id', 'm.requestId')
    .leftJoin('requestInterests as i', (join) => join.onRef('i.requestId', '=', 'm.requestId').onRef('i.organisationId', '=', 'm.organisationId'))
    .select(['r.id', 'r.title', 'r.countryIso3', 'r.status', 'r.deadline', 'm.rank', 'm.score', 'i.createdAt as interestedAt', 'i.engaged'])
    .where('m.organisationId', '=', organisationId);
  if (show === 'open') query = query.where('r.status', '=', 'open');
  const rows = await query.orderBy('m.rank').orderBy('r.createdAt', 'desc').orderBy('r.id', 'desc').limit(500).execute();
  return rows.map(({ countryIso3, status, engaged, score, ...r }) => ({
    ...r,
    country: countryIso3,
    status: isRequestStatus(status) ? status : 'closed',
    score: Number(score),
    engaged: Boolean(engaged),
  }));
}
