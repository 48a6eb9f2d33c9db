import { csvText } from '../../lib/csv.js';
import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import type { CurrentUser } from '../accounts/current-user.js';
import { type Actor, recordAudit } from '../audit/audit.js';
import { countryName } from '../countries/reference.js';
import type { EventSummary } from './queries.js';
import type { RegistrationInput } from './registration-schema.js';
import type { RegistrationStatus } from './types.js';
import { isUniqueViolation } from '../../db/errors.js';

type Db = Kysely<Database>;

/** Why an event takes no registrations here, or undefined when it does. */
export type ClosedReason = 'not-built-in' | 'cancelled' | 'ended';

export function closedReason(event: Pick<EventSummary, 'registration' | 'status' | 'endsAt'>, now = new Date()): ClosedReason | undefined {
  if (event.registration !== 'built-in') return 'not-built-in';
  if (event.status === 'cancelled') return 'cancelled';
  if (event.endsAt <= now.toISOString()) return 'ended';
  return undefined;
}

/** A new cancellation token (sent by email) and its hash (stored). */
export function newCancelToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The registration as the emails and pages need it. */
export interface RegistrationRef {
  id: number;
  name: string;
  email: string;
  locale: Locale;
  status: RegistrationStatus;
}

export interface CreatedRegistration extends RegistrationRef {
  /** Place on the waiting list (1 = next), for a waitlisted registration. */
  position: number | null;
  /** The cancellation token, to email; only its hash is stored. */
  token: string;
}

/** The duplicate of a live registration (same event and address), found before the insert or raised by the unique index. */
export class DuplicateRegistrationError extends Error {
  constructor() {
    super('This address is already registered for this event.');
  }
}

/** True for the violation of registrations_live_email_idx, on either database. */
export function isLiveEmailConflict(error: unknown): boolean {
  return isUniqueViolation(error, { constraint: 'registrations_live_email_idx', columns: 'registrations.event_id, registrations.email' });
}

/** Serialise the registrations of one event: PostgreSQL locks the event's row (SQLite runs one write at a time). */
async function lockEvent(trx: Db, dialect: Dialect, eventId: number): Promise<void> {
  if (dialect === 'postgres') await trx.selectFrom('events').select('id').where('id', '=', eventId).forUpdate().execute();
}

const countOf = async (trx: Db, eventId: number, status: RegistrationStatus): Promise<number> =>
  Number((await trx.selectFrom('registrations').select(sql<number>`count(*)`.as('n')).where('eventId', '=', eventId).where('status', '=', status).executeTakeFirstOrThrow()).n);

/** A waitlisted registration's place in the queue (oldest first). */
async function waitlistPosition(trx: Db, eventId: number, id: number): Promise<number> {
  const row = await trx
    .selectFrom('registrations')
    .select(sql<number>`count(*)`.as('n'))
    .where('eventId', '=', eventId)
    .where('status', '=', 'waitlisted')
    .where('id', '<=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Register someone for an event, in the caller's transaction: confirmed while confirmed places are
 * fewer than the capacity (no capacity: unlimited), else waitlisted. Throws
 * DuplicateRegistrationError when the address already holds a live registration.
 */
export async function registrationCreator(
  trx: Db,
  dialect: Dialect,
  event: Pick<EventSummary, 'id' | 'capacity'>,
  input: RegistrationInput,
  context: { locale: Locale; userId: string | null; actor: Actor },
): Promise<CreatedRegistration> {
  await lockEvent(trx, dialect, event.id);
  const existing = await trx.selectFrom('registrations').select('id').where('eventId', '=', event.id).where('email', '=', input.email).where('status', '<>', 'cancelled').executeTakeFirst();
  if (existing) throw new DuplicateRegistrationError();
  const confirmed = await countOf(trx, event.id, 'confirmed');
  const status: RegistrationStatus = event.capacity === null || confirmed < event.capacity ? 'confirmed' : 'waitlisted';
  const { token, hash } = newCancelToken();
  const row = {
    eventId: event.id,
    userId: context.userId,
    name: input.name,
    email: input.email,
    countryIso3: input.country,
    organisationType: input.organisationType,
    gender: input.gender,
    locale: context.locale,
    status,
    cancelTokenHash: hash,
    createdAt: new Date().toISOString(),
  };
  const { id } = await trx.insertInto('registrations').values(row).returning('id').executeTakeFirstOrThrow();
  const { cancelTokenHash: _hash, ...audited } = row;
  await recordAudit(trx, { actor: context.actor, action: 'register', entityType: 'registration', entityId: id, after: audited });
  const position = status === 'waitlisted' ? await waitlistPosition(trx, event.id, id) : null;
  return { id, name: input.name, email: input.email, locale: context.locale, status, position, token };
}

/** The registration a cancellation token belongs to (any status), or undefined. */
export async function registrationByToken(db: Db, eventId: number, token: string): Promise<(RegistrationRef & { cancelledAt: string | null }) | undefined> {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  const row = await db
    .selectFrom('registrations')
    .select(['id', 'name', 'email', 'locale', 'status', 'cancelledAt'])
    .where('eventId', '=', eventId)
    .where('cancelTokenHash', '=', tokenHash(token))
    .executeTakeFirst();
  return row ? { ...row, locale: row.locale as Locale, status: row.status as RegistrationStatus } : undefined;
}

export interface Cancellation {
  cancelled: RegistrationRef;
  /** Waitlisted registrations confirmed into the freed places, each with a new cancellation token to email. */
  promoted: (RegistrationRef & { token: string })[];
}

/**
 * Cancel the live registration of a token and confirm the oldest waitlisted registrations into the
 * places that are then free, in the caller's transaction. Undefined (nothing changed) for an unknown
 * token or a registration already cancelled.
 */
export async function registrationCanceller(
  trx: Db,
  dialect: Dialect,
  event: Pick<EventSummary, 'id' | 'capacity'>,
  token: string,
  actor: Actor,
): Promise<Cancellation | undefined> {
  await lockEvent(trx, dialect, event.id);
  const found = await registrationByToken(trx, event.id, token);
  if (!found || found.status === 'cancelled') return undefined;
  const now = new Date().toISOString();
  await trx.updateTable('registrations').set({ status: 'cancelled', cancelledAt: now }).where('id', '=', found.id).execute();
  await recordAudit(trx, { actor, action: 'cancel', entityType: 'registration', entityId: found.id, before: { status: found.status }, after: { status: 'cancelled', cancelledAt: now } });

  const promoted: Cancellation['promoted'] = [];
  if (event.capacity !== null) {
    const free = event.capacity - (await countOf(trx, event.id, 'confirmed'));
    const next = free > 0
      ? await trx.selectFrom('registrations').select(['id', 'name', 'email', 'locale']).where('eventId', '=', event.id).where('status', '=', 'waitlisted').orderBy('createdAt').orderBy('id').limit(free).execute()
      : [];
    for (const person of next) {
      // A new link for the promoted person: the old one was only ever in an email we can no longer reach.
      const { token: newToken, hash } = newCancelToken();
      await trx.updateTable('registrations').set({ status: 'confirmed', cancelTokenHash: hash }).where('id', '=', person.id).execute();
      await recordAudit(trx, { actor, action: 'promote', entityType: 'registration', entityId: person.id, before: { status: 'waitlisted' }, after: { status: 'confirmed' } });
      promoted.push({ ...person, locale: person.locale as Locale, status: 'confirmed', token: newToken });
    }
  }
  return { cancelled: { ...found, status: 'cancelled' }, promoted };
}

export interface Participant {
  name: string;
  email: string;
  country: string;
  organisationType: string;
  gender: string | null;
  status: RegistrationStatus;
  createdAt: string;
  cancelledAt: string | null;
}

/** Everyone who registered for the event, cancelled registrations included, oldest first. */
export async function eventParticipants(db: Db, eventId: number): Promise<Participant[]> {
  const rows = await db
    .selectFrom('registrations')
    .select(['name', 'email', 'countryIso3', 'organisationType', 'gender', 'status', 'createdAt', 'cancelledAt'])
    .where('eventId', '=', eventId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map(({ countryIso3, ...r }) => ({ ...r, country: countryIso3, status: r.status as RegistrationStatus }));
}

/** The secretariat, and members of the event's organiser organisations (not its partners), see its participants. */
export function canSeeParticipants(user: CurrentUser, event: Pick<EventSummary, 'organisers'>): boolean {
  if (user.hubRole === 'secretariat') return true;
  const organisers = new Set(event.organisers.map((o) => o.slug));
  return user.memberships.some((m) => organisers.has(m.organisationSlug));
}

const csvColumns = ['name', 'email', 'country_iso3', 'country', 'organisation_type', 'gender', 'status', 'registered_at', 'cancelled_at'];

/**
 * The participant list as CSV (RFC 4180, CRLF); country names in `locale`. Cells starting with
 * = + - @ (or a tab or carriage return) get a leading apostrophe so that a spreadsheet does not run them.
 */
export function participantsCsv(participants: Participant[], locale: Locale): string {
  const rows = participants.map((p) => [p.name, p.email, p.country, countryName(p.country, locale), p.organisationType, p.gender ?? '', p.status, p.createdAt, p.cancelledAt ?? '']);
  return csvText(csvColumns, rows);
}

/** The event's title in `locale`, or in its source language (for an email in another language than the page's). */
export async function eventTitleIn(db: Db, eventId: number, locale: Locale): Promise<string> {
  const texts = await db
    .selectFrom('eventTexts as t')
    .innerJoin('events as e', 'e.id', 't.eventId')
    .select(['t.locale', 't.title', 'e.sourceLocale'])
    .where('t.eventId', '=', eventId)
    .execute();
  return (texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === t.sourceLocale) ?? texts[0])?.title ?? '';
}
