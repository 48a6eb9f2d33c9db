import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { loadCountryResolver } from './country-names.js';
import { parseCsvTable } from './csv-table.js';
import { type ImportProgress, type ImportResult, batchCreator, insertInSlices } from './import-batch.js';
import { indicatorCatalogue, indicatorCatalogueSyncer } from './indicator-catalogue.js';
import { observationKey, parseIndicatorTable } from './indicator-parser.js';
import { ProblemList } from './problems.js';
import { type ImportSource, readSource } from './source-file.js';

export interface ImportIndicatorsOptions {
  file: ImportSource;
  /** Who imports: a user id, or the account name on the command line. */
  by: string;
  /** The indicator of a file without an indicator column (else told from the file's name). */
  indicator?: string | undefined;
  /** False when the caller has just written the catalogue (the start's loader, before its files). */
  syncCatalogue?: boolean;
  onProgress?: ImportProgress;
}

const definitions = new Map(indicatorCatalogue.map((d) => [d.code, d]));

/**
 * Import observations from an indicators file (the formats of indicator-parser.ts) in one transaction:
 * a value already held for the same country, indicator, year and sex is replaced. When every row
 * matches what the hub already holds, nothing is written and no batch is recorded.
 */
export async function importIndicators(db: Kysely<Database>, options: ImportIndicatorsOptions): Promise<ImportResult> {
  const file = await readSource(options.file);
  const problems = new ProblemList();
  const table = parseCsvTable(file.text, problems);
  const countries = await loadCountryResolver(db);

  return db.transaction().execute(async (trx) => {
    if (options.syncCatalogue !== false) await indicatorCatalogueSyncer(trx);
    const rows = parseIndicatorTable(table, definitions, countries, problems, { fileName: file.name, indicator: options.indicator });
    // Thrown inside the transaction, so that the catalogue written above is rolled back with it.
    problems.throwIfAny();
    options.onProgress?.({ phase: 'checking', done: rows.length, total: rows.length });

    const codes = [...new Set(rows.map((row) => row.indicatorCode))];
    const held = await trx
      .selectFrom('observations')
      .select(['indicatorCode', 'iso3', 'year', 'sex', 'value', 'rank', 'source', 'note', 'batchId'])
      .where('indicatorCode', 'in', codes)
      .execute();
    const heldByKey = new Map(held.map((o) => [observationKey(o), o]));
    const changed = rows.filter((row) => {
      const o = heldByKey.get(observationKey(row));
      return !o || o.value !== row.value || o.rank !== row.rank || o.source !== row.source || o.note !== row.note;
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
      return { batchId: earlier?.id ?? latestHolder, rows: rows.length, unchanged: true };
    }

    const batchId = await batchCreator(trx, 'indicators', file, rows.length, options.by);
    // 2,000 rows of 9 values: within SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
    await insertInSlices(
      changed,
      2000,
      (slice) =>
        trx
          .insertInto('observations')
          .values(slice.map(({ line: _line, ...row }) => ({ ...row, batchId })))
          .onConflict((oc) =>
            oc.columns(['indicatorCode', 'iso3', 'year', 'sex']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              rank: eb.ref('excluded.rank'),
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
