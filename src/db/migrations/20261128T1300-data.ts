import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * The data hub: indicators and their observations, import batches, and the UNCTAD B2C E-commerce
 * Index editions with each economy's components, index and rank. Values are stored unrounded
 * (double precision / real); pages round them for display.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());
  const double = pg ? 'double precision' : 'real';

  await db.schema
    .createTable('indicators')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('policy_area', 'text', (c) => c.notNull().references('policy_areas.slug'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('has_sex_breakdown', 'integer', (c) => c.notNull().defaultTo(0))
    // The range a value must fall in (a percentage: 0–100); null when unbounded.
    .addColumn('min_value', double)
    .addColumn('max_value', double)
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('indicator_texts')
    .addColumn('indicator_code', 'text', (c) => c.notNull().references('indicators.code').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_texts_pk', ['indicator_code', 'locale'])
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_batches_sha256_idx').on('import_batches').columns(['kind', 'sha256']).execute();

  await db.schema
    .createTable('observations')
    .addColumn('id', 'integer', id)
    .addColumn('iso3', 'text', (c) => c.notNull().references('countries.iso3'))
    .addColumn('indicator_code', 'text', (c) => c.notNull().references('indicators.code').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', double, (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull().defaultTo('total'))
    .addColumn('source', 'text')
    .addColumn('note', 'text')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addUniqueConstraint('observations_key', ['indicator_code', 'iso3', 'year', 'sex'])
    .addCheckConstraint('observations_sex_check', sql`sex in ('total', 'female', 'male')`)
    .execute();
  await db.schema.createIndex('observations_iso3_idx').on('observations').column('iso3').execute();
  await db.schema.createIndex('observations_batch_idx').on('observations').column('batch_id').execute();

  await db.schema
    .createTable('b2c_editions')
    .addColumn('edition', 'integer', (c) => c.primaryKey())
    .addColumn('data_year', 'integer', (c) => c.notNull())
    .addColumn('method_version', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // Null for a sample edition made by the demo loader rather than imported from a file.
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addCheckConstraint('b2c_editions_status_check', sql`status in ('official', 'sample')`)
    .execute();

  await db.schema
    .createTable('b2c_scores')
    .addColumn('edition', 'integer', (c) => c.notNull().references('b2c_editions.edition').onDelete('cascade'))
    .addColumn('iso3', 'text', (c) => c.notNull().references('countries.iso3'))
    // The four components, normalised 0–100.
    .addColumn('internet_use', double, (c) => c.notNull())
    .addColumn('account_ownership', double, (c) => c.notNull())
    .addColumn('secure_servers', double, (c) => c.notNull())
    .addColumn('postal_reliability', double, (c) => c.notNull())
    // Raw input when the file gave it (secure Internet servers per million people).
    .addColumn('secure_servers_per_million', double)
    // The mean of the four stored components; `rank` is computed by the hub (competition ranking).
    .addColumn('index_value', double, (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    // As printed by UNCTAD, when the file had them.
    .addColumn('published_index', double)
    .addColumn('published_rank', 'integer')
    .addColumn('published_change', double)
    .addPrimaryKeyConstraint('b2c_scores_pk', ['edition', 'iso3'])
    .execute();
  await db.schema.createIndex('b2c_scores_iso3_idx').on('b2c_scores').column('iso3').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['b2c_scores', 'b2c_editions', 'observations', 'import_batches', 'indicator_texts', 'indicators']) {
    await db.schema.dropTable(table).execute();
  }
}
