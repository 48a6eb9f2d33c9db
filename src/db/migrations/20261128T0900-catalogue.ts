import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/** Solutions and resources (one `items` table), their taxonomy, and the full-text search index. */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', id)
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('cost', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('document_url', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('published_on', 'text')
    .addColumn('source_locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('items_type_slug_key', ['type', 'slug'])
    .execute();

  await db.schema
    .createTable('item_texts')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_texts_pk', ['item_id', 'locale'])
    .execute();

  for (const [table, column, references] of [
    ['item_organisations', 'organisation_id', 'organisations.id'],
    ['item_policy_areas', 'policy_area', 'policy_areas.slug'],
    ['item_beneficiaries', 'beneficiary', null],
    ['item_coverage', 'area', null],
    ['item_languages', 'language', null],
  ] as const) {
    let create = db.schema
      .createTable(table)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn(column, column === 'organisation_id' ? 'integer' : 'text', (c) =>
        references ? c.notNull().references(references).onDelete('cascade') : c.notNull(),
      );
    if (table === 'item_organisations') create = create.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0));
    await create.addPrimaryKeyConstraint(`${table}_pk`, ['item_id', column]).execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
  }

  // Bumped by every catalogue write, so each app server knows when to reload its facet index.
  await db.schema
    .createTable('hub_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('hub_meta').values({ key: 'catalogue_version', value: '0' }).execute();

  await db.schema
    .createTable('search_documents')
    .addColumn('id', 'integer', id)
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'integer', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_doc_key', ['doc_type', 'doc_id', 'locale'])
    .execute();

  if (pg) {
    await sql`alter table search_documents add column tsv tsvector not null`.execute(db);
    await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
  } else {
    // Contentless: the index keeps only tokens (stems made in JavaScript); rows can still be deleted.
    await sql`create virtual table search_fts using fts5(title, summary, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table search_fts`.execute(db);
  for (const table of [
    'search_documents',
    'hub_meta',
    'item_languages',
    'item_coverage',
    'item_beneficiaries',
    'item_policy_areas',
    'item_organisations',
    'item_texts',
    'items',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
