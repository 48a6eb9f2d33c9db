import { type Kysely, sql } from 'kysely';
import { groupBy } from '../../lib/group-by.js';
import type { Database } from '../schema.js';
import type { QueryClause, QueryTerm } from '../../features/search/text.js';
import { type DocType, type SearchIndex, addVocabulary, assertToken, docKey, docTypes, headOf, indexedText, keyId, keyType } from './index.js';

/** (stem | typed:*) for one term of to_tsquery('simple', …): tokens are letters and digits only. */
const termQuery = (t: QueryTerm) => `(${[...t.stems.map((s) => `'${assertToken(s)}'`), ...(t.prefix ? [`'${assertToken(t.prefix)}':*`] : [])].join(' | ')})`;
const clauseQuery = (c: QueryClause) => `(${c.alternatives.map((terms) => `(${terms.map(termQuery).join(' & ')})`).join(' | ')})`;
const tsquery = (clauses: QueryClause[]) => clauses.map(clauseQuery).join(' & ');

/** The document's key (docKey) computed in SQL: doc_id * 16 + the type's position. */
const keyExpression = () => sql.raw(`doc_id * 16 + case doc_type ${docTypes.map((t, i) => `when '${t}' then ${i}`).join(' ')} end`);

export const postgresIndex: SearchIndex = {
  async replace(db, docType, docId, texts) {
    await this.replaceMany(db, [{ docType, docId, texts }]);
  },

  async replaceMany(db, documents) {
    // Round trips are what a write costs here: 200 documents per delete and insert.
    for (let i = 0; i < documents.length; i += 200) {
      const chunk = documents.slice(i, i + 200);
      await sql`delete from search_documents where (doc_type, doc_id) in (${sql.join(chunk.map((d) => sql`(${d.docType}, ${d.docId})`))})`.execute(db);
      const rows = chunk.flatMap((d) => d.texts.map((t) => ({ d, t, indexed: indexedText(t) })));
      if (rows.length === 0) continue;
      // The 'simple' configuration only lower-cases: the stems were made in JavaScript. Positions and
      // weights are stripped: relevance is computed from the head (decision 026), and without them
      // the rows are a third smaller, which is what a search of a common word reads.
      await sql`insert into search_documents (doc_type, doc_id, locale, head, tsv) values ${sql.join(
        rows.map(
          ({ d, t, indexed }) => sql`(${d.docType}, ${d.docId}, ${t.locale}, ${headOf(indexed)},
            strip(to_tsvector('simple', ${`${indexed.title} ${indexed.summary} ${indexed.body}`})))`,
        ),
      )}`.execute(db);
      await addVocabulary(db, rows.map((r) => r.t));
    }
  },

  async remove(db, docType, docId) {
    await db.deleteFrom('searchDocuments').where('docType', '=', docType).where('docId', '=', docId).execute();
  },

  async matchKeys(db, clauses) {
    if (clauses.length === 0) return new Int32Array(0);
    // One bytea of big-endian int4s rather than a row per match; every type (the caller splits them).
    // The planner prices a tsvector match like a comparison and reads the whole table for a common
    // word; the index's bitmap then the rows it names costs half as much (decision 026).
    const query = sql<{ keys: Buffer | null }>`
      select string_agg(int4send(${keyExpression()}), ''::bytea) as keys from search_documents
      where tsv @@ to_tsquery('simple', ${tsquery(clauses)})`;
    // Inside a caller's transaction the setting would outlast the query: there, the planner decides.
    const rows = db.isTransaction
      ? (await query.execute(db.withoutPlugins())).rows
      : await db.transaction().execute(async (trx: Kysely<Database>) => {
          await sql`set local enable_seqscan = off`.execute(trx);
          return (await query.execute(trx.withoutPlugins())).rows;
        });
    return int4s(rows[0]?.keys ?? null);
  },

  async heads(db, keys) {
    if (keys.length === 0) return new Map();
    const { rows } = await sql<{ docType: string; docId: number; head: string }>`
      select d.doc_type as "docType", d.doc_id as "docId", d.head from search_documents d
      join unnest(${sql.val(keys.map(keyType))}::text[], ${sql.val(keys.map(keyId))}::int[]) as k(doc_type, doc_id)
        on d.doc_type = k.doc_type and d.doc_id = k.doc_id`.execute(db.withoutPlugins());
    return groupBy(rows, (r) => docKey(r.docType as DocType, r.docId), (r) => r.head);
  },

  async postings(db) {
    const raw = db.withoutPlugins();
    const keys: number[] = [];
    const lists = new Map<string, number[]>();
    // The texts in chunks, each as its key and its tokens ('a' 'b' …: stripped tsvectors of plain tokens).
    const chunk = 5000;
    for (let after = 0; ; ) {
      const { rows } = await sql<{ id: number; key: number; tsv: string }>`
        select id, ${keyExpression()} as key, tsv::text as tsv from search_documents where id > ${after} order by id limit ${chunk}`.execute(raw);
      for (const row of rows) {
        const ordinal = keys.push(row.key) - 1;
        if (row.tsv.length < 3) continue;
        for (const token of row.tsv.slice(1, -1).split("' '")) {
          const list = lists.get(token);
          if (list) list.push(ordinal);
          else lists.set(token, [ordinal]);
        }
      }
      if (rows.length < chunk) break;
      after = rows.at(-1)!.id;
    }
    const ordinals = new Int32Array(keys.length);
    async function* terms(): AsyncGenerator<[string, Int32Array]> {
      for (const [token, list] of lists) {
        ordinals.set(list);
        yield [token, ordinals.subarray(0, list.length)];
      }
    }
    return { keys: Int32Array.from(keys), terms: terms() };
  },
};

/** Big-endian int4s (int4send) as numbers. */
function int4s(bytes: Buffer | null): Int32Array {
  if (!bytes) return new Int32Array(0);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = new Int32Array(bytes.byteLength / 4);
  for (let i = 0; i < keys.length; i++) keys[i] = view.getInt32(i * 4);
  return keys;
}
