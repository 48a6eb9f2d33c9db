import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * Events and their programmes: days, sessions (with co-organisers and people in roles), outcomes and
 * numbered recommendations, and built-in registrations. Instants are stored as UTC ISO strings
 * (`2017-04-24T08:00:00.000Z`); the event's IANA time zone says how to show them. Local calendar
 * dates (`start_date`, `end_date`, a day's `date`) are in the event's zone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable('events')
    .addColumn('id', 'integer', id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('attendance_mode', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('city', 'text')
    .addColumn('country_iso3', 'text', (c) => c.references('countries.iso3'))
    .addColumn('online_url', 'text')
    // none | link | built-in
    .addColumn('registration', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('registration_url', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // The partner that proposed it (null when the secretariat or the demo loader made it).
    .addColumn('owner_organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
    // Moderation: only 'published' events are public. draft | submitted | published | returned
    .addColumn('review_status', 'text', (c) => c.notNull().defaultTo('published'))
    .addColumn('return_reason', 'text')
    // 1 for made-up demo events, shown as "sample" everywhere.
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    // Raised by every change of the event or its programme (iCalendar SEQUENCE).
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('events_status_check', sql`status in ('scheduled', 'postponed', 'cancelled', 'moved-online')`)
    .addCheckConstraint('events_review_check', sql`review_status in ('draft', 'submitted', 'published', 'returned')`)
    .addCheckConstraint('events_mode_check', sql`attendance_mode in ('offline', 'online', 'mixed')`)
    .addCheckConstraint('events_registration_check', sql`registration in ('none', 'link', 'built-in')`)
    .addCheckConstraint('events_dates_check', sql`ends_at > starts_at and end_date >= start_date`)
    .execute();
  await db.schema.createIndex('events_start_date_idx').on('events').column('start_date').execute();

  await db.schema
    .createTable('event_texts')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_texts_pk', ['event_id', 'locale'])
    .execute();

  await db.schema
    .createTable('event_organisations')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    // organiser | partner
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('event_organisations_pk', ['event_id', 'organisation_id'])
    .addCheckConstraint('event_organisations_role_check', sql`role in ('organiser', 'partner')`)
    .execute();
  await db.schema.createIndex('event_organisations_org_idx').on('event_organisations').column('organisation_id').execute();

  for (const [table, column, references] of [
    ['event_policy_areas', 'policy_area', 'policy_areas.slug'],
    // An M49 code (world, region, sub-region) or a country's ISO3 code, as item_coverage.
    ['event_coverage', 'area', null],
    ['event_languages', 'language', null],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn(column, 'text', (c) => (references ? c.notNull().references(references) : c.notNull()))
      .addPrimaryKeyConstraint(`${table}_pk`, ['event_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
  }

  await db.schema
    .createTable('event_days')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    // A day's theme, in the event's source language; may be empty.
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('event_days_pk', ['event_id', 'date'])
    .execute();

  await db.schema
    .createTable('event_sessions')
    .addColumn('id', 'integer', id)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    // Stable within the event: the iCalendar UID and outcome references are made from it.
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('room', 'text')
    .addColumn('track', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('event_sessions_key', ['event_id', 'key'])
    .addCheckConstraint('event_sessions_times_check', sql`ends_at > starts_at`)
    .addCheckConstraint(
      'event_sessions_type_check',
      sql`type in ('opening', 'high-level', 'ministerial', 'plenary', 'panel', 'workshop', 'course', 'launch', 'lunch', 'meeting', 'other')`,
    )
    .addCheckConstraint('event_sessions_status_check', sql`status in ('scheduled', 'cancelled')`)
    .execute();
  await db.schema.createIndex('event_sessions_event_idx').on('event_sessions').columns(['event_id', 'starts_at']).execute();

  // A co-organiser is a hub organisation when it has a profile here, else a name as the programme gives it.
  await db.schema
    .createTable('session_organisations')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('event_sessions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_organisations_pk', ['session_id', 'position'])
    .execute();
  await db.schema.createIndex('session_organisations_org_idx').on('session_organisations').column('organisation_id').execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('organisation', 'text')
    .addColumn('country_iso3', 'text', (c) => c.references('countries.iso3'))
    // Only as the person describes it (or a source quotes it); null when not known. Never inferred.
    .addColumn('gender', 'text')
    .addCheckConstraint('people_gender_check', sql`gender is null or gender in ('woman', 'man', 'another')`)
    .execute();

  await db.schema
    .createTable('session_people')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('event_sessions.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('session_people_pk', ['session_id', 'person_id', 'role'])
    .addCheckConstraint('session_people_role_check', sql`role in ('keynote', 'chair', 'moderator', 'speaker')`)
    .execute();
  await db.schema.createIndex('session_people_person_idx').on('session_people').column('person_id').execute();

  // Outcomes (kind 'outcome') and numbered recommendations; `ref` is stable and unique across the hub
  // (`<event slug>/<session key>/r<number>`), so actions can link to a recommendation.
  await db.schema
    .createTable('session_outcomes')
    .addColumn('id', 'integer', id)
    .addColumn('session_id', 'integer', (c) => c.notNull().references('event_sessions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('session_outcomes_number_key', ['session_id', 'kind', 'number'])
    .addCheckConstraint('session_outcomes_kind_check', sql`kind in ('outcome', 'recommendation')`)
    .execute();

  await db.schema
    .createTable('outcome_policy_areas')
    .addColumn('outcome_id', 'integer', (c) => c.notNull().references('session_outcomes.id').onDelete('cascade'))
    .addColumn('policy_area', 'text', (c) => c.notNull().references('policy_areas.slug'))
    .addPrimaryKeyConstraint('outcome_policy_areas_pk', ['outcome_id', 'policy_area'])
    .execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'integer', id)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('country_iso3', 'text', (c) => c.notNull().references('countries.iso3'))
    .addColumn('organisation_type', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    // confirmed | waitlisted | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    // sha256 of the cancellation token sent by email; the token itself is never stored.
    .addColumn('cancel_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addCheckConstraint('registrations_status_check', sql`status in ('confirmed', 'waitlisted', 'cancelled')`)
    .addCheckConstraint('registrations_gender_check', sql`gender is null or gender in ('woman', 'man', 'another')`)
    .execute();
  // One live registration per address and event; a cancelled one does not block registering again.
  await sql`create unique index registrations_live_email_idx on registrations (event_id, email) where status <> 'cancelled'`.execute(db);
  await db.schema.createIndex('registrations_event_idx').on('registrations').columns(['event_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'registrations',
    'outcome_policy_areas',
    'session_outcomes',
    'session_people',
    'people',
    'session_organisations',
    'event_sessions',
    'event_days',
    'event_languages',
    'event_coverage',
    'event_policy_areas',
    'event_organisations',
    'event_texts',
    'events',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
