import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { prepareDatabase } from '../db/open.js';
import { ConfigError, readEnv } from '../env.js';
import { importB2c } from '../features/data/b2c-import.js';
import type { ImportProgress, ImportResult } from '../features/data/import-batch.js';
import { importIndicators } from '../features/data/indicator-import.js';
import { ImportError } from '../features/data/problems.js';

const usage = `Usage:
  npm run cli -- import b2c FILE --edition YEAR [--data-year YEAR] [--by NAME]
  npm run cli -- import indicators FILE [--by NAME]

Imports into the configured database (DATABASE_URL, or the SQLite file in DATA_DIR).
A file with any bad row is refused whole, with a report of every problem by line;
importing the same file again changes nothing.`;

class UsageError extends Error {}

interface Command {
  run(onProgress: ImportProgress | undefined): (db: Parameters<typeof importB2c>[0]) => Promise<ImportResult>;
  describe(result: ImportResult): string;
}

function parseCommand(argv: string[]): Command {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      edition: { type: 'string' },
      'data-year': { type: 'string' },
      by: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError('');
  const [verb, kind, file, ...rest] = positionals;
  if (verb !== 'import' || !file || rest.length > 0) throw new UsageError('Expected: import b2c FILE --edition YEAR, or import indicators FILE.');
  const by = values.by ?? `cli:${userInfo().username}`;
  const year = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    if (!/^\d{4}$/.test(text)) throw new UsageError(`--${name} must be a year, not "${text}".`);
    return Number(text);
  };
  if (kind === 'b2c') {
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
      run: (onProgress) => (db) => importIndicators(db, { file, by, onProgress }),
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

async function main(): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      if (error.message) console.error(error.message);
      console.error(usage);
      return 2;
    }
    throw error;
  }

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
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Import failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
