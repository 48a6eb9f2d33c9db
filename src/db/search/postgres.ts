import { type Kysely, sql } from 'kysely';
import { type QueryClause, type QueryTerm, indexText } from '../../features/search/text.js';
import type { Database } from '../schema.js';
import { type DocType, type SearchHit, type SearchIndex, addVocabulary, assertToken, docKey, docTypes } from './index.js';

/** (stem | typed:*) for one term of to_tsquery('simple', …): tokens are letters and digits only. */
const termQuery = (t: QueryTerm) => `(${[...t.stems.map((s) => `'${assertToken(s)}'`), ...(t.prefix ? [`'${assertToken(t.prefix)}':*`] : [])].join(' | ')})`;
const clauseQuery = (c: QueryClause) => `(${c.alternatives.map((terms) => `(${terms.map(termQuery).join(' & ')})`).join(' | ')})`;
const tsquery = (clauses: QueryClause[]) => clauses.map(clauseQuery).join(' & ');

/** The document's key (docKey) computed in SQL: doc_id * 16 + the type's position. */
const keyExpression = () => sql.raw(`doc_id * 16 + case doc_type ${docTypes.map((t, i) => `when '${t}' then ${i}`).join(' ')} end`);

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
    await this.replaceMany(db, [{ docType, docId, texts }]);
  },

  async replaceMany(db, documents) {
    // Round trips are what a write costs here: 200 documents per delete and insert.
    for (let i = 0; i < documents.length; i += 200) {
      const chunk = documents.slice(i, i + 200);
      await sql`delete from search_documents where (doc_type, doc_id) in (${sql.join(chunk.map((d) => sql`(${d.docType}, ${d.docId})`))})`.execute(db);
      const rows = chunk.flatMap((d) => d.texts.map((t) => ({ d, t })));
      if (rows.length === 0) continue;
      // The 'simple' configuration only lower-cases: the stems were made in JavaScript.
      await sql`insert into search_documents (doc_type, doc_id, locale, tsv) values ${sql.join(
        rows.map(
          ({ d, t }) => sql`(${d.docType}, ${d.docId}, ${t.locale},
            setweight(to_tsvector('simple', ${indexText(t.title, t.locale)}), 'A') ||
            setweight(to_tsvector('simple', ${indexText(t.summary, t.locale)}), 'B') ||
            setweight(to_tsvector('simple', ${indexText(t.body, t.locale)}), 'D'))`,
        ),
      )}`.execute(db);
      await addVocabulary(db, rows.map((r) => r.t));
    }
  },

  async remove(db, docType, docId) {
    await db.deleteFrom('searchDocuments').where('docType', '=', docType).where('docId', '=', docId).execute();
  },

  async match(db: Kysely<Database>, clauses, types) {
    if (clauses.length === 0 || types.length === 0) return [];
    // A score per text, the best per document picked in JavaScript: GROUP BY and ORDER BY here would
    // sort the matching tsvectors themselves and spill to disk for common words.
    const { rows } = await sql<{ docType: DocType; docId: number; score: number }>`
      select d.doc_type as "docType", d.doc_id as "docId", ts_rank(d.tsv, q.query) as score
      from search_documents d, to_tsquery('simple', ${tsquery(clauses)}) as q(query)
      where d.tsv @@ q.query and d.doc_type in (${sql.join(types)})`.execute(db.withoutPlugins());
    return bestPerDocument(rows);
  },

  async matchIds(db, term, types) {
    if (types.length === 0) return new Int32Array(0);
    // One bytea of big-endian int4s rather than a row per match.
    const { rows } = await sql<{ ids: Buffer | null }>`
      select string_agg(int4send(doc_id), ''::bytea) as ids from search_documents
      where tsv @@ to_tsquery('simple', ${termQuery(term)}) and doc_type in (${sql.join(types)})`.execute(db.withoutPlugins());
    return int4s(rows[0]?.ids ?? null);
  },

  async matchKeys(db, term, types) {
    if (types.length === 0) return new Int32Array(0);
    const { rows } = await sql<{ ids: Buffer | null }>`
      select string_agg(int4send(${keyExpression()}), ''::bytea) as ids from search_documents
      where tsv @@ to_tsquery('simple', ${termQuery(term)}) and doc_type in (${sql.join(types)})`.execute(db.withoutPlugins());
    return int4s(rows[0]?.ids ?? null);
  },

  async scoreKeys(db, clauses, keys) {
    const scores = new Map<number, number>();
    if (clauses.length === 0 || keys.length === 0) return scores;
    const types = keys.map((k) => docTypes[k % 16]!);
    const ids = keys.map((k) => Math.floor(k / 16));
    const { rows } = await sql<{ docType: DocType; docId: number; score: number }>`
      select d.doc_type as "docType", d.doc_id as "docId", ts_rank(d.tsv, q.query) as score
      from search_documents d
      join unnest(${sql.val(types)}::text[], ${sql.val(ids)}::int[]) as k(doc_type, doc_id) on d.doc_type = k.doc_type and d.doc_id = k.doc_id,
        to_tsquery('simple', ${tsquery(clauses)}) as q(query)
      where d.tsv @@ q.query`.execute(db.withoutPlugins());
    for (const hit of bestPerDocument(rows)) scores.set(docKey(hit.docType, hit.docId), hit.score);
    return scores;
  },

  async score(db, clauses, types, ids) {
    const scores = new Map<number, number>();
    if (clauses.length === 0 || types.length === 0 || ids.length === 0) return scores;
    const { rows } = await sql<{ docType: DocType; docId: number; score: number }>`
      select d.doc_type as "docType", d.doc_id as "docId", ts_rank(d.tsv, q.query) as score
      from search_documents d, to_tsquery('simple', ${tsquery(clauses)}) as q(query)
      where d.doc_type in (${sql.join(types)}) and d.doc_id = any(${sql.val([...ids])}::int[]) and d.tsv @@ q.query`.execute(db.withoutPlugins());
    for (const hit of bestPerDocument(rows)) scores.set(hit.docId, hit.score);
    return scores;
  },
};

/** Big-endian int4s (int4send) as numbers. */
function int4s(bytes: Buffer | null): Int32Array {
  if (!bytes) return new Int32Array(0);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ids = new Int32Array(bytes.byteLength / 4);
  for (let i = 0; i < ids.length; i++) ids[i] = view.getInt32(i * 4);
  return ids;
}
