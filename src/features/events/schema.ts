import { z } from '@hono/zod-openapi';
import { PageSchema, langQuery, pageQuery } from '../../lib/api-schema.js';
import { slugPattern } from '../../lib/text.js';
import { locales } from '../../web/i18n/locales.js';
import { filterAreas } from '../data/present.js';
import { policyAreaSlugs } from '../policy-areas/policy-areas.js';
import { isLocalDate } from './time.js';
import { attendanceModes, eventPhases, eventStatuses, personRoles, registrationKinds, reportedMeasures, reportedQualifiers, reportedUnits, sessionTypes, shareGroups } from './types.js';
import type { EventFilter } from './queries.js';

const localDate = z
  .string()
  .refine(isLocalDate, 'must be a date, YYYY-MM-DD')
  .openapi({ description: 'A local date, YYYY-MM-DD: events overlapping the range.', example: '2017-04-24' });

/**
 * The calendar's filters, for /events.ics and the API (and the /events page, which drops a bad
 * value with a notice). Without `when`, upcoming events only — unless a date or month is given,
 * which then looks at past and upcoming events alike.
 */
export const eventFilterShape = {
  when: z.enum(['upcoming', 'past', 'all']).optional().openapi({ description: 'upcoming (default without from, to or month), past, or all.' }),
  from: localDate.optional(),
  to: localDate.optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM')
    .optional()
    .openapi({ description: 'Events overlapping that month, YYYY-MM.', example: '2017-04' }),
  policyArea: z.enum(policyAreaSlugs).optional(),
  region: z
    .enum(filterAreas as [string, ...string[]])
    .optional()
    .openapi({ description: 'A UN M49 region or sub-region code: events held in it or concerning it, e.g. 002 (Africa) or 014 (Eastern Africa).' }),
  mode: z.enum(attendanceModes).optional().openapi({ description: 'offline, online or mixed.' }),
};

const toAfterFrom = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const toMessage = { message: 'must not be before from', path: ['to'] };

export const EventFilterQuery = z.object(eventFilterShape).refine(toAfterFrom, toMessage);
export type EventFilterQuery = z.infer<typeof EventFilterQuery>;

/** The queries' filter from parsed parameters, with the default `when`. */
export function eventFilterOf(q: EventFilterQuery): EventFilter {
  const dated = q.from !== undefined || q.to !== undefined || q.month !== undefined;
  return { when: q.when ?? (dated ? 'all' : 'upcoming'), from: q.from, to: q.to, month: q.month, policyArea: q.policyArea, region: q.region, mode: q.mode };
}

export const EventListQuery = z
  .object({ ...eventFilterShape, lang: langQuery, ...pageQuery(200, 50) })
  .refine(toAfterFrom, toMessage);

export const EventSlugParam = z.object({
  slug: z
    .string()
    .max(100)
    .regex(slugPattern, 'must be a slug: lower-case letters, digits and hyphens')
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'unctad-e-commerce-week-2017' }),
});
export const EventLangQuery = z.object({ lang: langQuery });

const OrganisationRefSchema = z.object({ slug: z.string(), name: z.string(), acronym: z.string().nullable(), url: z.string() }).openapi('EventOrganisation');

const localTimes = {
  allDay: z.boolean().openapi({ description: 'true when the days are known but not the hours: no instants, and localStart/localEnd are dates.' }),
  startsAt: z.string().nullable().openapi({ description: 'UTC instant, ISO 8601; null when allDay.', example: '2031-03-10T07:00:00.000Z' }),
  endsAt: z.string().nullable().openapi({ description: 'UTC instant, ISO 8601; null when allDay.' }),
  localStart: z.string().openapi({ description: 'Local date and time in the event’s time zone (YYYY-MM-DDTHH:MM), or the first date (YYYY-MM-DD) when allDay.', example: '2031-03-10T09:00' }),
  localEnd: z.string().openapi({ description: 'Local date and time in the event’s time zone, or the last date (inclusive) when allDay.' }),
};

export const EventSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    language: z.enum(locales).openapi({ description: 'Language of title and summary.' }),
    sourceLanguage: z.enum(locales),
    status: z.enum(eventStatuses),
    phase: z.enum(eventPhases).openapi({ description: 'upcoming (not begun), ongoing or past (ended), computed when read. A past event whose status is scheduled took place.' }),
    attendanceMode: z.enum(attendanceModes),
    timeZone: z.string().openapi({ description: 'IANA time zone of the event.', example: 'Europe/Zurich' }),
    ...localTimes,
    startDate: z.string().openapi({ description: 'First local day, YYYY-MM-DD.' }),
    endDate: z.string().openapi({ description: 'Last local day, YYYY-MM-DD.' }),
    venue: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-3 code of the host country.' }),
    onlineUrl: z.string().nullable(),
    registration: z.enum(registrationKinds),
    registrationUrl: z.string().nullable(),
    capacity: z.number().int().nullable(),
    isSample: z.boolean().openapi({ description: 'A made-up demo event.' }),
    organisers: z.array(OrganisationRefSchema),
    partners: z.array(OrganisationRefSchema),
    policyAreas: z.array(z.enum(policyAreaSlugs)),
    coverage: z.array(z.string()).openapi({ description: "'001' (world), M49 region codes, 'ldc'/'lldc'/'sids', or ISO alpha-3 codes." }),
    languages: z.array(z.string()),
    sequence: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    url: z.string(),
    calendarUrl: z.string().openapi({ description: 'iCalendar file of the programme (one VEVENT per session).' }),
  })
  .openapi('Event');

const SessionPersonSchema = z
  .object({
    name: z.string(),
    title: z.string().nullable(),
    organisation: z.string().nullable(),
    country: z.string().nullable(),
    role: z.enum(personRoles),
  })
  .openapi('SessionPerson', { description: 'Gender is never given per person: only as an aggregate in the figures.' });

const SessionSchema = z
  .object({
    key: z.string().openapi({ description: 'Stable within the event.' }),
    date: z.string(),
    ...localTimes,
    room: z.string().nullable(),
    track: z.string().nullable(),
    type: z.enum(sessionTypes),
    title: z.string(),
    language: z.enum(locales).openapi({ description: 'Language of title (the reader’s when translated, else the event’s source language).' }),
    description: z.string(),
    status: z.enum(['scheduled', 'cancelled']),
    sequence: z.number().int(),
    coOrganisers: z.array(z.object({ name: z.string(), slug: z.string().nullable() })),
    people: z.array(SessionPersonSchema),
    outcomes: z.array(z.object({ ref: z.string(), kind: z.enum(['outcome', 'recommendation']), number: z.number().int() })).openapi({
      description: 'References of the session’s outcomes and recommendations; their texts are at /events/{slug}/outcomes.',
    }),
  })
  .openapi('EventSession');

export const EventDetailSchema = EventSchema.extend({
  description: z.string().openapi({ description: 'Markdown.' }),
  source: z.string(),
  languagesAvailable: z.array(z.enum(locales)),
  days: z.array(z.object({ date: z.string(), title: z.string(), language: z.enum(locales) })),
  sessions: z.array(SessionSchema),
  registrations: z.object({ confirmed: z.number().int(), waitlisted: z.number().int() }),
  figuresUrl: z.string(),
  outcomesUrl: z.string(),
}).openapi('EventDetail');

export const FigureSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: z.enum(['count', 'percent']),
    value: z.number().nullable().openapi({ description: 'null when withheld.' }),
    base: z.number().int().nullable().openapi({ description: 'For a share: the number of people it is computed on.' }),
    withheld: z.enum(['small-group', 'no-data']).nullable(),
    note: z.string().nullable(),
    display: z.string().openapi({ description: 'The value as written in the requested language, or "—".', example: '60 %' }),
    label: z.string().openapi({ description: 'What it is computed from: the hub’s registrations and programme, with how many people.' }),
  })
  .openapi('EventFigure', { description: 'Computed by the hub from its own records (registrations, programme): it describes those records, not the whole event.' });

export const ReportedFigureSchema = z
  .object({
    measure: z.enum(reportedMeasures),
    name: z.string(),
    unit: z.enum(reportedUnits),
    qualifier: z.enum(reportedQualifiers).openapi({ description: 'As the source states it: exact, more-than or about.' }),
    value: z.number().nullable().openapi({ description: 'A count, or a share in per cent (0–100); null for a text figure.' }),
    fraction: z.string().nullable().openapi({ description: 'A share the source states as a fraction, e.g. 1/3.', example: '1/3' }),
    text: z.string().nullable(),
    shareOf: z.enum(shareGroups).nullable().openapi({ description: 'For a share: the group it is of.' }),
    display: z.string().openapi({ description: 'The value in the source’s words, in the requested language.', example: 'more than 1,000' }),
    note: z.string(),
    language: z.enum(locales).openapi({ description: 'Language of note and text.' }),
    source: z.object({ title: z.string(), publisher: z.string(), year: z.number().int(), url: z.string().nullable() }),
    label: z.string().openapi({ description: '“Reported by … in … (year)”, in the requested language.' }),
  })
  .openapi('EventReportedFigure', { description: 'A figure the organisers (or another source) published, with its source.' });

export const FiguresDataSchema = z.object({
  reported: z.array(ReportedFigureSchema),
  computed: z.object({
    basis: z.object({
      registrations: z.number().int().openapi({ description: 'Confirmed registrations on the hub.' }),
      programmePeople: z.number().int().openapi({ description: 'Distinct people named in the programme.' }),
    }),
    figures: z.array(FigureSchema),
  }),
});

export const OutcomeSchema = z
  .object({
    ref: z.string().openapi({ description: 'Stable reference, e.g. unctad-e-commerce-week-2017/opening/r1.', example: 'unctad-e-commerce-week-2017/opening/r1' }),
    kind: z.enum(['outcome', 'recommendation']),
    number: z.number().int(),
    text: z.string(),
    language: z.enum(locales).openapi({ description: 'Language of text.' }),
    policyAreas: z.array(z.enum(policyAreaSlugs)),
    session: z.object({ key: z.string(), title: z.string(), date: z.string() }),
  })
  .openapi('EventOutcome');

export const OutcomeGroupSchema = z
  .object({
    policyArea: z.enum(policyAreaSlugs).nullable().openapi({ description: 'null: outcomes tagged with no policy area.' }),
    name: z.string(),
    outcomes: z.array(OutcomeSchema),
  })
  .openapi('EventOutcomeGroup');

export const EventListResponse = z.object({ data: z.array(EventSchema), page: PageSchema });
export const EventResponse = z.object({ data: EventDetailSchema });
export const FiguresResponse = z.object({ event: z.object({ slug: z.string(), title: z.string() }), smallGroupThreshold: z.number().int(), data: FiguresDataSchema });
export const OutcomesResponse = z.object({ event: z.object({ slug: z.string(), title: z.string() }), data: z.array(OutcomeGroupSchema) });
