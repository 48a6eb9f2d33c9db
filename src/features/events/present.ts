import type { z } from '@hono/zod-openapi';
import type { Translate } from '../../web/i18n/i18n.js';
import { type PolicyAreaSlug, policyAreaSlugs } from '../policy-areas/policy-areas.js';
import type { EventDetail, EventSession, EventSummary, OrganisationRef, SessionOutcome } from './queries.js';
import type { ComputedBasis, DescribedFigure, DescribedReportedFigure } from './figures.js';
import type { EventDetailSchema, EventSchema, FiguresDataSchema, OutcomeGroupSchema } from './schema.js';
import { localParts } from './time.js';
import { policyAreaLabel } from '../policy-areas/present.js';

/** Where an event's page is. */
export const eventPath = (slug: string) => `/events/${slug}`;

/**
 * The cached addresses that show an event's registrations (places left, the waiting list, the
 * participant figures): its pages and its API resources. Lists, feeds and calendars do not show them.
 */
export const eventRegistrationPaths = (slug: string) => [eventPath(slug), `/api/v1${eventPath(slug)}`];

/** An instant as local date and time in the event's zone: 2017-04-24T09:00. */
export function localDateTime(instant: string, zone: string): string {
  const { date, time } = localParts(instant, zone);
  return `${date}T${time}`;
}

/**
 * The times of an event or session for the API: UTC instants and local date-times, or, when only the
 * days are known, no instants and the first and last local dates (no made-up midnight).
 */
function times(span: { startsAt: string; endsAt: string; allDay: boolean }, firstDate: string, lastDate: string, zone: string) {
  if (span.allDay) return { allDay: true, startsAt: null, endsAt: null, localStart: firstDate, localEnd: lastDate };
  return { allDay: false, startsAt: span.startsAt, endsAt: span.endsAt, localStart: localDateTime(span.startsAt, zone), localEnd: localDateTime(span.endsAt, zone) };
}

const organisation = (o: OrganisationRef) => ({ slug: o.slug, name: o.name, acronym: o.acronym, url: `/organisations/${o.slug}` });

export function presentEvent(event: EventSummary): z.infer<typeof EventSchema> {
  return {
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    language: event.textLocale,
    sourceLanguage: event.sourceLocale,
    status: event.status,
    phase: event.phase,
    attendanceMode: event.attendanceMode,
    timeZone: event.timeZone,
    ...times(event, event.startDate, event.endDate, event.timeZone),
    startDate: event.startDate,
    endDate: event.endDate,
    venue: event.venue,
    city: event.city,
    country: event.country,
    onlineUrl: event.onlineUrl,
    registration: event.registration,
    registrationUrl: event.registrationUrl,
    capacity: event.capacity,
    isSample: event.isSample,
    organisers: event.organisers.map(organisation),
    partners: event.partners.map(organisation),
    policyAreas: event.policyAreas as PolicyAreaSlug[],
    coverage: event.coverage,
    languages: event.languages,
    sequence: event.sequence,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
    url: eventPath(event.slug),
    calendarUrl: `${eventPath(event.slug)}.ics`,
  };
}

/** A session for the API: people without their gender (only aggregated, in the figures). */
function presentSession(session: EventSession, zone: string) {
  return {
    key: session.key,
    date: session.date,
    ...times(session, session.date, session.date, zone),
    room: session.room,
    track: session.track,
    type: session.type,
    title: session.title,
    language: session.textLocale,
    description: session.description,
    status: session.status,
    sequence: session.sequence,
    coOrganisers: session.coOrganisers.map((o) => ({ name: o.name, slug: o.slug })),
    people: session.people.map((p) => ({ name: p.name, title: p.title, organisation: p.organisation, country: p.country, role: p.role })),
    outcomes: session.outcomes.map((o) => ({ ref: o.ref, kind: o.kind, number: o.number })),
  };
}

export function presentEventDetail(event: EventDetail): z.infer<typeof EventDetailSchema> {
  return {
    ...presentEvent(event),
    description: event.description,
    source: event.source,
    languagesAvailable: event.locales,
    days: event.days.map((d) => ({ date: d.date, title: d.title, language: d.locale })),
    sessions: event.sessions.map((s) => presentSession(s, event.timeZone)),
    registrations: { confirmed: event.registrations.confirmed, waitlisted: event.registrations.waitlisted },
    figuresUrl: `${eventPath(event.slug)}/figures`,
    outcomesUrl: `${eventPath(event.slug)}/outcomes`,
  };
}

/** An outcome with the session it came from. */
export interface OutcomeEntry {
  outcome: SessionOutcome;
  session: EventSession;
}

/**
 * Outcomes and recommendations grouped by policy area, in the areas' order; one tagged with two
 * areas is in both groups, untagged ones come last (area null). Within a group, in programme order.
 */
export function outcomesByArea(event: Pick<EventDetail, 'sessions'>): { area: PolicyAreaSlug | null; entries: OutcomeEntry[] }[] {
  const all = event.sessions.flatMap((session) => session.outcomes.map((outcome) => ({ outcome, session })));
  const groups = policyAreaSlugs.map((area) => ({ area: area as PolicyAreaSlug | null, entries: all.filter((e) => e.outcome.policyAreas.includes(area)) }));
  groups.push({ area: null, entries: all.filter((e) => e.outcome.policyAreas.length === 0) });
  return groups.filter((g) => g.entries.length > 0);
}

/** The outcome groups for the API (see outcomesByArea), each named in the reader's language. */
export function presentOutcomeGroups(event: EventDetail, t: Translate): z.infer<typeof OutcomeGroupSchema>[] {
  return outcomesByArea(event).map(({ area, entries }) => ({
    policyArea: area,
    name: area ? policyAreaLabel(t, area) : t('figures.untagged'),
    outcomes: entries.map(({ outcome: o, session: s }) => ({
      ref: o.ref,
      kind: o.kind,
      number: o.number,
      text: o.text,
      language: o.textLocale,
      policyAreas: o.policyAreas as PolicyAreaSlug[],
      session: { key: s.key, title: s.title, date: s.date },
    })),
  }));
}

/** Reported and computed figures for the API and the JSON download: listed fields only. */
export function presentFigures(reported: DescribedReportedFigure[], computed: DescribedFigure[], basis: ComputedBasis): z.infer<typeof FiguresDataSchema> {
  return {
    reported: reported.map((f) => ({
      measure: f.measure,
      name: f.name,
      unit: f.unit,
      qualifier: f.qualifier,
      value: f.value,
      fraction: f.fraction,
      text: f.text,
      shareOf: f.shareOf,
      display: f.display,
      note: f.note,
      language: f.locale,
      source: f.source,
      label: f.label,
    })),
    computed: {
      basis,
      figures: computed.map((f) => ({
        key: f.key,
        name: f.name,
        definition: f.definition,
        unit: f.unit,
        value: f.value,
        base: f.base,
        withheld: f.withheld,
        note: f.note,
        display: f.display,
        label: f.label,
      })),
    },
  };
}
