import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import type { Locale } from '../../web/i18n/locales.js';

export const eventStatuses = ['scheduled', 'postponed', 'cancelled', 'moved-online'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const attendanceModes = ['offline', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

export const registrationKinds = ['none', 'link', 'built-in'] as const;
export type RegistrationKind = (typeof registrationKinds)[number];

export const sessionTypes = ['opening', 'high-level', 'ministerial', 'plenary', 'panel', 'workshop', 'course', 'launch', 'lunch', 'meeting', 'other'] as const;
export type SessionType = (typeof sessionTypes)[number];

/** In the order a programme lists them. */
export const personRoles = ['keynote', 'chair', 'moderator', 'speaker'] as const;
export type PersonRole = (typeof personRoles)[number];

/** Only as a person describes it (or a source quotes it); never inferred from a name. */
export const genders = ['woman', 'man', 'another'] as const;
export type Gender = (typeof genders)[number];

export const organisationTypes = ['government', 'international-organisation', 'business', 'civil-society', 'academia', 'media', 'other'] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export interface EventText {
  title: string;
  summary: string;
  /** Markdown; rendered with raw HTML off. */
  description: string;
}

export interface PersonSeed {
  name: string;
  /** Their position, e.g. "Secretary-General". */
  title?: string;
  organisation?: string;
  /** ISO 3166-1 alpha-3. */
  country?: string;
  gender?: Gender;
}

export interface OutcomeSeed {
  text: string;
  policyAreas: PolicyAreaSlug[];
}

export interface SessionSeed {
  /** Stable within the event (lowercase letters, digits, hyphens): UIDs and outcome refs are made from it. */
  key: string;
  /** Local date in the event's zone, YYYY-MM-DD. */
  date: string;
  /** Local wall-clock times in the event's zone, HH:MM. */
  start: string;
  end: string;
  room?: string;
  track?: string;
  type: SessionType;
  title: string;
  /** Markdown; in the event's source language. */
  description?: string;
  /** Co-organisers: a hub organisation's slug when it has a profile, else the name as the programme gives it. */
  coOrganisers?: ({ slug: string } | { name: string })[];
  people?: (PersonSeed & { role: PersonRole })[];
  /** What the session concluded, in prose (not numbered). */
  outcomes?: OutcomeSeed[];
  /** Numbered 1, 2, 3… in the order given. */
  recommendations?: OutcomeSeed[];
  status?: 'scheduled' | 'cancelled';
}

/** What a factory, the demo loader or the secretariat's form needs to create one event. */
export interface EventSeed {
  slug: string;
  status?: EventStatus;
  attendanceMode: AttendanceMode;
  /** IANA time zone, e.g. 'Europe/Zurich'. */
  timeZone: string;
  /** Local dates and times in `timeZone`: YYYY-MM-DD and HH:MM. */
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue?: string;
  city?: string;
  country?: string;
  onlineUrl?: string;
  /** Organisers first, then partners: hub organisation slugs. */
  organisers: string[];
  partners?: string[];
  policyAreas: PolicyAreaSlug[];
  /** '001', an M49 region or sub-region, a group ('ldc', 'lldc', 'sids') or an ISO3 code. */
  coverage: string[];
  languages: string[];
  registration: RegistrationKind;
  registrationUrl?: string;
  capacity?: number;
  sourceLocale: Locale;
  source: string;
  isSample?: boolean;
  /** The source language's text is required; others are optional translations. */
  text: Partial<Record<Locale, EventText>> ;
  /** Optional themes of the days, by local date. */
  days?: Record<string, string>;
  sessions?: SessionSeed[];
}
