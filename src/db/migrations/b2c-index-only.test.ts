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

const score = { iso3: 'KEN', secureServersPerMillion: null, indexValue: 40, rank: 1, publishedIndex: 40, publishedRank: 1, publishedChange: null };

describe('migration 20261128T1500-b2c-index-only', () => {
  it('keeps every score, lets components be null, and goes back down without index-only editions', async () => {
    opened = await open();
    const { db } = opened;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const to = async (name: string) => {
      const { error } = await migrator.migrateTo(name);
      if (error) throw error;
    };
    await to('20261128T1300-data');
    await countryReferenceSyncer(db);
    await db.insertInto('b2cEditions').values({ edition: 2019, dataYear: 2018, methodVersion: 'm', status: 'official', source: 's', batchId: null }).execute();
    await db.insertInto('b2cScores').values({ edition: 2019, ...score, internetUse: 1, accountOwnership: 2, secureServers: 3, postalReliability: 4 }).execute();
    await expect(
      db.insertInto('b2cScores').values({ edition: 2019, ...score, iso3: 'RWA', internetUse: null, accountOwnership: null, secureServers: null, postalReliability: null }).execute(),
    ).rejects.toThrow();

    await to('20261128T1500-b2c-index-only');
    const kept = await db.selectFrom('b2cScores').selectAll().execute();
    expect(kept).toEqual([{ edition: 2019, ...score, internetUse: 1, accountOwnership: 2, secureServers: 3, postalReliability: 4 }]);
    await db.insertInto('b2cEditions').values({ edition: 2016, dataYear: 2015, methodVersion: 'i', status: 'official', source: 's', batchId: null }).execute();
    await db.insertInto('b2cScores').values({ edition: 2016, ...score, internetUse: null, accountOwnership: null, secureServers: null, postalReliability: null }).execute();
    // The rebuilt table keeps its key and its foreign keys.
    await expect(db.insertInto('b2cScores').values({ edition: 2016, ...score, internetUse: null, accountOwnership: null, secureServers: null, postalReliability: null }).execute()).rejects.toThrow();
    await expect(db.insertInto('b2cScores').values({ edition: 2016, ...score, iso3: 'XXX', internetUse: 1, accountOwnership: 1, secureServers: 1, postalReliability: 1 }).execute()).rejects.toThrow();

    await to('20261128T1300-data');
    expect(await db.selectFrom('b2cEditions').select('edition').execute()).toEqual([{ edition: 2019 }]);
    expect(await db.selectFrom('b2cScores').selectAll().execute()).toEqual(kept);
  });
});
