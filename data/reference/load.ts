import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { importB2c } from '../../src/features/data/b2c-import.js';
import { indicatorCatalogueSyncer } from '../../src/features/data/indicator-catalogue.js';
import { importIndicators } from '../../src/features/data/indicator-import.js';
import { referenceEditions, referenceFile, referenceIndicatorFiles } from './files.js';

/** Who the import batches of the shipped figures name as their importer. */
export const referenceImporter = 'reference data';

export interface OfficialFiguresReport {
  /** Files imported by this call (their path under data/reference). */
  loaded: string[];
  /** Files whose content the hub already holds. */
  kept: number;
}

/**
 * Load the figures the hub ships: the B2C editions and the openly licensed indicators. A file is
 * imported once, as an import batch recorded by its content (sha256): later starts skip it, so that
 * figures the secretariat imported since are never written over, and a release that ships a corrected
 * file brings the correction. Each file goes through the importers (checked, all or nothing).
 */
export async function loadOfficialFigures(db: Kysely<Database>): Promise<OfficialFiguresReport> {
  await indicatorCatalogueSyncer(db);
  const batches = await db.selectFrom('importBatches').select(['kind', 'sha256']).where('kind', 'in', ['b2c', 'indicators']).execute();
  const held = new Set(batches.map((b) => `${b.kind}:${b.sha256}`));
  const report: OfficialFiguresReport = { loaded: [], kept: 0 };
  const read = async (kind: 'b2c' | 'indicators', file: string) => {
    const content = new Uint8Array(await readFile(referenceFile(file)));
    const fresh = !held.has(`${kind}:${createHash('sha256').update(content).digest('hex')}`);
    if (fresh) report.loaded.push(file);
    else report.kept += 1;
    return fresh ? { name: `data/reference/${file}`, content } : undefined;
  };
  for (const { edition, file, source, licence } of referenceEditions) {
    const upload = await read('b2c', file);
    if (upload) await importB2c(db, { file: upload, edition, source, licence, by: referenceImporter });
  }
  for (const { indicator, file } of referenceIndicatorFiles) {
    const upload = await read('indicators', file);
    if (upload) await importIndicators(db, { file: upload, indicator, by: referenceImporter, syncCatalogue: false });
  }
  return report;
}
