import type { PolicyAreaSlug } from '../policy-areas/policy-areas.js';
import type { Locale } from '../../web/i18n/locales.js';

export const eventStatuses = ['scheduled', 'postponed', 'cancelled', 'moved-online'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** Where an event stands in time (computed, never stored): not begun, under way, or ended. */
export const eventPhases = ['upcoming', 'ongoing', 'past'] as const;
export type EventPhase = (typeof eventPhases)[number];

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
  /** In the event's source language. */
  text: string;
  policyAreas: PolicyAreaSlug[];
  /** The same text in other languages. */
  translations?: Partial<Record<Locale, string>>;
}

/** A session's title (and description) in a language other than the event's source language. */
export interface SessionText {
  title: string;
  description?: string;
}

export interface SessionSeed {
  /** Stable within the event (lowercase letters, digits, hyphens): UIDs and outcome refs are made from it. */
  key: string;
  /** Local date in the event's zone, YYYY-MM-DD. */
  date: string;
  /**
   * Local wall-clock times in the event's zone, HH:MM. Both left out: a session of that day whose
   * time is not given (shown by day, an all-day entry in calendars); never make times up.
   */
  start?: string;
  end?: string;
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
  /** Title (and description) in other languages than the event's source language. */
  translations?: Partial<Record<Locale, SessionText>>;
}

/** What a reported figure counts. Each has one unit (measureUnits). */
export const reportedMeasures = [
  'participants',
  'countries',
  'speakers',
  'sessions',
  'partners',
  'ministers',
  'women-share',
  'developing-share',
  'media-articles',
  'media-countries',
  'media-outlets',
] as const;
export type ReportedMeasure = (typeof reportedMeasures)[number];

export const reportedUnits = ['count', 'share', 'text'] as const;
export type ReportedUnit = (typeof reportedUnits)[number];

/** The unit each measure is given in: a number of people or things, a share of a group, or words. */
export const measureUnits: Record<ReportedMeasure, ReportedUnit> = {
  participants: 'count',
  countries: 'count',
  speakers: 'count',
  sessions: 'count',
  partners: 'count',
  ministers: 'count',
  'women-share': 'share',
  'developing-share': 'share',
  'media-articles': 'count',
  'media-countries': 'count',
  'media-outlets': 'text',
};

/** How the source states a number: as it is, "more than" or "about" (kept as the source words it). */
export const reportedQualifiers = ['exact', 'more-than', 'about'] as const;
export type ReportedQualifier = (typeof reportedQualifiers)[number];

/** The group a share is of. */
export const shareGroups = ['participants', 'speakers'] as const;
export type ShareGroup = (typeof shareGroups)[number];

/** Where a reported figure was published. */
export interface FigureSource {
  /** The document: "E-Commerce Week 2017 report (UNCTAD/DTL/STICT/2017/7)". */
  title: string;
  /** Who published it: "UNCTAD". */
  publisher: string;
  year: number;
  url?: string;
}

/**
 * A figure as its organiser (or another source) reported it, e.g. "more than 1,000 participants".
 * A count or a share is `value` (a share in per cent, 0–100) and, for a share stated as a fraction
 * ("one third"), `fraction` ('1/3'); a text figure is `text`.
 */
export interface ReportedFigureSeed {
  measure: ReportedMeasure;
  unit: ReportedUnit;
  qualifier?: ReportedQualifier;
  value?: number;
  fraction?: string;
  text?: string;
  /** For a share: of whom. */
  shareOf?: ShareGroup;
  /** In the event's source language. */
  note?: string;
  source: FigureSource;
}

/** What a factory, the demo loader or the secretariat's form needs to create one event. */
export interface EventSeed {
  slug: string;
  status?: EventStatus;
  attendanceMode: AttendanceMode;
  /** IANA time zone, e.g. 'Europe/Zurich'. */
  timeZone: string;
  /**
   * Local dates and times in `timeZone`: YYYY-MM-DD and HH:MM. Both times left out: the event's days
   * are known but not its hours (shown by date only, all-day in calendars).
   */
  startDate: string;
  startTime?: string;
  endDate: string;
  endTime?: string;
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
  /** Optional themes of the days, by local date, in the source language. */
  days?: Record<string, string>;
  /** The days' themes in other languages, by locale then date. */
  dayTranslations?: Partial<Record<Locale, Record<string, string>>>;
  sessions?: SessionSeed[];
  /** Figures the organisers published (written when the event is created; edited later on their own form). */
  reportedFigures?: ReportedFigureSeed[];
}
