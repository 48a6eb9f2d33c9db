import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueParamShape } from '../../src/features/catalogue/schema.js';
import { eventFilterShape } from '../../src/features/events/schema.js';
import { knownQueryParams } from '../../src/web/query-params.js';
import { type TestHub, createTestHub } from '../helpers/test-app.js';

/*
 * The page cache keeps a response only when its address has no parameter outside web/query-params.ts.
 * A route that reads a parameter missing from that list would still work, but never be cached: these
 * tests fail first.
 */

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [full] : [];
  });
const files = sources(src).map((file) => ({ name: path.relative(src, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));

/**
 * Helpers that read a parameter whose name they are given (or the whole query), with the pattern of
 * their calls. A new helper of this kind goes here, or the last test below fails.
 */
const nameReaders: Record<string, RegExp> = {
  'web/render.tsx': /\bqueryFilter\(\s*c\s*,\s*'([^']+)'/g,
  'features/data/routes.tsx': /\bstrict\(\s*'([^']+)'/g,
};
/** Files that read the whole query and parse it with a schema checked below. */
const wholeQueryReaders = ['features/catalogue/page-query.ts', 'features/events/feeds.ts'];
/** Reads on writes only (POST): the cache never sees them, so their names stay off the list. */
const writeOnlyReaders = ['web/csrf.ts'];

describe('the list of query parameters the page cache keeps', () => {
  it('names every parameter a route reads by name', () => {
    const missing = new Set<string>();
    const literal = /\breq\.quer(?:y|ies)\(\s*'([^']+)'/g;
    for (const { text } of files) {
      for (const pattern of [literal, ...Object.values(nameReaders)]) {
        for (const match of text.matchAll(pattern)) if (!knownQueryParams.has(match[1]!)) missing.add(match[1]!);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('names every parameter of the catalogue and calendar schemas, which pages read as a whole', () => {
    const names = [...Object.keys(catalogueParamShape), ...Object.keys(eventFilterShape)];
    expect(names.filter((name) => !knownQueryParams.has(name))).toEqual([]);
  });

  it('knows every reader of the query that the two tests above cannot see', () => {
    const unseen: string[] = [];
    for (const { name, text } of files) {
      for (const match of text.matchAll(/\breq\.quer(?:y|ies)\(\s*([^)]*)\)/g)) {
        const argument = match[1]!.trim();
        if (argument.startsWith("'")) continue;
        const known = argument === '' ? wholeQueryReaders.includes(name) : name in nameReaders || writeOnlyReaders.includes(name);
        if (!known) unseen.push(`${name}: ${match[0]}`);
      }
    }
    expect(unseen).toEqual([]);
  });
});

describe('the API', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await createTestHub({ demo: false });
  });
  afterAll(() => hub.close());

  it('has no query parameter missing from the list (its OpenAPI document names them all)', async () => {
    const doc = (await (await hub.get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
    const names = new Set<string>();
    for (const operations of Object.values(doc.paths)) {
      for (const operation of Object.values(operations)) for (const p of operation.parameters ?? []) if (p.in === 'query') names.add(p.name);
    }
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((name) => !knownQueryParams.has(name))).toEqual([]);
  });
});
