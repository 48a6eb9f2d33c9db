import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { prepareDatabase } from '../db/open.js';
import { readEnv } from '../env.js';
import { importB2c } from '../features/data/b2c-import.js';
import type { ImportProgress, ImportResult } from '../features/data/import-batch.js';
import { importIndicators } from '../features/data/indicator-import.js';
import { ImportError } from '../features/data/problems.js';
import { type CliCommand, UsageError } from './command.js';

const usage = `  npm run cli -- import b2c FILE --edition YEAR [--data-year YEAR] [--by NAME]
  npm run cli -- import indicators FILE [--indicator CODE] [--by NAME]

    Imports into the configured database (DATABASE_URL, or the SQLite file in DATA_DIR).
    An indicators file names its indicator in an indicator column, or is one indicator's
    (iso3,year,value…): named with --indicator CODE, or by the file's name (CODE.csv, or a
    publisher's file such as itu_gci_2020_score.csv); the UNCTAD Cyberlaw Tracker's file
    (iso3,year,law_area,status,status_original) is recognised by its columns.
    A file with any bad row is refused whole, with a report of every problem by line;
    importing the same file again changes nothing.`;

interface Import {
  run(onProgress: ImportProgress | undefined): (db: Parameters<typeof importB2c>[0]) => Promise<ImportResult>;
  describe(result: ImportResult): string;
}

function parseImport(args: string[]): Import {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      edition: { type: 'string' },
      'data-year': { type: 'string' },
      indicator: { type: 'string' },
      by: { type: 'string' },
    },
  });
  const [kind, file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new UsageError('Expected: import b2c FILE --edition YEAR, or import indicators FILE.');
  const by = values.by ?? `cli:${userInfo().username}`;
  const year = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    if (!/^\d{4}$/.test(text)) throw new UsageError(`--${name} must be a year, not "${text}".`);
    return Number(text);
  };
  if (kind === 'b2c') {
    if (values.indicator !== undefined) throw new UsageError('--indicator is for import indicators.');
    const edition = year('edition', values.edition);
    if (edition === undefined) throw new UsageError('import b2c needs --edition YEAR.');
    const dataYear = year('data-year', values['data-year']);
    return {
      run: (onProgress) => (db) => importB2c(db, { file, edition, by, onProgress, ...(dataYear === undefined ? {} : { dataYear }) }),
      describe: (r) =>
        r.unchanged
          ? `${file} is already the ${edition} edition (batch ${r.batchId}): nothing changed`
          : `Imported the ${edition} edition: ${r.rows} economies from ${file} (batch ${r.batchId})`,
    };
  }
  if (kind === 'indicators') {
    if (values.edition !== undefined || values['data-year'] !== undefined) throw new UsageError('--edition and --data-year are for import b2c.');
    return {
      run: (onProgress) => (db) => importIndicators(db, { file, by, onProgress, indicator: values.indicator }),
      describe: (r) =>
        r.unchanged
          ? `Every value of ${file} is already in the hub (batch ${r.batchId}): nothing changed`
          : `Imported ${r.rows} observations from ${file} (batch ${r.batchId})`,
    };
  }
  throw new UsageError(`Unknown import "${kind ?? ''}": b2c or indicators.`);
}

/** A progress bar on a terminal; nothing when the output goes to a file or a pipe. */
function progressBar(): { onProgress: ImportProgress | undefined; stop(): void } {
  if (!process.stdout.isTTY) return { onProgress: undefined, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {value}/{total} rows', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress({ phase, done, total }) {
      if (!started) bar.start(total, 0, { phase });
      started = true;
      bar.setTotal(total);
      bar.update(done, { phase });
    },
    stop: () => started && bar.stop(),
  };
}

export const importCommand: CliCommand = {
  usage,
  async run(args) {
    const command = parseImport(args);
    const database = await prepareDatabase(readEnv(), { demo: false });
    const progress = progressBar();
    const started = performance.now();
    try {
      const result = await command.run(progress.onProgress)(database.db);
      progress.stop();
      console.log(`${command.describe(result)}; ${database.location}, ${Math.round(performance.now() - started)} ms.`);
      return 0;
    } catch (error) {
      progress.stop();
      if (error instanceof ImportError) {
        console.error(error.message);
        return 1;
      }
      throw error;
    } finally {
      await database.db.destroy();
    }
  },
};
