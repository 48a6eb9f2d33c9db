import { loadDemoContent } from '../../data/loader.js';
import { prepareDatabase } from '../db/open.js';
import { ConfigError, readEnv } from '../env.js';

/** `npm run seed`: load the demo content (adds what is missing; loading twice changes nothing). */
async function main() {
  const env = readEnv();
  const database = await prepareDatabase(env, { demo: false });
  try {
    const report = await loadDemoContent(database.db);
    for (const [name, added] of Object.entries(report.added)) {
      console.log(`${name}: ${added} added, ${report.kept[name]} already present`);
    }
    console.log(`Demo content loaded into ${database.location}.`);
  } finally {
    await database.db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Seed failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
