import type { Kysely } from 'kysely';

/**
 * Official figures ship with the hub (data/reference): every indicator and every B2C edition says
 * under which licence its figures are shown, and an observation may carry the publisher's rank (the
 * Logistics Performance Index, the Global Cybersecurity Index). The demo's generated sample values
 * and editions are removed: the reference figures take their place at the next start.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicators').addColumn('licence', 'text').execute();
  await db.schema.alterTable('b2c_editions').addColumn('licence', 'text').execute();
  await db.schema.alterTable('observations').addColumn('rank', 'integer').execute();

  const sampleBatches = db.selectFrom('import_batches').select('id').where('kind', '=', 'sample');
  await db.deleteFrom('observations').where('batch_id', 'in', sampleBatches).execute();
  await db.deleteFrom('import_batches').where('kind', '=', 'sample').execute();
  await db.deleteFrom('b2c_scores').where('edition', 'in', db.selectFrom('b2c_editions').select('edition').where('status', '=', 'sample')).execute();
  await db.deleteFrom('b2c_editions').where('status', '=', 'sample').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('observations').dropColumn('rank').execute();
  await db.schema.alterTable('b2c_editions').dropColumn('licence').execute();
  await db.schema.alterTable('indicators').dropColumn('licence').execute();
}
