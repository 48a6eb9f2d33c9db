import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { referenceDir, referenceRegionalMeans2019 } from '../../data/reference/files.js';

/**
 * UNCTAD's published tables as the hub ships them (data/reference/b2c, see its README), found from the
 * repository, not the working directory. The tests read them independently of the importer.
 */
export const b2cReferenceDir = path.join(referenceDir(), 'b2c');

export const b2cReferenceFiles = {
  2019: path.join(b2cReferenceDir, 'b2c-index-2019.csv'),
  2020: path.join(b2cReferenceDir, 'b2c-index-2020.csv'),
} as const;
export type ReferenceEdition = keyof typeof b2cReferenceFiles;

/** TCdata360's 2016 and 2017 editions: index value and rank per economy, no components. */
export const b2cIndexOnlyFiles = {
  2016: path.join(b2cReferenceDir, 'b2c-index-2016.csv'),
  2017: path.join(b2cReferenceDir, 'b2c-index-2017.csv'),
} as const;

/** An index-only edition as TCdata360 gives it, read independently of the importer. */
export function publishedIndexOnly(edition: keyof typeof b2cIndexOnlyFiles): { iso3: string; rank: number; index: number }[] {
  return readReferenceCsv(b2cIndexOnlyFiles[edition]).map((row) => ({ iso3: row.iso3!, rank: Number(row[`rank_${edition}`]), index: Number(row[`index_${edition}`]) }));
}

export function readReferenceCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.isAbsolute(file) ? file : path.join(b2cReferenceDir, file)), { columns: true, bom: true }) as Record<string, string>[];
}

export interface PublishedEconomy {
  iso3: string;
  economy: string;
  rank: number;
  index: number;
  components: { internetUse: number; accountOwnership: number; secureServers: number; postalReliability: number };
}

/** An edition's table as UNCTAD printed it, read independently of the importer. */
export function publishedEdition(edition: ReferenceEdition): PublishedEconomy[] {
  return readReferenceCsv(b2cReferenceFiles[edition]).map((row) => {
    const value = (prefix: string) => Number(Object.entries(row).find(([name]) => name.startsWith(prefix))![1]);
    return {
      iso3: row.iso3!,
      economy: row.economy!,
      rank: Number(row[`rank_${edition}`]),
      index: Number(row[`index_${edition}`]),
      components: {
        internetUse: value('internet_users_pct'),
        accountOwnership: value('account_ownership_pct'),
        secureServers: value('secure_servers_normalized'),
        postalReliability: value('upu_postal_reliability'),
      },
    };
  });
}

/** UNCTAD's 2019 Table 4: regional and world means, rounded to integers. */
export interface PublishedMeans {
  internetUse: number;
  accountOwnership: number;
  secureServers: number;
  postalReliability: number;
  index: number;
}

export function published2019Means(): Map<string, PublishedMeans> {
  return new Map(
    readReferenceCsv(path.join(referenceDir(), referenceRegionalMeans2019)).map((row) => [
      row.region!,
      {
        internetUse: Number(row.internet_users_pct_2018_or_latest),
        accountOwnership: Number(row.account_ownership_pct_15plus_2018_or_latest),
        secureServers: Number(row.secure_servers_normalized_2018),
        postalReliability: Number(row.upu_postal_reliability_2018_or_latest),
        index: Number(row.index_2019),
      },
    ]),
  );
}
