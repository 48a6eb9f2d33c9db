import { type Kysely, sql } from 'kysely';
import type { CountryRow, Database } from '../../db/schema.js';
import type { Locale } from '../../web/i18n/locales.js';
import { type ItemSummary, itemSummaries } from '../catalogue/queries.js';
import { type Share, actionShares, countryActions } from '../connect/actions.js';
import { listRequests } from '../connect/requests.js';
import type { RequestDetail } from '../connect/types.js';
import { type EventSummary, eventInRegion, listEvents } from '../events/queries.js';
import { todayUtc } from '../events/time.js';
import { areasOf } from './queries.js';

/*
 * What a country's dashboard reads besides its partners, items and data: its readiness reports, its
 * self-assessments, its action tracker, its open requests and the events of its region. Each is a
 * count or a short list with a link to the full page.
 */

export interface CountryDashboard {
  /** Published reports on this country's readiness or e-commerce strategy (eTrade Readiness Assessments and the like), newest first. */
  readiness: ItemSummary[];
  /** The country's readiness self-assessments: how many, and the latest one. */
  selfAssessments: { count: number; latest: { id: number; createdAt: string; isSample: boolean } | null };
  /** The action tracker's share completed (dropped actions left out); `sample` when any action is a sample. */
  actions: Share & { sample: boolean };
  /** How many requests, how many open, and the newest open ones. */
  requests: { open: number; total: number; latest: RequestDetail[] };
  /** Events held in the country's region or covering the country, its region or its groups: upcoming soonest first, then recent past latest first. */
  events: { upcoming: EventSummary[]; past: EventSummary[] };
}

/** How many events of each kind the dashboard lists (the events page has them all). */
export const dashboardEventCount = { upcoming: 4, past: 3 } as const;
const dashboardRequestCount = 3;

/**
 * The country's readiness reports: published resources that are reports, whose only policy area is
 * readiness assessment and strategy formulation (their main subject), and whose coverage names the
 * country itself (ISO3, or its M49 code in older records). A regional report that lists the country
 * (the WAEMU and ECOWAS assessments) counts, after the country's own; one for a whole region or group does not.
 */
export async function readinessReports(db: Kysely<Database>, country: CountryRow, locale: Locale, limit = 3): Promise<ItemSummary[]> {
  const codes = [country.iso3, country.m49].filter((c): c is string => Boolean(c));
  const rows = await db
    .selectFrom('items as i')
    .innerJoin('itemCoverage as ic', 'ic.itemId', 'i.id')
    .innerJoin('itemPolicyAreas as p', 'p.itemId', 'i.id')
    .select(['i.id', sql<string>`coalesce(i.published_on, substr(i.updated_at, 1, 10))`.as('date')])
    .where('i.status', '=', 'published')
    .where('i.type', '=', 'resource')
    .where('i.kind', '=', 'report')
    .where('ic.area', 'in', codes)
    .where('p.policyArea', '=', 'readiness-assessment')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('itemPolicyAreas as o').select('o.itemId').whereRef('o.itemId', '=', 'i.id').where('o.policyArea', '<>', 'readiness-assessment'))))
    .distinct()
    .orderBy('date', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
  // The country's own first (fewest places covered), then the newest; itemSummaries keeps the order of the ids.
  const items = await itemSummaries(db, rows.map((r) => r.id), locale);
  return items.sort((a, b) => a.coverage.length - b.coverage.length).slice(0, limit);
}

/** Whether an event concerns the country: held in its region, or covering the country, its region, a sub-region or a group it belongs to. */
export function eventConcerns(event: EventSummary, country: CountryRow): boolean {
  if (country.regionCode && eventInRegion(event, country.regionCode)) return true;
  const areas = new Set(areasOf(country));
  return (event.country !== null && event.country === country.iso3) || event.coverage.some((area) => areas.has(area));
}

export async function countryDashboard(db: Kysely<Database>, country: CountryRow, locale: Locale): Promise<CountryDashboard> {
  const iso3 = country.iso3;
  const [readiness, assessments, actions, requests, open, events] = await Promise.all([
    readinessReports(db, country, locale),
    db
      .selectFrom('assessments')
      .select(['id', 'createdAt', 'isSample'])
      .where('countryIso3', '=', iso3)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    countryActions(db, iso3),
    db
      .selectFrom('requests')
      .select(sql<number>`count(*)`.as('total'))
      .where('countryIso3', '=', iso3)
      .executeTakeFirstOrThrow(),
    listRequests(db, { country: iso3, status: 'open', pageSize: dashboardRequestCount }, locale),
    listEvents(db, { when: 'all' }, locale).then((all) => all.filter((e) => eventConcerns(e, country))),
  ]);
  const today = todayUtc();
  // listEvents sorts by start: the upcoming soonest first; the past ones are turned latest first.
  const upcoming = events.filter((e) => e.endDate >= today).slice(0, dashboardEventCount.upcoming);
  const past = events.filter((e) => e.endDate < today).reverse().slice(0, dashboardEventCount.past);
  const latest = assessments[0];
  return {
    readiness,
    selfAssessments: { count: assessments.length, latest: latest ? { id: Number(latest.id), createdAt: latest.createdAt, isSample: Number(latest.isSample) === 1 } : null },
    actions: { ...actionShares(actions).overall, sample: actions.some((a) => a.isSample) },
    requests: { open: open.page.total, total: Number(requests.total), latest: open.requests },
    events: { upcoming, past },
  };
}
