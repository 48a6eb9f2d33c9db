import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { loadCountryResolver } from './country-names.js';
import { parseCsvTable } from './csv-table.js';
import { type ImportProgress, type ImportResult, batchCreator, insertInSlices, sampleBatchKind } from './import-batch.js';
import { indicatorCatalogueSyncer } from './indicator-catalogue.js';
import { type IndicatorRule, observationKey, parseIndicatorTable } from './indicator-parser.js';
import { ProblemList } from './problems.js';
import { type ImportSource, readSource } from './source-file.js';

export interface ImportIndicatorsOptions {
  file: ImportSource;
  /** Who imports: a user id, or the account name on the command line. */
  by: string;
  onProgress?: ImportProgress;
}

/**
 * Import observations from a long CSV (iso3, indicator, year, value, optional sex, source, note) in one
 * transaction: a value already held for the same country, indicator, year and sex is replaced. When
 * every row matches what the hub already holds, nothing is written and no batch is recorded. The demo's
 * sample values, if any, are removed, so that no page mixes sample and official figures.
 */
export async function importIndicators(db: Kysely<Database>, options: ImportIndicatorsOptions): Promise<ImportResult> {
  const file = await readSource(options.file);
  const problems = new ProblemList();
  const table = parseCsvTable(file.text, problems);
  const countries = await loadCountryResolver(db);

  return db.transaction().execute(async (trx) => {
    await indicatorCatalogueSyncer(trx);
    const definitions = await trx.selectFrom('indicators').select(['code', 'hasSexBreakdown', 'minValue', 'maxValue']).execute();
    const rules = new Map<string, IndicatorRule>(
      definitions.map((d) => [d.code, { hasSexBreakdown: d.hasSexBreakdown === 1, minValue: d.minValue, maxValue: d.maxValue }]),
    );
    const rows = parseIndicatorTable(table, rules, countries, problems);
    // Thrown inside the transaction, so that the catalogue written above is rolled back with it.
    problems.throwIfAny();
    options.onProgress?.({ phase: 'checking', done: rows.length, total: rows.length });

    const removedSample = await sampleRemover(trx);
    const codes = [...new Set(rows.map((row) => row.indicatorCode))];
    const held = await trx
      .selectFrom('observations')
      .select(['indicatorCode', 'iso3', 'year', 'sex', 'value', 'source', 'note', 'batchId'])
      .where('indicatorCode', 'in', codes)
      .execute();
    const heldByKey = new Map(held.map((o) => [observationKey(o), o]));
    const changed = rows.filter((row) => {
      const o = heldByKey.get(observationKey(row));
      return !o || o.value !== row.value || o.source !== row.source || o.note !== row.note;
    });

    if (changed.length === 0) {
      const earlier = await trx
        .selectFrom('importBatches')
        .select('id')
        .where('kind', '=', 'indicators')
        .where('sha256', '=', file.sha256)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      const latestHolder = Math.max(...rows.map((row) => heldByKey.get(observationKey(row))!.batchId));
      return { batchId: earlier?.id ?? latestHolder, rows: rows.length, unchanged: removedSample === 0 };
    }

    const batchId = await batchCreator(trx, 'indicators', file, rows.length, options.by);
    await insertInSlices(
      changed,
      500,
      (slice) =>
        trx
          .insertInto('observations')
          .values(slice.map(({ line: _line, ...row }) => ({ ...row, batchId })))
          .onConflict((oc) =>
            oc.columns(['indicatorCode', 'iso3', 'year', 'sex']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              source: eb.ref('excluded.source'),
              note: eb.ref('excluded.note'),
              batchId: eb.ref('excluded.batchId'),
            })),
          )
          .execute(),
      (done) => options.onProgress?.({ phase: 'writing', done, total: changed.length }),
    );
    return { batchId, rows: rows.length, unchanged: false };
  });
}

/** Remove every sample observation of the demo and its batch; how many values went. */
async function sampleRemover(trx: Kysely<Database>): Promise<number> {
  const batches = trx.selectFrom('importBatches').select('id').where('kind', '=', sampleBatchKind);
  const { numDeletedRows } = await trx.deleteFrom('observations').where('batchId', 'in', batches).executeTakeFirst();
  await trx.deleteFrom('importBatches').where('kind', '=', sampleBatchKind).execute();
  return Number(numDeletedRows);
}
