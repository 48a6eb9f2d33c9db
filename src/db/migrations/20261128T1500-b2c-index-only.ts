import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * Index-only editions of the B2C index (2016 and 2017 from TCdata360 give each economy's index and
 * rank, not the four components): the components of b2c_scores may now be null. PostgreSQL drops the
 * NOT NULL constraints in place; SQLite cannot, so the table is rebuilt with the same columns, keys
 * and index, and its rows copied across.
 */
const components = ['internet_use', 'account_ownership', 'secure_servers', 'postal_reliability'];
const columns = [
  'edition',
  'iso3',
  ...components,
  'secure_servers_per_million',
  'index_value',
  'rank',
  'published_index',
  'published_rank',
  'published_change',
];

async function createScores(db: Kysely<any>, name: string, componentsRequired: boolean): Promise<void> {
  const component = (c: any) => (componentsRequired ? c.notNull() : c);
  await db.schema
    .createTable(name)
    .addColumn('edition', 'integer', (c) => c.notNull().references('b2c_editions.edition').onDelete('cascade'))
    .addColumn('iso3', 'text', (c) => c.notNull().references('countries.iso3'))
    .addColumn('internet_use', 'real', component)
    .addColumn('account_ownership', 'real', component)
    .addColumn('secure_servers', 'real', component)
    .addColumn('postal_reliability', 'real', component)
    .addColumn('secure_servers_per_million', 'real')
    .addColumn('index_value', 'real', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('published_index', 'real')
    .addColumn('published_rank', 'integer')
    .addColumn('published_change', 'real')
    .addPrimaryKeyConstraint('b2c_scores_pk', ['edition', 'iso3'])
    .execute();
}

/** SQLite: copy b2c_scores into a table built with or without the NOT NULL components, then take its place. */
async function rebuildSqlite(db: Kysely<any>, componentsRequired: boolean): Promise<void> {
  const list = sql.join(columns.map((c) => sql.ref(c)));
  await createScores(db, 'b2c_scores_next', componentsRequired);
  await sql`insert into b2c_scores_next (${list}) select ${list} from b2c_scores`.execute(db);
  await db.schema.dropTable('b2c_scores').execute();
  await db.schema.alterTable('b2c_scores_next').renameTo('b2c_scores').execute();
  await db.schema.createIndex('b2c_scores_iso3_idx').on('b2c_scores').column('iso3').execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const column of components) await db.schema.alterTable('b2c_scores').alterColumn(column, (c) => c.dropNotNull()).execute();
    return;
  }
  await rebuildSqlite(db, false);
}

/** Back to four required components: the index-only editions cannot stay, so they are removed first. */
export async function down(db: Kysely<any>): Promise<void> {
  const indexOnly = db.selectFrom('b2c_scores').select('edition').where('internet_use', 'is', null);
  await db.deleteFrom('b2c_editions').where('edition', 'in', indexOnly).execute();
  await db.deleteFrom('b2c_scores').where('internet_use', 'is', null).execute();
  if (isPostgres(db)) {
    for (const column of components) await db.schema.alterTable('b2c_scores').alterColumn(column, (c) => c.setNotNull()).execute();
    return;
  }
  await rebuildSqlite(db, true);
}
