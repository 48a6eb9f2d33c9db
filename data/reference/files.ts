import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openIndicators } from '../../src/features/data/indicators-open.js';

/**
 * The published figures the hub ships (this folder; README.md says what each file is, who published it,
 * its licence and how it was derived). They are found from this module's own place, never from the
 * working directory: running from the checkout (tsx), or bundled into dist/ or bench/out/, the nearest
 * folder above that holds data/reference is the repository.
 */
export function referenceDir(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', 'reference');
    if (existsSync(path.join(candidate, 'README.md'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`data/reference not found above ${from}`);
  }
}

/** A file of this folder by its path inside it (`b2c/b2c-index-2019.csv`). */
export const referenceFile = (relative: string) => path.join(referenceDir(), relative);

export interface ReferenceEdition {
  edition: number;
  file: string;
  source: string;
  licence: string;
}

const tcdata360 = 'CC BY 4.0 (World Bank TCdata360)';
const unctadNote = 'UNCTAD publication: figures reproduced with attribution (the note states no open licence)';

/** The four editions of the UNCTAD B2C E-commerce Index that load as official editions (b2c/README.md). */
export const referenceEditions: ReferenceEdition[] = [
  { edition: 2016, file: 'b2c/b2c-index-2016.csv', source: 'UNCTAD B2C E-commerce Index 2016, index and rank only (World Bank TCdata360)', licence: tcdata360 },
  { edition: 2017, file: 'b2c/b2c-index-2017.csv', source: 'UNCTAD B2C E-commerce Index 2017, index and rank only (World Bank TCdata360)', licence: tcdata360 },
  { edition: 2019, file: 'b2c/b2c-index-2019.csv', source: 'UNCTAD B2C E-commerce Index 2019 (Technical Note on ICT for Development No. 14, table 5)', licence: unctadNote },
  { edition: 2020, file: 'b2c/b2c-index-2020.csv', source: 'UNCTAD B2C E-commerce Index 2020 (Technical Note on ICT for Development No. 17, annex)', licence: unctadNote },
];

/** UNCTAD's 2019 Table 4 (regional and world means): for the tests that reproduce it, not loaded. */
export const referenceRegionalMeans2019 = 'b2c/b2c-index-2019-regional-means.csv';

/** One file per openly licensed indicator, named after its code (indicators/README.md). */
export const referenceIndicatorFiles: { indicator: string; file: string }[] = openIndicators.map((d) => ({ indicator: d.code, file: `indicators/${d.code}.csv` }));
