import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { countryReferenceSyncer } from '../../features/countries/commands.js';
import { createEmptyPostgresDatabase, testDialect } from '../../../tests/helpers/test-db.js';
import { type Db, openDatabase } from '../database.js';
import { migrations } from './index.js';

let opened: Db | undefined;
let drop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await opened?.db.destroy();
  await drop?.();
  opened = undefined;
  drop = undefined;
});

async function open(): Promise<Db> {
  if (testDialect() === 'sqlite') return openDatabase({ sqliteFile: ':memory:' });
  const empty = await createEmptyPostgresDatabase();
  drop = empty.drop;
  return openDatabase({ databaseUrl: empty.url, poolSize: 2 });
}

const score = { iso3: 'KEN', internetUse: 1, accountOwnership: 2, secureServers: 3, postalReliability: 4, secureServersPerMillion: null, indexValue: 2.5, rank: 1, publishedIndex: null, publishedRank: null, publishedChange: null };

describe('migration 20261207T1200-data-licences', () => {
  it('removes the demo’s sample values and editions, keeps official ones, and adds licences and ranks', async () => {
    opened = await open();
    const { db } = opened;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const to = async (name: string) => {
      const { error } = await migrator.migrateTo(name);
      if (error) throw error;
    };
    const names = Object.keys(migrations);
    await to(names[names.indexOf('20261207T1200-data-licences') - 1]!);
    await countryReferenceSyncer(db);
    const batch = (kind: string) =>
      db.insertInto('importBatches').values({ kind, fileName: 'f', sha256: kind, rows: 1, importedAt: '2026-12-01T00:00:00Z', importedBy: 'demo' }).returning('id').executeTakeFirstOrThrow();
    const sample = await batch('sample');
    const official = await batch('indicators');
    await db.insertInto('indicators').values({ code: 'internet-users', policyArea: 'ict-infrastructure', unit: 'percent', source: 's', hasSexBreakdown: 1, minValue: 0, maxValue: 100, position: 0 } as never).execute();
    const observation = (batchId: number, year: number) => ({ iso3: 'KEN', indicatorCode: 'internet-users', year, value: 20, sex: 'total', source: null, note: null, batchId });
    await db.insertInto('observations').values([observation(sample.id, 2021), observation(official.id, 2022)] as never).execute();
    await db.insertInto('b2cEditions').values([
      { edition: 2019, dataYear: 2018, methodVersion: 'm', status: 'sample', source: 's', batchId: null },
      { edition: 2020, dataYear: 2019, methodVersion: 'm', status: 'official', source: 's', batchId: official.id },
    ] as never).execute();
    await db.insertInto('b2cScores').values([{ edition: 2019, ...score }, { edition: 2020, ...score }]).execute();

    await to('20261207T1200-data-licences');
    expect(await db.selectFrom('observations').select(['year', 'rank']).execute()).toEqual([{ year: 2022, rank: null }]);
    expect(await db.selectFrom('importBatches').select('kind').execute()).toEqual([{ kind: 'indicators' }]);
    expect(await db.selectFrom('b2cEditions').select(['edition', 'licence']).execute()).toEqual([{ edition: 2020, licence: null }]);
    expect(await db.selectFrom('b2cScores').select('edition').execute()).toEqual([{ edition: 2020 }]);
    await db.updateTable('indicators').set({ licence: 'CC BY 4.0' }).execute();
    await db.updateTable('observations').set({ rank: 68 }).execute();
    expect(await db.selectFrom('indicators').select('licence').executeTakeFirstOrThrow()).toEqual({ licence: 'CC BY 4.0' });

    await to(names[names.indexOf('20261207T1200-data-licences') - 1]!);
    expect(await db.selectFrom('observations').select('year').execute()).toEqual([{ year: 2022 }]);
  });
});
