import type { Generated, Insertable, Selectable } from 'kysely';

/** Tables as the application sees them (camelCase; CamelCasePlugin maps to snake_case columns). */
export interface Database {
  policyAreas: PolicyAreaTable;
  countries: CountryTable;
  organisations: OrganisationTable;
  organisationTexts: OrganisationTextTable;
  organisationPolicyAreas: OrganisationPolicyAreaTable;
  organisationAreas: OrganisationAreaTable;
  items: ItemTable;
  itemTexts: ItemTextTable;
  itemOrganisations: { itemId: number; organisationId: number; position: number };
  itemPolicyAreas: { itemId: number; policyArea: string };
  itemBeneficiaries: { itemId: number; beneficiary: string };
  itemCoverage: { itemId: number; area: string };
  itemLanguages: { itemId: number; language: string };
  hubMeta: { key: string; value: string };
  searchDocuments: SearchDocumentTable;
  searchTerms: { term: string; word: string };
  users: UserTable;
  sessions: SessionTable;
  accounts: { id: string; userId: string; providerId: string; accountId: string; password: string | null };
  verifications: { id: string; identifier: string; value: string; expiresAt: Date | string; createdAt: Date | string; updatedAt: Date | string };
  workspaces: { id: string; name: string; slug: string; logo: string | null; createdAt: Date | string; metadata: string | null };
  workspaceMembers: { id: string; organizationId: string; userId: string; role: string; createdAt: Date | string };
  workspaceInvitations: {
    id: string;
    organizationId: string;
    email: string;
    role: string | null;
    status: string;
    expiresAt: Date | string;
    createdAt: Date | string;
    inviterId: string;
  };
  focalPoints: { userId: string; country: string; assignedBy: string | null; assignedAt: string };
  outbox: OutboxTable;
  rateLimits: RateLimitTable;
  auditLog: AuditLogTable;
  contactMessages: ContactMessageTable;
  itemRevisions: ItemRevisionTable;
  indicators: IndicatorTable;
  indicatorTexts: IndicatorTextTable;
  importBatches: ImportBatchTable;
  observations: ObservationTable;
  b2cEditions: B2cEditionTable;
  b2cScores: B2cScoreTable;
  events: EventTable;
  eventTexts: EventTextTable;
  eventOrganisations: EventOrganisationTable;
  eventPolicyAreas: { eventId: number; policyArea: string };
  eventCoverage: { eventId: number; area: string };
  eventLanguages: { eventId: number; language: string };
  eventDays: { eventId: number; date: string; title: Generated<string> };
  eventDayTexts: { eventId: number; date: string; locale: string; title: string };
  eventSessions: EventSessionTable;
  eventSessionTexts: { sessionId: number; locale: string; title: string; description: Generated<string> };
  eventReportedFigures: EventReportedFigureTable;
  eventChanges: EventChangeTable;
  sessionOrganisations: SessionOrganisationTable;
  people: PersonTable;
  sessionPeople: SessionPersonTable;
  sessionOutcomes: SessionOutcomeTable;
  outcomePolicyAreas: { outcomeId: number; policyArea: string };
  sessionOutcomeTexts: { outcomeId: number; locale: string; text: string };
  registrations: RegistrationTable;
  requests: RequestTable;
  requestPolicyAreas: { requestId: number; policyArea: string };
  requestSupportKinds: { requestId: number; supportKind: string };
  requestLanguages: { requestId: number; language: string };
  requestMatches: RequestMatchTable;
  requestInterests: RequestInterestTable;
  requestMessages: RequestMessageTable;
  assessments: AssessmentTable;
  assessmentAnswers: { assessmentId: number; question: string; value: number | null };
  actions: ActionTable;
  actionNotes: ActionNoteTable;
}

/** better-auth's user, with the hub's fields. Dates are Date on PostgreSQL, ISO text on SQLite (decision 009). */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  image: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  /** 'member' or 'secretariat'. */
  hubRole: Generated<string>;
  organisationName: string | null;
  country: string | null;
  /** Comma-separated language codes. */
  languages: string | null;
  emailLocale: Generated<string>;
  deletedAt: string | null;
}

export interface SessionTable {
  id: string;
  expiresAt: Date | string;
  token: string;
  createdAt: Date | string;
  updatedAt: Date | string;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  activeOrganizationId: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  toAddress: string;
  subject: string;
  text: string;
  /** What the email is for: verify-email, reset-password, invitation, review… */
  kind: string;
  createdAt: string;
  /** When the SMTP server accepted it (null without SMTP: the .eml file is the delivery). */
  sentAt: string | null;
  error: string | null;
  /** queued | sending | delivered | retry | failed | unknown (migration 20261207T0900). */
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  nextAttemptAt: string | null;
  claimedAt: string | null;
}

/** Abuse limits (web/rate-limits.ts): a count per key in a fixed window; every app server counts in the same rows. */
export interface RateLimitTable {
  id: string;
  key: string;
  count: number;
  /** ms since the epoch */
  lastRequest: number;
  windowStart: Generated<number>;
}

export type OutboxStatus = 'queued' | 'sending' | 'delivered' | 'retry' | 'failed' | 'unknown';

/** A message sent through the contact form (migration 20261207T1600). */
export interface ContactMessageTable {
  id: Generated<number>;
  name: string;
  email: string;
  topic: string;
  message: string;
  locale: string;
  userId: string | null;
  /** How many emails were queued for it (0: nobody to write to). */
  recipients: number;
  createdAt: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  userId: string | null;
  userEmail: string | null;
  ipAddress: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** JSON: { field: [before, after] } */
  changes: string;
}

export interface ItemRevisionTable {
  id: Generated<number>;
  /** Null for a new item until it is approved. */
  itemId: number | null;
  organisationId: number;
  type: string;
  /** draft, submitted, returned, approved, withdrawn */
  status: string;
  /** JSON of the proposed item (ItemSeed without its slug's uniqueness guaranteed yet). */
  data: string;
  /** Why the secretariat returned it (kept after resubmission, so that the history can show it). */
  reason: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface ItemTable {
  id: Generated<number>;
  type: string;
  slug: string;
  kind: string;
  cost: string;
  link: string | null;
  documentUrl: string | null;
  startsOn: string | null;
  endsOn: string | null;
  publishedOn: string | null;
  /** How to get it (ItemAccess): where to apply, a published contact address, whether the hub's requests reach it (0/1). */
  applyUrl: string | null;
  contactEmail: string | null;
  viaHub: number;
  sourceLocale: string;
  source: string;
  createdAt: string;
  updatedAt: string;
  /** published, unpublished or archived; only published items are public. */
  status: Generated<string>;
}

export interface ItemTextTable {
  itemId: number;
  locale: string;
  title: string;
  summary: string;
  /** '' when not translated: readers get the source language's, marked as such. */
  description: string;
  /** Who may apply or use it, on what terms; '' when not given in this language. */
  eligibility: string;
}

/** One searchable text (a document in one language); the tokens live in search_fts (SQLite) or tsv (PostgreSQL). */
export interface SearchDocumentTable {
  id: Generated<number>;
  docType: string;
  docId: number;
  locale: string;
  /** Its title and summary as the index holds them (stemmed), a line each: what relevance looks at. */
  head: Generated<string>;
}

export interface PolicyAreaTable {
  slug: string;
  position: number;
}

/** Flags are stored as 0/1 integers on both databases. */
export interface CountryTable {
  iso3: string;
  iso2: string;
  m49: string | null;
  regionCode: string | null;
  subregionCode: string | null;
  intermediateRegionCode: string | null;
  isLdc: number;
  isLldc: number;
  isSids: number;
}

export interface OrganisationTable {
  id: Generated<number>;
  slug: string;
  acronym: string | null;
  type: string;
  hqCountry: string | null;
  website: string | null;
  sourceLocale: string;
  source: string;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationTextTable {
  organisationId: number;
  locale: string;
  name: string;
  /** Overrides organisations.acronym in this language. */
  acronym: string | null;
  description: string;
}

export interface OrganisationPolicyAreaTable {
  organisationId: number;
  policyArea: string;
}

/** An M49 code: '001' (world), a region, a sub-region or a country. */
export interface OrganisationAreaTable {
  organisationId: number;
  m49: string;
}

export type CountryRow = Selectable<CountryTable>;
export type NewCountry = Insertable<CountryTable>;
export type OrganisationRow = Selectable<OrganisationTable>;

/** An indicator of the data hub; its name and description are in indicator_texts (one row per locale). */
export interface IndicatorTable {
  code: string;
  policyArea: string;
  /** percent, per-million, per-100, score, index… */
  unit: string;
  source: string;
  /** The licence its figures are shown under (e.g. CC BY 4.0); null for an indicator synced before 20261207T1200. */
  licence: string | null;
  hasSexBreakdown: number;
  minValue: number | null;
  maxValue: number | null;
  position: number;
}

export interface IndicatorTextTable {
  indicatorCode: string;
  locale: string;
  name: string;
  description: string;
}

/** One import of a file: what, which content (sha256), how many rows, when and by whom. */
export interface ImportBatchTable {
  id: Generated<number>;
  /** 'b2c' or 'indicators' */
  kind: string;
  fileName: string;
  sha256: string;
  rows: number;
  importedAt: string;
  importedBy: string;
}

export interface ObservationTable {
  id: Generated<number>;
  iso3: string;
  indicatorCode: string;
  year: number;
  value: number;
  /** 'total', 'female' or 'male' */
  sex: string;
  source: string | null;
  note: string | null;
  /** The publisher's rank, where it gives one (LPI, GCI). */
  rank: number | null;
  batchId: number;
}

export interface B2cEditionTable {
  edition: number;
  dataYear: number;
  methodVersion: string;
  /** 'official' or 'sample' */
  status: string;
  source: string;
  /** The licence its figures are shown under. */
  licence: string | null;
  batchId: number | null;
}

/** One economy in one edition: components normalised 0–100, stored unrounded; null in an index-only edition (2016, 2017). */
export interface B2cScoreTable {
  edition: number;
  iso3: string;
  internetUse: number | null;
  accountOwnership: number | null;
  secureServers: number | null;
  postalReliability: number | null;
  secureServersPerMillion: number | null;
  indexValue: number;
  rank: number;
  publishedIndex: number | null;
  publishedRank: number | null;
  publishedChange: number | null;
}

/** An event; instants are UTC ISO strings, dates are local to `timeZone` (see the events migration). */
export interface EventTable {
  id: Generated<number>;
  slug: string;
  status: Generated<string>;
  attendanceMode: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  venue: string | null;
  city: string | null;
  countryIso3: string | null;
  onlineUrl: string | null;
  registration: Generated<string>;
  registrationUrl: string | null;
  capacity: number | null;
  sourceLocale: string;
  source: string;
  ownerOrganisationId: number | null;
  reviewStatus: Generated<string>;
  returnReason: string | null;
  isSample: Generated<number>;
  sequence: Generated<number>;
  /** 1: the days are known, not the hours (migration 20261207T1410). */
  allDay: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

/** A partner's change to its published event, waiting for review (migration 20261207T1000, decision 013). */
export interface EventChangeTable {
  id: Generated<number>;
  eventId: number;
  organisationId: number;
  /** submitted | returned (open); approved | replaced | withdrawn (closed) */
  status: string;
  /** The proposal form's values (JSON), as they will be applied. */
  data: string;
  reason: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface EventTextTable {
  eventId: number;
  locale: string;
  title: string;
  summary: string;
  description: string;
}

export interface EventOrganisationTable {
  eventId: number;
  organisationId: number;
  role: string;
  position: Generated<number>;
}

export interface EventSessionTable {
  id: Generated<number>;
  eventId: number;
  key: string;
  date: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  track: string | null;
  type: string;
  title: string;
  description: Generated<string>;
  status: Generated<string>;
  sequence: Generated<number>;
  /** 1: the session's day is known, not its time (migration 20261207T1410). */
  allDay: Generated<number>;
}

/** A figure an event's organisers published, with its source (migration 20261207T1400). */
export interface EventReportedFigureTable {
  id: Generated<number>;
  eventId: number;
  measure: string;
  unit: string;
  qualifier: Generated<string>;
  shareOf: string | null;
  value: number | null;
  fraction: string | null;
  textValue: string | null;
  note: Generated<string>;
  locale: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceYear: number;
  sourceUrl: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface SessionOrganisationTable {
  sessionId: number;
  position: number;
  organisationId: number | null;
  name: string;
}

export interface PersonTable {
  id: Generated<number>;
  name: string;
  title: string | null;
  organisation: string | null;
  countryIso3: string | null;
  gender: string | null;
}

export interface SessionPersonTable {
  sessionId: number;
  personId: number;
  role: string;
  position: Generated<number>;
}

export interface SessionOutcomeTable {
  id: Generated<number>;
  sessionId: number;
  kind: string;
  number: number;
  ref: string;
  text: string;
}

export interface RegistrationTable {
  id: Generated<number>;
  eventId: number;
  userId: string | null;
  name: string;
  email: string;
  countryIso3: string;
  organisationType: string;
  gender: string | null;
  locale: string;
  status: string;
  cancelTokenHash: string;
  createdAt: string;
  cancelledAt: string | null;
}

/** A request for assistance; contact details are shown only to interested partners and the secretariat. */
export interface RequestTable {
  id: Generated<number>;
  countryIso3: string;
  requesterId: string | null;
  requesterKind: string;
  requesterBody: string;
  contactName: string;
  contactEmail: string;
  title: string;
  description: string;
  sourceLocale: string;
  urgency: string;
  deadline: string | null;
  status: Generated<string>;
  isSample: Generated<number>;
  createdAt: string;
  updatedAt: string;
  /** The solution or resource it was asked from ("Ask for this"), if any (migration 20261207T1700). */
  itemId: number | null;
}

export interface RequestMatchTable {
  requestId: number;
  organisationId: number;
  rank: number;
  score: number;
  matchedAt: string;
}

export interface RequestInterestTable {
  requestId: number;
  organisationId: number;
  userId: string | null;
  engaged: Generated<number>;
  createdAt: string;
}

export interface RequestMessageTable {
  id: Generated<number>;
  requestId: number;
  organisationId: number;
  authorId: string | null;
  side: string;
  body: string;
  createdAt: string;
}

export interface AssessmentTable {
  id: Generated<number>;
  countryIso3: string;
  authorId: string | null;
  questionnaire: string;
  isSample: Generated<number>;
  createdAt: string;
}

export interface ActionTable {
  id: Generated<number>;
  countryIso3: string;
  policyArea: string;
  title: string;
  lead: string;
  supporting: Generated<string>;
  priority: string;
  targetDate: string | null;
  status: Generated<string>;
  recommendationRef: string | null;
  isSample: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface ActionNoteTable {
  id: Generated<number>;
  actionId: number;
  onDate: string;
  text: string;
  evidenceUrl: string | null;
  authorId: string | null;
  createdAt: string;
}
