import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Translate } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';
import { buildCountryReference } from '../countries/reference.js';
import { developmentStatus } from '../data/economy-groups.js';
import type { EventDetail } from './queries.js';
import { type ReportedFigure, reportedFigures } from './reported-figures.js';
import type { ReportedMeasure } from './types.js';

type Db = Kysely<Database>;

/**
 * A share (of women, of people from developing economies) is not broken down for fewer people than
 * this: with four people, a share would point at individuals. The issue's rule, in one place.
 */
export const smallGroupThreshold = 5;

/** The figures, in the order pages and the API list them. */
export const figureKeys = [
  'participants',
  'countries',
  'developingShare',
  'people',
  'speakers',
  'moderators',
  'womenShare',
  'coOrganisers',
  'sessions',
  'recommendations',
] as const;
export type FigureKey = (typeof figureKeys)[number];

export type Withheld = 'small-group' | 'no-data';

export interface EventFigure {
  key: FigureKey;
  unit: 'count' | 'percent';
  /** null when withheld. */
  value: number | null;
  /** For a share: how many people it is computed on; for a count: null. */
  base: number | null;
  withheld: Withheld | null;
}

export type EventFigures = EventFigure[];

/** What the computed figures are computed from: the hub's own records, never the whole event. */
export interface ComputedBasis {
  /** Confirmed registrations on the hub. */
  registrations: number;
  /** Distinct people named in the programme (sessions not cancelled). */
  programmePeople: number;
}

export interface ComputedFigures {
  basis: ComputedBasis;
  figures: EventFigures;
}

/** Where each computed figure comes from: registrations, the programme, or both. */
const computedFrom: Record<FigureKey, 'registrations' | 'programme' | 'both'> = {
  participants: 'registrations',
  countries: 'both',
  developingShare: 'both',
  people: 'programme',
  speakers: 'programme',
  moderators: 'programme',
  womenShare: 'both',
  coOrganisers: 'programme',
  sessions: 'programme',
  recommendations: 'programme',
};

/** What one person contributes to the shares: their country and self-described gender, when known. */
interface Counted {
  country: string | null;
  gender: string | null;
}

const regionOf = new Map(buildCountryReference().map((c) => [c.iso3, c.regionCode ?? null]));

/** UNCTAD's classification (see economy-groups.ts): developing, or not; null for a code the hub does not know. */
function isDeveloping(iso3: string): boolean | null {
  if (!regionOf.has(iso3)) return null;
  return developmentStatus({ iso3, regionCode: regionOf.get(iso3) ?? null }) === 'developing';
}

function count(key: FigureKey, value: number): EventFigure {
  return { key, unit: 'count', value: value > 0 ? value : null, base: null, withheld: value > 0 ? null : 'no-data' };
}

/** A percentage of `base` people, withheld below the small-group threshold. */
export function share(key: FigureKey, part: number, base: number): EventFigure {
  if (base === 0) return { key, unit: 'percent', value: null, base, withheld: 'no-data' };
  if (base < smallGroupThreshold) return { key, unit: 'percent', value: null, base, withheld: 'small-group' };
  return { key, unit: 'percent', value: Math.round((part / base) * 1000) / 10, base, withheld: null };
}

/**
 * An event's figures, computed from what the hub holds: confirmed registrations, and the people,
 * co-organisers, sessions and recommendations of its programme (cancelled sessions left out).
 * Participants and programme people are counted apart: nothing links a registration to a speaker.
 */
export async function eventFigures(db: Db, event: EventDetail): Promise<ComputedFigures> {
  const registrations = await db
    .selectFrom('registrations')
    .select(['countryIso3', 'gender'])
    .where('eventId', '=', event.id)
    .where('status', '=', 'confirmed')
    .execute();
  const sessions = event.sessions.filter((s) => s.status !== 'cancelled');

  const people = new Map<number, Counted & { roles: Set<string> }>();
  for (const session of sessions) {
    for (const person of session.people) {
      const known = people.get(person.id) ?? { country: person.country, gender: person.gender, roles: new Set<string>() };
      known.roles.add(person.role);
      people.set(person.id, known);
    }
  }
  const everyone: Counted[] = [...registrations.map((r) => ({ country: r.countryIso3 || null, gender: r.gender })), ...people.values()];

  const withCountry = everyone.flatMap((p) => {
    const developing = p.country ? isDeveloping(p.country) : null;
    return developing === null ? [] : [{ country: p.country!, developing }];
  });
  const withGender = everyone.filter((p) => p.gender !== null && p.gender !== '');

  const coOrganisers = new Set<string>();
  for (const session of sessions) {
    for (const o of session.coOrganisers) coOrganisers.add(o.slug ? `slug:${o.slug}` : `name:${o.name.trim().toLowerCase()}`);
  }
  for (const partner of event.partners) coOrganisers.add(`slug:${partner.slug}`);

  const withRole = (...roles: string[]) => [...people.values()].filter((p) => roles.some((r) => p.roles.has(r))).length;
  const participants: EventFigure =
    event.registration === 'built-in' || registrations.length > 0
      ? { key: 'participants', unit: 'count', value: registrations.length, base: null, withheld: null }
      : count('participants', 0);

  const figures: Record<FigureKey, EventFigure> = {
    participants,
    countries: count('countries', new Set(withCountry.map((p) => p.country)).size),
    developingShare: share('developingShare', withCountry.filter((p) => p.developing).length, withCountry.length),
    people: count('people', people.size),
    speakers: count('speakers', withRole('keynote', 'speaker')),
    moderators: count('moderators', withRole('chair', 'moderator')),
    womenShare: share('womenShare', withGender.filter((p) => p.gender === 'woman').length, withGender.length),
    coOrganisers: count('coOrganisers', coOrganisers.size),
    sessions: count('sessions', sessions.length),
    recommendations: count('recommendations', sessions.flatMap((s) => s.outcomes).filter((o) => o.kind === 'recommendation').length),
  };
  return { basis: { registrations: registrations.length, programmePeople: people.size }, figures: figureKeys.map((key) => figures[key]) };
}

export interface DescribedFigure extends EventFigure {
  name: string;
  definition: string;
  /** Why the value is withheld, in the reader's language; null when shown. */
  note: string | null;
  /** The value as the reader reads it ("60 %", "1,204"), or "—". */
  display: string;
  /** What it is computed from, in the reader's language: "Computed from the 12 people named in the programme on the hub". */
  label: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function format(locale: Locale, percent: boolean): Intl.NumberFormat {
  const key = `${locale}:${percent}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, percent ? { style: 'percent', maximumFractionDigits: 1 } : {});
    numberFormats.set(key, f);
  }
  return f;
}

/** A count or a percentage (0–100) as the reader writes it. */
export const formatFigure = (value: number, unit: 'count' | 'percent', locale: Locale) => format(locale, unit === 'percent').format(unit === 'percent' ? value / 100 : value);

/** The sentence that says what a computed figure counts: registrations on the hub, the programme, or both, with how many people. */
function computedLabel(f: EventFigure, basis: ComputedBasis, t: Translate): string {
  const from = computedFrom[f.key];
  if (from === 'registrations') return t('figures.computed.registrations', { count: basis.registrations });
  if (from === 'programme') return f.key === 'people' || f.key === 'speakers' || f.key === 'moderators' ? t('figures.computed.people', { count: basis.programmePeople }) : t('figures.computed.programme');
  const count = basis.registrations + basis.programmePeople;
  const parts = { count, registered: basis.registrations, programme: basis.programmePeople };
  if (f.unit === 'percent') return t(`figures.computed.${f.key === 'womenShare' ? 'gender' : 'country'}`, { ...parts, base: f.base ?? 0 });
  return t('figures.computed.both', parts);
}

/** Each figure with its name, definition, value as read, what it is computed from and (when withheld) why. */
export function describeFigures(computed: ComputedFigures, t: Translate, locale: Locale): DescribedFigure[] {
  return computed.figures.map((f) => ({
    ...f,
    name: t(`figures.${f.key}.name`),
    definition: t(`figures.${f.key}.definition`, { threshold: smallGroupThreshold }),
    note: f.withheld === null ? null : t(`figures.withheld.${f.withheld}`, { threshold: smallGroupThreshold, base: f.base ?? 0 }),
    display: f.value === null ? '—' : formatFigure(f.value, f.unit, locale),
    label: computedLabel(f, computed.basis, t),
  }));
}

/** Fractions that have a name in every language ("one third", « un tiers », «un tercio»). */
const namedFractions = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/5', '1/10']);

export interface DescribedReportedFigure extends ReportedFigure {
  /** "Women (among speakers and moderators)". */
  name: string;
  /** The value in the source's words: "more than 1,000", "one third", "some 475". */
  display: string;
  /** "Reported by UNCTAD in … (2017)". */
  label: string;
}

/** A reported figure's value in the reader's language, keeping the source's "more than" or "about". */
export function reportedDisplay(f: Pick<ReportedFigure, 'unit' | 'qualifier' | 'value' | 'fraction' | 'text'>, t: Translate, locale: Locale): string {
  if (f.unit === 'text') return f.text ?? '';
  const value =
    f.unit === 'share' && f.fraction
      ? namedFractions.has(f.fraction)
        ? t(`figures.fraction.${f.fraction.replace('/', '-')}`)
        : f.fraction
      : formatFigure(f.value ?? 0, f.unit === 'share' ? 'percent' : 'count', locale);
  return f.qualifier === 'exact' ? value : t(`figures.qualifier.${f.qualifier}`, { value });
}

/** The name of a reported measure, with the group of a share. */
export function reportedName(f: Pick<ReportedFigure, 'measure' | 'shareOf'>, t: Translate): string {
  const name = t(`figures.measure.${f.measure}`);
  return f.shareOf ? `${name} (${t(`figures.shareOf.${f.shareOf}`)})` : name;
}

export function describeReported(figures: ReportedFigure[], t: Translate, locale: Locale): DescribedReportedFigure[] {
  return figures.map((f) => ({
    ...f,
    name: reportedName(f, t),
    display: reportedDisplay(f, t, locale),
    label: t('figures.reportedBy', { publisher: f.source.publisher, title: f.source.title, year: f.source.year }),
  }));
}

/**
 * The figures page's rows: what the organisers reported beside what the hub computed about the same
 * thing (participants beside registrations, speakers and moderators beside the people in the
 * programme…), then what only one side has.
 */
const rowPlan: { key: string; reported: ReportedMeasure[]; computed: FigureKey | null }[] = [
  { key: 'participants', reported: ['participants'], computed: 'participants' },
  { key: 'countries', reported: ['countries'], computed: 'countries' },
  { key: 'people', reported: ['speakers'], computed: 'people' },
  { key: 'speakers', reported: [], computed: 'speakers' },
  { key: 'moderators', reported: [], computed: 'moderators' },
  { key: 'women', reported: ['women-share'], computed: 'womenShare' },
  { key: 'developing', reported: ['developing-share'], computed: 'developingShare' },
  { key: 'partners', reported: ['partners'], computed: 'coOrganisers' },
  { key: 'sessions', reported: ['sessions'], computed: 'sessions' },
  { key: 'recommendations', reported: [], computed: 'recommendations' },
  { key: 'ministers', reported: ['ministers'], computed: null },
  { key: 'media', reported: ['media-articles', 'media-countries', 'media-outlets'], computed: null },
];

export interface FigureRow {
  key: string;
  name: string;
  reported: DescribedReportedFigure[];
  computed: DescribedFigure | null;
}

export function figureRows(reported: DescribedReportedFigure[], computed: DescribedFigure[], t: Translate): FigureRow[] {
  return rowPlan
    .map((row) => ({
      key: row.key,
      name: t(`figures.row.${row.key}`),
      reported: reported.filter((f) => row.reported.includes(f.measure)),
      computed: row.computed ? (computed.find((f) => f.key === row.computed) ?? null) : null,
    }))
    .filter((row) => row.reported.length > 0 || row.computed !== null);
}

export interface FigureSheet {
  basis: ComputedBasis;
  reported: DescribedReportedFigure[];
  computed: DescribedFigure[];
  rows: FigureRow[];
}

/** An event's reported and computed figures, described in the reader's language (the page, its CSV and JSON, the API). */
export async function eventFigureSheet(db: Db, event: EventDetail, t: Translate, locale: Locale): Promise<FigureSheet> {
  const [computed, stored] = await Promise.all([eventFigures(db, event), reportedFigures(db, event.id)]);
  const described = describeFigures(computed, t, locale);
  const reported = describeReported(stored, t, locale);
  return { basis: computed.basis, reported, computed: described, rows: figureRows(reported, described, t) };
}
