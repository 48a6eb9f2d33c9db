import { indexRequest } from '../search/documents.js';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, RequestTable } from '../../db/schema.js';
import { type PageInfo, offsetOf, pageInfo } from '../../lib/pagination.js';
import { isEmailAddress, isIsoDate } from '../../lib/text.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type Actor, recordAudit } from '../audit/audit.js';
import type { ItemType } from '../catalogue/types.js';
import { knownCountries } from '../countries/areas.js';
import { type PolicyAreaSlug, isPolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { matchesFor } from './matching.js';
import {
  type ItemRef,
  type RequestDetail,
  type RequestSeed,
  type RequestStatus,
  type RequesterKind,
  type SupportKind,
  type Urgency,
  requesterKinds,
  supportKinds,
  urgencies,
} from './types.js';

/** How many organisations a request's snapshot keeps (partners' dashboards list them). */
export const snapshotSize = 10;

export interface RequestFilter {
  country?: string | undefined;
  policyArea?: PolicyAreaSlug | undefined;
  status?: RequestStatus | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** A field and what is wrong with it (a `requests.problem` code). */
export type RequestProblems = Partial<Record<keyof RequestSeed, string>>;

/** Who is posting: decides whether they may post as a country's focal point. */
export interface Poster {
  focalPointCountries: readonly string[];
}

/** What is wrong with a request about to be posted; empty when it may be saved. `today` is YYYY-MM-DD. */
export function requestProblems(seed: RequestSeed, poster: Poster, today: string): RequestProblems {
  const problems: RequestProblems = {};
  if (!knownCountries.has(seed.country)) problems.country = 'unknownCountry';
  if (!(requesterKinds as readonly string[]).includes(seed.requesterKind)) problems.requesterKind = 'required';
  else if (seed.requesterKind === 'focal-point' && !poster.focalPointCountries.includes(seed.country)) problems.requesterKind = 'notFocalPoint';
  if (!seed.requesterBody.trim()) problems.requesterBody = 'required';
  if (!seed.title.trim()) problems.title = 'required';
  if (seed.description.trim().length < 20) problems.description = 'tooShort';
  if (seed.policyAreas.length === 0 || !seed.policyAreas.every(isPolicyAreaSlug)) problems.policyAreas = 'atLeastOne';
  if (seed.supportKinds.length === 0 || !seed.supportKinds.every((k) => (supportKinds as readonly string[]).includes(k))) problems.supportKinds = 'atLeastOne';
  if (seed.languages.length === 0 || !seed.languages.every((l) => /^[a-z]{2}$/.test(l))) problems.languages = 'atLeastOne';
  if (!(urgencies as readonly string[]).includes(seed.urgency)) problems.urgency = 'required';
  if (seed.deadline) {
    if (!isIsoDate(seed.deadline)) problems.deadline = 'badDate';
    else if (seed.deadline < today) problems.deadline = 'pastDeadline';
  }
  if (!seed.contactName.trim()) problems.contactName = 'required';
  if (!isEmailAddress(seed.contactEmail)) problems.contactEmail = 'badEmail';
  return problems;
}

/** Replace a request's snapshot of matched organisations with the engine's current ranking. */
export async function rematch(trx: Kysely<Database>, requestId: number): Promise<number> {
  const request = await findRequest(trx, requestId);
  if (!request) throw new Error(`Request ${requestId} does not exist.`);
  const { organisations } = await matchesFor(trx, request, { limit: snapshotSize, before: request.createdAt, excludeRequestId: requestId });
  const ids = organisations.length
    ? await trx.selectFrom('organisations').select(['id', 'slug']).where('slug', 'in', organisations.map((o) => o.slug)).execute()
    : [];
  const idOf = new Map(ids.map((o) => [o.slug, o.id]));
  await trx.deleteFrom('requestMatches').where('requestId', '=', requestId).execute();
  const now = new Date().toISOString();
  if (organisations.length) {
    await trx
      .insertInto('requestMatches')
      .values(organisations.map((o, i) => ({ requestId, organisationId: idOf.get(o.slug)!, rank: i + 1, score: o.score, matchedAt: now })))
      .execute();
  }
  return organisations.length;
}

/** The id of a published item, or null (an unknown or unpublished one is not recorded). */
async function publishedItemId(db: Kysely<Database>, item: ItemRef): Promise<number | null> {
  const row = await db.selectFrom('items').select('id').where('type', '=', item.type).where('slug', '=', item.slug).where('status', '=', 'published').executeTakeFirst();
  return row ? Number(row.id) : null;
}

/** Insert a request with its taxonomy and snapshot its matched organisations; call inside a transaction. */
export async function requestCreator(trx: Kysely<Database>, seed: RequestSeed, requesterId: string | null, createdAt = new Date().toISOString()): Promise<number> {
  const { id } = await trx
    .insertInto('requests')
    .values({
      countryIso3: seed.country,
      requesterId,
      requesterKind: seed.requesterKind,
      requesterBody: seed.requesterBody,
      contactName: seed.contactName,
      contactEmail: seed.contactEmail,
      title: seed.title,
      description: seed.description,
      sourceLocale: seed.sourceLocale,
      urgency: seed.urgency,
      deadline: seed.deadline || null,
      isSample: seed.isSample ? 1 : 0,
      createdAt,
      updatedAt: createdAt,
      itemId: seed.item ? await publishedItemId(trx, seed.item) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unique = <T>(values: T[]) => [...new Set(values)];
  await trx.insertInto('requestPolicyAreas').values(unique(seed.policyAreas).map((policyArea) => ({ requestId: id, policyArea }))).execute();
  await trx.insertInto('requestSupportKinds').values(unique(seed.supportKinds).map((supportKind) => ({ requestId: id, supportKind }))).execute();
  if (seed.languages.length) await trx.insertInto('requestLanguages').values(unique(seed.languages).map((language) => ({ requestId: id, language }))).execute();
  await rematch(trx, id);
  await indexRequest(trx, id);
  return id;
}

/** Post a request from the form: create, snapshot matches and audit in one transaction. */
export async function requestPoster(db: Kysely<Database>, seed: RequestSeed, actor: Actor): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const id = await requestCreator(trx, seed, actor.userId);
    const { contactEmail: _e, contactName: _n, ...publicFields } = seed;
    await recordAudit(trx, { actor, action: 'create', entityType: 'request', entityId: id, after: { ...publicFields } });
    return id;
  });
}

type RequestRow = Selectable<RequestTable>;

const requestColumns = [
  'r.id',
  'r.countryIso3',
  'r.requesterId',
  'r.requesterKind',
  'r.requesterBody',
  'r.contactName',
  'r.contactEmail',
  'r.title',
  'r.description',
  'r.sourceLocale',
  'r.urgency',
  'r.deadline',
  'r.status',
  'r.isSample',
  'r.createdAt',
  'r.updatedAt',
  'r.itemId',
] as const;

async function detailsOf(db: Kysely<Database>, rows: RequestRow[]): Promise<RequestDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const itemIds = rows.map((r) => r.itemId).filter((id): id is number => id !== null);
  const [areas, kinds, languages, items] = await Promise.all([
    db
      .selectFrom('requestPolicyAreas as r')
      .innerJoin('policyAreas as pa', 'pa.slug', 'r.policyArea')
      .select(['r.requestId', 'r.policyArea as value'])
      .where('r.requestId', 'in', ids)
      .orderBy('pa.position')
      .execute(),
    db.selectFrom('requestSupportKinds').select(['requestId', 'supportKind as value']).where('requestId', 'in', ids).execute(),
    db.selectFrom('requestLanguages').select(['requestId', 'language as value']).where('requestId', 'in', ids).orderBy('language').execute(),
    itemIds.length ? db.selectFrom('items').select(['id', 'type', 'slug']).where('id', 'in', itemIds).where('status', '=', 'published').execute() : [],
  ]);
  const itemOf = new Map(items.map((i) => [Number(i.id), { type: i.type as ItemType, slug: i.slug }]));
  const of = (list: { requestId: number; value: string }[], id: number) => list.filter((x) => x.requestId === id).map((x) => x.value);
  const kindOrder = (k: string) => (supportKinds as readonly string[]).indexOf(k);
  return rows.map((r) => ({
    id: Number(r.id),
    country: r.countryIso3,
    requesterId: r.requesterId,
    requesterKind: r.requesterKind as RequesterKind,
    requesterBody: r.requesterBody,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    title: r.title,
    description: r.description,
    sourceLocale: r.sourceLocale as RequestDetail['sourceLocale'],
    policyAreas: of(areas, r.id) as PolicyAreaSlug[],
    supportKinds: (of(kinds, r.id) as SupportKind[]).sort((a, b) => kindOrder(a) - kindOrder(b)),
    languages: of(languages, r.id),
    urgency: r.urgency as Urgency,
    deadline: r.deadline,
    status: r.status as RequestStatus,
    isSample: Number(r.isSample) === 1,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    item: r.itemId === null ? null : (itemOf.get(Number(r.itemId)) ?? null),
  }));
}

export async function findRequest(db: Kysely<Database>, id: number): Promise<RequestDetail | undefined> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return undefined;
  const row = await db.selectFrom('requests as r').select(requestColumns).where('r.id', '=', id).executeTakeFirst();
  return row ? (await detailsOf(db, [row]))[0] : undefined;
}

/** Requests matching the filter: open ones first, then the newest. `locale` is kept for titles once requests are translated. */
export async function listRequests(
  db: Kysely<Database>,
  filter: RequestFilter,
  _locale: Locale = 'en',
): Promise<{ requests: RequestDetail[]; page: PageInfo }> {
  const page = filter.page ?? 1;
  const pageSize = filter.pageSize ?? 20;
  let query = db.selectFrom('requests as r');
  if (filter.country) query = query.where('r.countryIso3', '=', filter.country);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.policyArea) {
    const area = filter.policyArea;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('requestPolicyAreas as p').select('p.requestId').whereRef('p.requestId', '=', 'r.id').where('p.policyArea', '=', area)),
    );
  }
  const [{ count }, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow(),
    query
      .select(requestColumns)
      .orderBy(sql`case when r.status = 'open' then 0 else 1 end`)
      .orderBy('r.createdAt', 'desc')
      .orderBy('r.id', 'desc')
      .limit(pageSize)
      .offset(offsetOf(page, pageSize))
      .execute(),
  ]);
  return { requests: await detailsOf(db, rows), page: pageInfo(page, pageSize, Number(count)) };
}
