import type { Kysely } from 'kysely';
import { isPostgres } from './dialect.js';

const policyAreas = [
  'readiness-assessment',
  'ict-infrastructure',
  'trade-logistics',
  'payment-solutions',
  'legal-regulatory',
  'skills-development',
  'access-to-financing',
];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);

  await db.schema
    .createTable('policy_areas')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('policy_areas')
    .values(policyAreas.map((slug, i) => ({ slug, position: i + 1 })))
    .execute();

  await db.schema
    .createTable('countries')
    .addColumn('iso3', 'text', (c) => c.primaryKey())
    .addColumn('iso2', 'text', (c) => c.notNull().unique())
    .addColumn('m49', 'text')
    .addColumn('region_code', 'text')
    .addColumn('subregion_code', 'text')
    .addColumn('intermediate_region_code', 'text')
    .addColumn('is_ldc', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_lldc', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_sids', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('countries_region_idx').on('countries').column('region_code').execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'integer', (c) =>
      pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('acronym', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('hq_country', 'text', (c) => c.references('countries.iso3'))
    .addColumn('website', 'text')
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_type_idx').on('organisations').column('type').execute();

  await db.schema
    .createTable('organisation_texts')
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_texts_pk', ['organisation_id', 'locale'])
    .execute();

  await db.schema
    .createTable('organisation_policy_areas')
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('policy_area', 'text', (c) => c.notNull().references('policy_areas.slug'))
    .addPrimaryKeyConstraint('organisation_policy_areas_pk', ['organisation_id', 'policy_area'])
    .execute();
  await db.schema
    .createIndex('organisation_policy_areas_area_idx')
    .on('organisation_policy_areas')
    .column('policy_area')
    .execute();

  await db.schema
    .createTable('organisation_areas')
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('m49', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_areas_pk', ['organisation_id', 'm49'])
    .execute();
  await db.schema.createIndex('organisation_areas_m49_idx').on('organisation_areas').column('m49').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'organisation_areas',
    'organisation_policy_areas',
    'organisation_texts',
    'organisations',
    'countries',
    'policy_areas',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
