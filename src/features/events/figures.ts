import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { buildCountryReference } from '../countries/reference.js';
import { developmentStatus } from '../data/economy-groups.js';
import type { EventDetail } from './queries.js';

type Db = Kysely<Database>;

/**
 * A share (of women, of people from developing economies) is not broken down for fewer people than
 * this: with four people, a share would point at individuals. The rule, in one place.
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
export async function eventFigures(db: Db, event: EventDetail): Promise<EventFigures> {
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
  return figureKeys.map((key) => figures[key]);
}

export interface DescribedFigure extends EventFigure {
  name: string;
  definition: string;
  /** Why the value is withheld, in the reader's language; null when shown. */
  note: string | null;
}

/** Each figure with its name, definition and (when withheld) the reason, from the `figures` catalogue. */
export function describeFigures(figures: EventFigures, t: Translate): DescribedFigure[] {
  return figures.map((f) => ({
    ...f,
    name: t(`figures.${f.key}.name`),
    definition: t(`figures.${f.key}.definition`, { threshold: smallGroupThreshold }),
    note: f.withheld === null ? null : t(`figures.withheld.${f.withheld}`, { threshold: smallGroupThreshold, base: f.base ?? 0 }),
  }));
}
