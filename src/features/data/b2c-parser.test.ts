import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { b2cReferenceFiles, publishedEdition, readReferenceCsv } from '../../../tests/helpers/b2c-reference.js';
import { buildCountryReference } from '../countries/reference.js';
import { type B2cRow, parseB2cTable } from './b2c-parser.js';
import { CountryResolver } from './country-names.js';
import { parseCsvTable } from './csv-table.js';
import { ImportError, ProblemList } from './problems.js';

const countries = new CountryResolver(buildCountryReference().map((c) => c.iso3));

function parse(text: string, edition: number): { rows: B2cRow[]; problems: ProblemList } {
  const problems = new ProblemList();
  const rows = parseB2cTable(parseCsvTable(text, problems), edition, countries, problems);
  return { rows, problems };
}

/** A reference table rewritten: columns dropped or renamed, rows changed. */
function rewrite(edition: 2019 | 2020, change: (row: Record<string, string>) => Record<string, string>): string {
  return stringify(readReferenceCsv(b2cReferenceFiles[edition]).map(change), { header: true });
}

describe('reading the UNCTAD table', () => {
  it.each([2019, 2020] as const)('reads the %i table as published', (edition) => {
    const { rows, problems } = parse(readFileSync(b2cReferenceFiles[edition], 'utf8'), edition);
    expect(problems.items).toEqual([]);
    const published = publishedEdition(edition);
    expect(rows).toHaveLength(published.length);
    rows.forEach((row, i) => {
      const economy = published[i]!;
      expect(row).toMatchObject({ iso3: economy.iso3, publishedRank: economy.rank, publishedIndex: economy.index, ...economy.components });
      expect(row.line).toBe(i + 2);
    });
  });

  it.each([2019, 2020] as const)('resolves every economy of %i by its name alone, as the ISO3 column does', (edition) => {
    const text = rewrite(edition, ({ iso3: _iso3, ...row }) => row);
    const { rows, problems } = parse(text, edition);
    expect(problems.items).toEqual([]);
    expect(rows.map((r) => r.iso3)).toEqual(publishedEdition(edition).map((e) => e.iso3));
  });

  it('reports a name that does not designate a country, and never guesses', () => {
    const text = rewrite(2019, ({ iso3: _iso3, ...row }) => (row.economy === 'Kenya' ? { ...row, economy: 'Kenia Republic' } : row));
    const { rows, problems } = parse(text, 2019);
    expect(rows).toEqual([]);
    expect(problems.items).toEqual([{ line: 89, message: 'economy: "Kenia Republic" is not the name of a country the hub knows; give its ISO3 code in an iso3 column' }]);
  });

  it('reports a name that designates another country than the code', () => {
    const text = rewrite(2019, (row) => (row.iso3 === 'KEN' ? { ...row, economy: 'Uganda' } : row));
    expect(parse(text, 2019).problems.items).toEqual([{ line: 89, message: 'economy "Uganda" is UGA, but iso3 says KEN' }]);
  });

  it('normalises raw secure server counts on a log scale between the edition’s minimum and maximum', () => {
    const counts: Record<string, string> = { NLD: '31000', CHE: '2000', SGP: '125', TCD: '0.5' };
    const text = [
      'economy,iso3,internet_users_pct_2018,account_ownership_pct_15plus_2017,secure_servers_per_million_2018,upu_postal_reliability_2018',
      ...Object.entries(counts).map(([iso3, count]) => `,${iso3},50,50,${count},50`),
    ].join('\n');
    const { rows, problems } = parse(text, 2019);
    expect(problems.items).toEqual([]);
    const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
    expect(byIso3.get('NLD')).toMatchObject({ secureServers: 100, secureServersPerMillion: 31000, publishedIndex: null });
    expect(byIso3.get('TCD')!.secureServers).toBe(0);
    // 125 is the geometric mean of 0.5 and 31 250, not quite of 0.5 and 31 000.
    expect(byIso3.get('SGP')!.secureServers).toBeCloseTo((100 * Math.log(125 / 0.5)) / Math.log(31000 / 0.5), 10);
  });

  it('refuses a table of another edition', () => {
    const { problems } = parse(readFileSync(b2cReferenceFiles[2019], 'utf8'), 2020);
    expect(problems.items.map((p) => p.message)).toEqual([
      'column "rank_2019" is for the 2019 edition, not 2020',
      'column "index_2019" is for the 2019 edition, not 2020',
    ]);
  });

  it('refuses an index that is not the mean of the components (columns mixed up)', () => {
    const text = rewrite(2019, (row) => (row.iso3 === 'NLD' ? { ...row, index_2019: '86.4' } : row));
    expect(parse(text, 2019).problems.items).toEqual([{ line: 2, message: 'the index 86.4 is not the mean of the four indicators (96.50)' }]);
  });

  it('gives the line where a row starts, even after a value spanning lines', () => {
    const text = 'economy,iso3,internet_users_pct,account_ownership_pct,secure_servers_normalized,upu_postal_reliability\n"Ken\nya",KEN,18,82,49,47\nRwanda,RWA,22,50,35,170\n';
    expect(parse(text, 2019).problems.items).toEqual([{ line: 4, message: 'upu_postal_reliability: 170 is outside 0–100' }]);
  });

  it('sorts the report by line and caps it', () => {
    const error = new ImportError([
      { line: 9, message: 'b' },
      { line: null, message: 'file' },
      { line: 3, message: 'a' },
    ]);
    expect(error.message).toBe('The import was refused (3 problems); nothing was imported.\nfile\nline 3: a\nline 9: b');
  });
});
