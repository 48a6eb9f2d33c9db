import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * Connect: requests for assistance (with the partners matched to each, their interest and the
 * conversation), readiness self-assessments, and each country's action tracker.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable('requests')
    .addColumn('id', 'integer', id)
    .addColumn('country_iso3', 'text', (c) => c.notNull().references('countries.iso3'))
    .addColumn('requester_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // focal-point | government | business-association | sme-support
    .addColumn('requester_kind', 'text', (c) => c.notNull())
    // The body asking (a ministry, an association): public.
    .addColumn('requester_body', 'text', (c) => c.notNull())
    // Shown only to the partners that expressed interest, and to the secretariat.
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source_locale', 'text', (c) => c.notNull())
    // low | medium | high
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    // open | supported | closed
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('requests_kind_check', sql`requester_kind in ('focal-point', 'government', 'business-association', 'sme-support')`)
    .addCheckConstraint('requests_urgency_check', sql`urgency in ('low', 'medium', 'high')`)
    .addCheckConstraint('requests_status_check', sql`status in ('open', 'supported', 'closed')`)
    .execute();
  await db.schema.createIndex('requests_country_idx').on('requests').column('country_iso3').execute();

  for (const [table, column, references] of [
    ['request_policy_areas', 'policy_area', 'policy_areas.slug'],
    // technical-assistance | training | financing | data | policy-advice
    ['request_support_kinds', 'support_kind', null],
    ['request_languages', 'language', null],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id').onDelete('cascade'))
      .addColumn(column, 'text', (c) => (references ? c.notNull().references(references) : c.notNull()))
      .addPrimaryKeyConstraint(`${table}_pk`, ['request_id', column])
      .execute();
  }

  // The organisations the matching engine ranked for a request when it was posted (or re-matched):
  // partners' dashboards list them, and response rates are computed on them.
  await db.schema
    .createTable('request_matches')
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('score', pg ? 'double precision' : 'real', (c) => c.notNull())
    .addColumn('matched_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_matches_pk', ['request_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('request_matches_org_idx').on('request_matches').column('organisation_id').execute();

  // A partner's interest in a request: one per organisation; the requester may mark it engaged.
  await db.schema
    .createTable('request_interests')
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('engaged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_interests_pk', ['request_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('request_interests_org_idx').on('request_interests').column('organisation_id').execute();

  // The conversation between a request's requester and one interested partner (one thread per organisation).
  await db.schema
    .createTable('request_messages')
    .addColumn('id', 'integer', id)
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // requester | partner
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('request_messages_side_check', sql`side in ('requester', 'partner')`)
    .execute();
  await db.schema.createIndex('request_messages_thread_idx').on('request_messages').columns(['request_id', 'organisation_id']).execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'integer', id)
    .addColumn('country_iso3', 'text', (c) => c.notNull().references('countries.iso3'))
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    // The version of the questionnaire it answers (questions may change between versions).
    .addColumn('questionnaire', 'text', (c) => c.notNull())
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessments_country_idx').on('assessments').columns(['country_iso3', 'created_at']).execute();

  await db.schema
    .createTable('assessment_answers')
    .addColumn('assessment_id', 'integer', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('question', 'text', (c) => c.notNull())
    // 0–4 on the stated scale; null for "don't know".
    .addColumn('value', 'integer')
    .addPrimaryKeyConstraint('assessment_answers_pk', ['assessment_id', 'question'])
    .addCheckConstraint('assessment_answers_value_check', sql`value is null or (value >= 0 and value <= 4)`)
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'integer', id)
    .addColumn('country_iso3', 'text', (c) => c.notNull().references('countries.iso3'))
    .addColumn('policy_area', 'text', (c) => c.notNull().references('policy_areas.slug'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('supporting', 'text', (c) => c.notNull().defaultTo(''))
    // high | medium | low
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('target_date', 'text')
    // not-started | in-progress | completed | dropped
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('not-started'))
    // A recommendation of an event (session_outcomes.ref) the action answers, if any.
    .addColumn('recommendation_ref', 'text')
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('actions_priority_check', sql`priority in ('high', 'medium', 'low')`)
    .addCheckConstraint('actions_status_check', sql`status in ('not-started', 'in-progress', 'completed', 'dropped')`)
    .execute();
  await db.schema.createIndex('actions_country_idx').on('actions').columns(['country_iso3', 'policy_area']).execute();

  await db.schema
    .createTable('action_notes')
    .addColumn('id', 'integer', id)
    .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('evidence_url', 'text')
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_notes_action_idx').on('action_notes').column('action_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'action_notes',
    'actions',
    'assessment_answers',
    'assessments',
    'request_messages',
    'request_interests',
    'request_matches',
    'request_languages',
    'request_support_kinds',
    'request_policy_areas',
    'requests',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
