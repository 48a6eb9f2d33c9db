import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { buildCountryReference } from './reference.js';

/** Insert or update every country from the reference packages; safe to run at every start. */
export async function countryReferenceSyncer(db: Kysely<Database>): Promise<number> {
  const rows = buildCountryReference();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 100) {
      await trx
        .insertInto('countries')
        .values(rows.slice(i, i + 100))
        .onConflict((oc) =>
          oc.column('iso3').doUpdateSet((eb) => ({
            iso2: eb.ref('excluded.iso2'),
            m49: eb.ref('excluded.m49'),
            regionCode: eb.ref('excluded.regionCode'),
            subregionCode: eb.ref('excluded.subregionCode'),
            intermediateRegionCode: eb.ref('excluded.intermediateRegionCode'),
            isLdc: eb.ref('excluded.isLdc'),
            isLldc: eb.ref('excluded.isLldc'),
            isSids: eb.ref('excluded.isSids'),
          })),
        )
        .execute();
    }
  });
  return rows.length;
}
