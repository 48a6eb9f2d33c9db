import { type Kysely, sql } from 'kysely';
import { type QueryTerm, indexText } from '../../features/search/text.js';
import type { Database } from '../schema.js';
import { type DocType, type SearchHit, type SearchIndex, assertToken } from './index.js';

/** (stem | typed:*) for one term of to_tsquery('simple', …): tokens are letters and digits only. */
const termQuery = (t: QueryTerm) => `(${[...t.stems.map((s) => `'${assertToken(s)}'`), ...(t.prefix ? [`'${assertToken(t.prefix)}':*`] : [])].join(' | ')})`;
const tsquery = (terms: QueryTerm[]) => terms.map(termQuery).join(' & ');

/** Best score per document, best first (rows are texts: one per language). */
function bestPerDocument(rows: { docType: DocType; docId: number; score: number }[]): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const r of rows) {
    const key = `${r.docType}:${r.docId}`;
    const score = Number(r.score);
    const seen = best.get(key);
    if (!seen || score > seen.score) best.set(key, { docType: r.docType, docId: r.docId, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.docId - b.docId);
}

export const postgresIndex: SearchIndex = {
  async replace(db, docType, docId, texts) {
    await this.remove(db, docType, docId);
    if (texts.length === 0) return;
    // The 'simple' configuration only lower-cases: the stems were made in JavaScript.
    await sql`insert into search_documents (doc_type, doc_id, locale, tsv) values ${sql.join(
      texts.map(
        (t) => sql`(${docType}, ${docId}, ${t.locale},
          setweight(to_tsvector('simple', ${indexText(t.title, t.locale)}), 'A') ||
          setweight(to_tsvector('simple', ${indexText(t.summary, t.locale)}), 'B') ||
          setweight(to_tsvector('simple', ${indexText(t.body, t.locale)}), 'D'))`,
      ),
    )}`.execute(db);
  },

  async remove(db, docType, docId) {
    await db.deleteFrom('searchDocuments').where('docType', '=', docType).where('docId', '=', docId).execute();
  },

  async match(db: Kysely<Database>, terms, types) {
    if (terms.length === 0 || types.length === 0) return [];
    // A score per text, the best per document picked in JavaScript: GROUP BY and ORDER BY here would
    // sort the matching tsvectors themselves and spill to disk for common words.
    const { rows } = await sql<{ docType: DocType; docId: number; score: number }>`
      select d.doc_type as "docType", d.doc_id as "docId", ts_rank(d.tsv, q.query) as score
      from search_documents d, to_tsquery('simple', ${tsquery(terms)}) as q(query)
      where d.tsv @@ q.query and d.doc_type in (${sql.join(types)})`.execute(db.withoutPlugins());
    return bestPerDocument(rows);
  },

  async matchIds(db, term, types) {
    if (types.length === 0) return new Int32Array(0);
    // One bytea of big-endian int4s rather than a row per match.
    const { rows } = await sql<{ ids: Buffer | null }>`
      select string_agg(int4send(doc_id), ''::bytea) as ids from search_documents
      where tsv @@ to_tsquery('simple', ${termQuery(term)}) and doc_type in (${sql.join(types)})`.execute(db.withoutPlugins());
    const bytes = rows[0]?.ids;
    if (!bytes) return new Int32Array(0);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const ids = new Int32Array(bytes.byteLength / 4);
    for (let i = 0; i < ids.length; i++) ids[i] = view.getInt32(i * 4);
    return ids;
  },

  async score(db, terms, types, ids) {
    const scores = new Map<number, number>();
    if (terms.length === 0 || types.length === 0 || ids.length === 0) return scores;
    const { rows } = await sql<{ docType: DocType; docId: number; score: number }>`
      select d.doc_type as "docType", d.doc_id as "docId", ts_rank(d.tsv, q.query) as score
      from search_documents d, to_tsquery('simple', ${tsquery(terms)}) as q(query)
      where d.doc_type in (${sql.join(types)}) and d.doc_id = any(${sql.val([...ids])}::int[]) and d.tsv @@ q.query`.execute(db.withoutPlugins());
    for (const hit of bestPerDocument(rows)) scores.set(hit.docId, hit.score);
    return scores;
  },
};
