import { groupBy } from '../../lib/group-by.js';
import { type Kysely, sql } from 'kysely';
import type { CountryRow, Database } from '../../db/schema.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { type Locale, isLocale } from '../../web/i18n/locales.js';
import type { Beneficiary, SolutionKind } from '../catalogue/types.js';
import { itemSummaries } from '../catalogue/queries.js';
import { findCountryByIso3, groupsOf } from '../countries/queries.js';
import { areaName, countryName } from '../countries/reference.js';
import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import { median } from './metrics.js';
import type { ItemRef, Match, MatchReason, RequesterKind, SupportKind } from './types.js';

/**
 * The matching engine's weights: the ONLY place they are set. The page /requests/about-matching
 * prints this object, so it can never disagree with the code.
 */
export const MATCH_WEIGHTS = {
  /** Per policy area shared with the request. */
  policyArea: 10,
  /** Where the solution or partner works: only the closest level counts. */
  coverage: { country: 8, subregion: 6, region: 5, group: 4, world: 2 },
  /** The solution serves the kind of body asking (governments, MSMEs…). */
  beneficiary: 4,
  /** The solution is of a kind of support the request asks for. */
  supportKind: 5,
  /** The solution is offered in a language the requester works in. */
  language: 3,
  /** The request was asked from this solution's or resource's page ("Ask for this"): the solution, and each partner offering it. */
  askedFor: 15,
  /** Share of a partner's best solution's score added to the partner's score. */
  bestSolutionShare: 0.5,
  /** Response rate on earlier requests: +this at 100 %, 0 at 50 % or with no history, −this at 0 %. */
  responseRate: 6,
  /** Median time to express interest: full points within `fastHours`, a third within `slowHours`. */
  responseTime: 3,
  fastHours: 72,
  slowHours: 336,
} as const;

/** The catalogue's beneficiaries that stand for each kind of requester. */
export const beneficiariesOf: Record<RequesterKind, Beneficiary[]> = {
  'focal-point': ['governments'],
  government: ['governments'],
  'business-association': ['msmes', 'trade-support-institutions'],
  'sme-support': ['msmes', 'trade-support-institutions'],
};

/** The catalogue's solution kinds that give each kind of support. */
export const solutionKindsOf: Record<SupportKind, SolutionKind[]> = {
  'technical-assistance': ['technical-assistance', 'tool', 'platform'],
  training: ['training'],
  financing: ['financing'],
  data: ['data', 'research'],
  'policy-advice': ['technical-assistance', 'research'],
};

export interface MatchInput {
  country: string;
  policyAreas: PolicyAreaSlug[];
  supportKinds: SupportKind[];
  languages: string[];
  requesterKind?: RequesterKind;
  /** The item the request was asked from, if any. */
  item?: ItemRef | null;
}

export interface MatchOptions {
  /** How many of each; 10 unless told. */
  limit?: number;
  /** Language of the names; English unless told. */
  locale?: Locale;
  /** Only requests posted before this instant count in partners' response history; now unless told. */
  before?: string;
  /** A request to leave out of the response history (the one being matched). */
  excludeRequestId?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const total = (reasons: MatchReason[]) => round(reasons.reduce((sum, r) => sum + r.points, 0));
const ranked = (matches: Match[]) => matches.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

/** The closest level at which `areas` (item coverage or organisation M49 areas) reach the country. */
function coverageReason(areas: string[], country: CountryRow | undefined): MatchReason | undefined {
  const has = new Set(areas);
  const w = MATCH_WEIGHTS.coverage;
  if (country) {
    if (has.has(country.iso3) || (country.m49 && has.has(country.m49))) return { code: 'country', values: { area: country.iso3 }, points: w.country };
    for (const code of [country.intermediateRegionCode, country.subregionCode]) {
      if (code && has.has(code)) return { code: 'subregion', values: { area: code }, points: w.subregion };
    }
    if (country.regionCode && has.has(country.regionCode)) return { code: 'region', values: { area: country.regionCode }, points: w.region };
    const group = groupsOf(country).find((g) => has.has(g));
    if (group) return { code: 'group', values: { group }, points: w.group };
  }
  if (has.has('001')) return { code: 'world', points: w.world };
  return undefined;
}

function policyAreaReasons(areas: string[], wanted: PolicyAreaSlug[]): MatchReason[] {
  return wanted.filter((a) => areas.includes(a)).map((area) => ({ code: 'policyArea', values: { area }, points: MATCH_WEIGHTS.policyArea }));
}

interface ResponseHistory {
  matched: number;
  interested: number;
  medianHours: number | null;
}

/** Each organisation's record on the earlier requests it was matched to. */
async function responseHistories(db: Kysely<Database>, organisationIds: number[], options: MatchOptions): Promise<Map<number, ResponseHistory>> {
  const histories = new Map<number, ResponseHistory>();
  if (organisationIds.length === 0) return histories;
  let query = db
    .selectFrom('requestMatches as m')
    .innerJoin('requests as r', 'r.id', 'm.requestId')
    .leftJoin('requestInterests as i', (join) => join.onRef('i.requestId', '=', 'm.requestId').onRef('i.organisationId', '=', 'm.organisationId'))
    .select(['m.organisationId', 'r.createdAt as askedAt', 'i.createdAt as answeredAt'])
    .where('m.organisationId', 'in', organisationIds)
    // Sample requests are no one's record (as in metrics.ts).
    .where('r.isSample', '=', 0)
    .where('r.createdAt', '<', options.before ?? new Date().toISOString());
  if (options.excludeRequestId !== undefined) query = query.where('m.requestId', '<>', options.excludeRequestId);
  const rows = await query.execute();
  const hours = new Map<number, number[]>();
  for (const row of rows) {
    const h = histories.get(row.organisationId) ?? { matched: 0, interested: 0, medianHours: null };
    h.matched += 1;
    if (row.answeredAt) {
      h.interested += 1;
      const list = hours.get(row.organisationId) ?? [];
      list.push(Math.max(0, (Date.parse(row.answeredAt) - Date.parse(row.askedAt)) / 3_600_000));
      hours.set(row.organisationId, list);
    }
    histories.set(row.organisationId, h);
  }
  for (const [id, list] of hours) histories.get(id)!.medianHours = median(list);
  return histories;
}

function responseReasons(history: ResponseHistory | undefined): MatchReason[] {
  if (!history || history.matched === 0) return [];
  const rate = history.interested / history.matched;
  const reasons: MatchReason[] = [
    { code: 'responseRate', values: { percent: Math.round(rate * 100), count: history.matched }, points: round(MATCH_WEIGHTS.responseRate * (rate - 0.5) * 2) },
  ];
  if (history.medianHours !== null) {
    const h = history.medianHours;
    const points = h <= MATCH_WEIGHTS.fastHours ? MATCH_WEIGHTS.responseTime : h <= MATCH_WEIGHTS.slowHours ? round(MATCH_WEIGHTS.responseTime / 3) : 0;
    reasons.push({ code: 'responseTime', values: { hours: Math.round(h) }, points });
  }
  return reasons;
}

/**
 * Rank the published solutions and the partner organisations for a request: policy areas shared,
 * coverage of the country, beneficiaries, kind of support, languages, and (partners) the response
 * history. Anything sharing no policy area is left out. Deterministic: ties go by slug.
 */
export async function matchesFor(
  db: Kysely<Database>,
  input: MatchInput,
  options: MatchOptions = {},
): Promise<{ solutions: Match[]; organisations: Match[] }> {
  const limit = options.limit ?? 10;
  const locale = options.locale ?? 'en';
  const wanted = [...new Set(input.policyAreas)];
  if (wanted.length === 0) return { solutions: [], organisations: [] };
  const country = await findCountryByIso3(db, input.country);
  const languages = new Set(input.languages);
  const kinds = new Set(input.supportKinds.flatMap((k) => solutionKindsOf[k] ?? []));
  const served = new Set(input.requesterKind ? beneficiariesOf[input.requesterKind] : []);

  const itemRows = await db
    .selectFrom('items as i')
    .innerJoin('itemPolicyAreas as p', 'p.itemId', 'i.id')
    .select('i.id')
    .distinct()
    .where('i.type', '=', 'solution')
    .where('i.status', '=', 'published')
    .where('p.policyArea', 'in', wanted)
    .orderBy('i.id')
    .execute();
  const items = await itemSummaries(db, itemRows.map((r) => r.id), locale);
  const asked = input.item ? await askedItem(db, input.item, locale) : undefined;

  const solutions: Match[] = items.map((item) => {
    const reasons = policyAreaReasons(item.policyAreas, wanted);
    const coverage = coverageReason(item.coverage, country);
    if (coverage) reasons.push(coverage);
    const beneficiary = item.beneficiaries.find((b) => served.has(b));
    if (beneficiary) reasons.push({ code: 'beneficiary', values: { beneficiary }, points: MATCH_WEIGHTS.beneficiary });
    if (kinds.has(item.kind as SolutionKind)) {
      const kind = input.supportKinds.find((k) => solutionKindsOf[k]?.includes(item.kind as SolutionKind))!;
      reasons.push({ code: 'supportKind', values: { kind }, points: MATCH_WEIGHTS.supportKind });
    }
    const shared = item.languages.filter((l) => languages.has(l));
    if (shared.length) reasons.push({ code: 'language', values: { languages: shared.join(',') }, points: MATCH_WEIGHTS.language });
    if (asked?.type === 'solution' && asked.slug === item.slug) reasons.push({ code: 'askedFor', values: { item: item.title }, points: MATCH_WEIGHTS.askedFor });
    return { type: 'solution', slug: item.slug, name: item.title, score: total(reasons), reasons };
  });
  ranked(solutions);

  // Best solution of each organisation (solutions are ranked, so the first seen is the best).
  const solutionOf = new Map(solutions.map((s) => [s.slug, s]));
  const bestOf = new Map<string, { match: Match; count: number }>();
  for (const item of items) {
    const match = solutionOf.get(item.slug)!;
    for (const o of item.organisations) {
      const current = bestOf.get(o.slug);
      if (!current) bestOf.set(o.slug, { match, count: 1 });
      else {
        current.count += 1;
        if (match.score > current.match.score || (match.score === current.match.score && match.slug < current.match.slug)) current.match = match;
      }
    }
  }

  const orgAreaRows = await db.selectFrom('organisationPolicyAreas').select('organisationId').where('policyArea', 'in', wanted).execute();
  const orgRows = await db
    .selectFrom('organisations as o')
    .leftJoin('organisationTexts as t', (join) => join.onRef('t.organisationId', '=', 'o.id').on('t.locale', '=', locale))
    .innerJoin('organisationTexts as s', (join) => join.onRef('s.organisationId', '=', 'o.id').onRef('s.locale', '=', 'o.sourceLocale'))
    .select(['o.id', 'o.slug', sql<string>`coalesce(t.name, s.name)`.as('name')])
    .where((eb) =>
      eb.or([
        eb('o.id', 'in', [0, ...orgAreaRows.map((r) => r.organisationId)]),
        eb('o.slug', 'in', ['', ...bestOf.keys(), ...(asked?.organisations ?? [])]),
      ]),
    )
    .orderBy('o.id')
    .execute();
  const ids = orgRows.map((o) => o.id);
  const [policyAreas, areas, histories] = await Promise.all([
    ids.length ? db.selectFrom('organisationPolicyAreas').select(['organisationId', 'policyArea']).where('organisationId', 'in', ids).execute() : [],
    ids.length ? db.selectFrom('organisationAreas').select(['organisationId', 'm49']).where('organisationId', 'in', ids).execute() : [],
    responseHistories(db, ids, options),
  ]);

  const areasOf = groupBy(policyAreas, (p) => p.organisationId, (p) => p.policyArea);
  const m49Of = groupBy(areas, (a) => a.organisationId, (a) => a.m49);
  const organisations: Match[] = orgRows.map((o) => {
    const reasons = policyAreaReasons(areasOf.get(o.id) ?? [], wanted);
    const coverage = coverageReason(m49Of.get(o.id) ?? [], country);
    if (coverage) reasons.push(coverage);
    const best = bestOf.get(o.slug);
    if (best) {
      reasons.push({
        code: 'solutions',
        values: { count: best.count, best: best.match.name },
        points: round(best.match.score * MATCH_WEIGHTS.bestSolutionShare),
      });
    }
    if (asked && asked.organisations.includes(o.slug)) reasons.push({ code: 'askedFor', values: { item: asked.title }, points: MATCH_WEIGHTS.askedFor });
    reasons.push(...responseReasons(histories.get(o.id)));
    return { type: 'organisation', slug: o.slug, name: o.name, score: total(reasons), reasons };
  });
  ranked(organisations);

  return { solutions: solutions.slice(0, limit), organisations: organisations.slice(0, limit) };
}

/** The published item a request was asked from, with its title and the partners offering it; undefined when it is not published. */
async function askedItem(db: Kysely<Database>, ref: ItemRef, locale: Locale): Promise<{ type: ItemRef['type']; slug: string; title: string; organisations: string[] } | undefined> {
  const row = await db.selectFrom('items').select('id').where('type', '=', ref.type).where('slug', '=', ref.slug).where('status', '=', 'published').executeTakeFirst();
  const [item] = row ? await itemSummaries(db, [Number(row.id)], locale) : [];
  return item ? { type: item.type, slug: item.slug, title: item.title, organisations: item.organisations.map((o) => o.slug) } : undefined;
}

/** The language the translator speaks (the requests catalogue names it). */
function localeOf(t: Translate): Locale {
  const locale = t('requests.locale');
  return isLocale(locale) ? locale : 'en';
}

/** A reason as a person reads it: "covers Payment solutions", "works in French", "offers financing". */
export function reasonText(reason: MatchReason, t: Translate): string {
  const v = reason.values ?? {};
  switch (reason.code) {
    case 'policyArea':
      return t('requests.reason.policyArea', { area: t(`policyArea.${v.area}.name`) });
    case 'country':
      return t('requests.reason.country', { area: countryName(String(v.area), localeOf(t)) });
    case 'subregion':
    case 'region':
      return t(`requests.reason.${reason.code}`, { area: areaName(String(v.area), localeOf(t)) });
    case 'group':
      return t('requests.reason.group', { group: t(`group.${v.group}.name`) });
    case 'beneficiary':
      return t('requests.reason.beneficiary', { beneficiary: t(`beneficiary.${v.beneficiary}`) });
    case 'supportKind':
      return t('requests.reason.supportKind', { kind: t(`requests.supportKind.${v.kind}`).toLowerCase() });
    case 'language':
      return t('requests.reason.language', {
        languages: String(v.languages ?? '')
          .split(',')
          .filter(Boolean)
          .map((l) => t(`language.${l}`))
          .join(', '),
      });
    case 'solutions':
      return t('requests.reason.solutions', { count: Number(v.count), best: String(v.best) });
    case 'responseRate':
      return t('requests.reason.responseRate', { percent: v.percent, count: Number(v.count) });
    case 'responseTime':
      return t('requests.reason.responseTime', { hours: v.hours });
    case 'world':
      return t('requests.reason.world');
    case 'askedFor':
      return t('requests.reason.askedFor', { item: String(v.item) });
    default:
      return reason.code;
  }
}
